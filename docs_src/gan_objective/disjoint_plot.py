# --8<-- [start:figure]
import matplotlib.pyplot as plt
import numpy as np
from bumps import bump, p_data, x
from scipy.stats import wasserstein_distance

from divergence import js_divergence

# JSD and W1 between the data bump at 0 and the same bump at theta.
thetas = np.linspace(0.0, 2.0, 201)
p_g = np.stack([bump(theta) for theta in thetas])  # one row per theta
jsd = js_divergence(p_data, p_g)
w1 = np.array([wasserstein_distance(x, x, p_data, q) for q in p_g])

fig, axes = plt.subplots(2, 1, sharex=True, figsize=(5.0, 4.6))
axes[0].plot(thetas, jsd)
axes[0].axhline(np.log(2), color="C4", linestyle=":", linewidth=1.5)
axes[1].plot(thetas, w1, color="C1")
axes[0].set(ylim=(0, 0.8))
axes[1].set(xlabel=r"$\theta$", xlim=(0, 2), ylim=(0, 2.1))
# --8<-- [end:figure]

if __name__ == "__main__":
    plt.show()
