# --8<-- [start:figure]
import matplotlib.pyplot as plt
import numpy as np

from divergence import entropy

# One row per coin, P(heads) = p from 0 to 1: a batch of 201 distributions.
p = np.linspace(0.0, 1.0, 201)
coins = np.stack([p, 1.0 - p], axis=-1)
h = entropy(coins, base=2)  # shape (201,), one entropy per row

p_max = p[np.argmax(h)]
marked = np.array([0.5, 1.0, 0.9])  # the fair, double-headed and biased coins
marked_h = entropy(np.stack([marked, 1.0 - marked], axis=-1), base=2)

fig, ax = plt.subplots()
ax.plot(p, h, label="$h(p)$")
ax.plot(marked, marked_h, "o", markersize=7, clip_on=False)
ax.set(xlabel="$p$", ylabel="$h(p)$", xlim=(0, 1), ylim=(0, 1.05))
# --8<-- [end:figure]

if __name__ == "__main__":
    plt.show()
