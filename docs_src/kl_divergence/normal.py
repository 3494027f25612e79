import numpy as np
from scipy.integrate import quad
from scipy.stats import norm

from divergence import kl_normal


def kl_closed_form(mu1, sigma1, mu2, sigma2):
    """KL(N(mu1, sigma1^2) || N(mu2, sigma2^2)) in nats."""
    return np.log(sigma2 / sigma1) + (sigma1**2 + (mu1 - mu2) ** 2) / (2 * sigma2**2) - 0.5


def kl_integral(mu1, sigma1, mu2, sigma2):
    """The same KL by numerical integration of p log(p/q) over mu1 +- 40 sigma1."""

    def term(t):
        return norm.pdf(t, mu1, sigma1) * (norm.logpdf(t, mu1, sigma1) - norm.logpdf(t, mu2, sigma2))

    return quad(term, mu1 - 40 * sigma1, mu1 + 40 * sigma1, limit=200)[0]


pairs = [(0.0, 1.0, 1.0, 1.5), (1.0, 1.5, 0.0, 1.0), (-2.0, 0.5, 3.0, 4.0)]  # (mu1, sigma1, mu2, sigma2)
closed = np.array([kl_closed_form(*pair) for pair in pairs])
library = np.array([kl_normal(*pair) for pair in pairs])
integral = np.array([kl_integral(*pair) for pair in pairs])
for pair, c, k, i in zip(pairs, closed, library, integral):
    print(
        f"N({pair[0]:g}, {pair[1]:g}^2) || N({pair[2]:g}, {pair[3]:g}^2): "
        f"closed form {c:.6f}, kl_normal {k:.6f}, integral {i:.6f} nats"
    )
