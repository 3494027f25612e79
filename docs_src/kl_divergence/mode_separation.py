import numpy as np
from scipy.optimize import minimize
from scipy.stats import norm

from divergence import kl_divergence

# The reverse-KL fit of one normal Q to 0.5 N(-d, 1) + 0.5 N(d, 1), for three distances d.
# From each of two starts (between the peaks, on the right peak) keep the better minimum.
x = np.linspace(-20.0, 20.0, 4001)
distances = (1.0, 2.0, 3.0)
reverse_fits = {}
for d in distances:
    p = 0.5 * norm.pdf(x, -d, 1.0) + 0.5 * norm.pdf(x, d, 1.0)

    def reverse(params):  # KL(Q || P), sigma = exp(params[1]) stays positive
        return kl_divergence(norm.pdf(x, params[0], np.exp(params[1])), p, normalize=True)

    results = [
        minimize(reverse, start, method="Nelder-Mead", options={"xatol": 1e-6, "fatol": 1e-10})
        for start in ([0.5, 0.0], [d, 0.0])
    ]
    best = min(results, key=lambda r: r.fun)
    mu, sigma = np.round(best.x[0], 3) + 0.0, np.round(np.exp(best.x[1]), 3)
    reverse_fits[d] = (mu, sigma, best.fun)
    print(
        f"peaks at -{d:g} and {d:g}: mu = {mu:.3f}, sigma = {sigma:.3f}, "
        f"KL(Q || P) = {best.fun:.3f} nats   (P: std {np.sqrt(1 + d**2):.3f})"
    )
