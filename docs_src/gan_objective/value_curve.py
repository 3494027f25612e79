# --8<-- [start:figure]
import matplotlib.pyplot as plt
import numpy as np
from scipy.stats import norm

from divergence import gan_value, optimal_discriminator

# Data N(0, 1); the generator N(mu, 1) slides from mu = -6 to 6.
x = np.linspace(-15.0, 15.0, 6001)
p_data = norm.pdf(x)
mus = np.linspace(-6.0, 6.0, 121)
p_g = norm.pdf(x, loc=mus[:, None])  # one row per mu
c = gan_value(p_data, p_g, optimal_discriminator(p_data, p_g), normalize=True)  # C(G) per row
log4 = np.log(4)

fig, ax = plt.subplots()
ax.plot(mus, c)
ax.axhline(-log4, color="C4", linestyle=":", linewidth=1.5)
ax.axhline(0.0, color="C4", linestyle="--", linewidth=1.5)
ax.set(xlabel=r"$\mu$", ylabel="$C(G)$", xlim=(mus[0], mus[-1]), ylim=(-2.6, 0.1))
# --8<-- [end:figure]

if __name__ == "__main__":
    plt.show()
