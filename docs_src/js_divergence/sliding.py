# --8<-- [start:figure]
import matplotlib.pyplot as plt
import numpy as np
from slide_grid import normal_on_grid

from divergence import js_divergence, kl_divergence

# P = N(0, 1) and Q = N(gap, 1) on a grid; slide Q away from P.
p = normal_on_grid(0.0)
gaps = np.linspace(0.0, 8.0, 161)
kl = np.array([kl_divergence(p, normal_on_grid(g)) for g in gaps])
jsd = np.array([js_divergence(p, normal_on_grid(g)) for g in gaps])

fig, ax = plt.subplots()
ax.plot(gaps, kl)
ax.plot(gaps, jsd)
ax.plot(gaps, np.full_like(gaps, np.log(2)), "--")
ax.set(xlim=(0, 8), ylim=(0, 2.5))
# --8<-- [end:figure]

if __name__ == "__main__":
    plt.show()
