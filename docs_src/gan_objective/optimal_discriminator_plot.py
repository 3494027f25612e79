# --8<-- [start:figure]
import matplotlib.pyplot as plt
import numpy as np
from scipy.stats import norm

from divergence import optimal_discriminator

# Data N(0, 1), generator N(2, 1.5^2): densities on a grid, and D* at each point.
mu_data, sigma_data, mu_g, sigma_g = 0.0, 1.0, 2.0, 1.5
x = np.linspace(-6.0, 8.0, 1401)
p_data = norm.pdf(x, mu_data, sigma_data)
p_g = norm.pdf(x, mu_g, sigma_g)
d_star = optimal_discriminator(p_data, p_g)

# D* = 1/2 where the densities cross: log p_data(x) = log p_g(x) is a quadratic in x.
quadratic = [
    1 / sigma_g**2 - 1 / sigma_data**2,
    2 * (mu_data / sigma_data**2 - mu_g / sigma_g**2),
    mu_g**2 / sigma_g**2 - mu_data**2 / sigma_data**2 + 2 * np.log(sigma_g / sigma_data),
]
crossings = np.sort(np.roots(quadratic).real)

fig, axes = plt.subplots(2, 1, sharex=True, figsize=(5.0, 5.0))
axes[0].plot(x, p_data)
axes[0].plot(x, p_g)
axes[1].plot(x, d_star, color="C2")
axes[1].axhline(0.5, color="C4", linestyle=":", linewidth=1.5)
for ax in axes:
    for c in crossings:
        ax.axvline(c, color="C4", linestyle=":", linewidth=1.5)
axes[1].set(xlabel="$x$", ylabel="$D^*(x)$", ylim=(0, 1), xlim=(x[0], x[-1]))
# --8<-- [end:figure]

if __name__ == "__main__":
    plt.show()
