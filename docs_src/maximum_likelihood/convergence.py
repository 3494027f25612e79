# --8<-- [start:figure]
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import FormatStrFormatter

# Many independent runs of coin flips with P(heads) = theta; after N flips theta_hat = k / N.
rng = np.random.default_rng(6)
theta, runs = 0.3, 400
sizes = np.unique(np.logspace(1, 5, 41).astype(int))  # N from 10 to 100,000
# Heads among the flips added between consecutive sizes: binomial counts, summed along each run.
new_heads = rng.binomial(np.diff(sizes, prepend=0), theta, size=(runs, sizes.size))
theta_hat = np.cumsum(new_heads, axis=1) / sizes  # shape (runs, sizes): one row per run

rmse = np.sqrt(np.mean((theta_hat - theta) ** 2, axis=0))  # root-mean-square error over runs
theory = np.sqrt(theta * (1 - theta) / sizes)  # its exact value: sqrt(theta (1 - theta) / N)
ratio_min, ratio_max = np.min(rmse / theory), np.max(rmse / theory)

fig, ax = plt.subplots()
ax.loglog(sizes, rmse, "o", markersize=4)
ax.loglog(sizes, theory, "--")
ax.yaxis.set_major_formatter(FormatStrFormatter("%g"))  # 0.01 rather than 10^-2
ax.set(xlabel="$N$")
# --8<-- [end:figure]

if __name__ == "__main__":
    plt.show()
