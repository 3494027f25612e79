from mle_flips import flips
from scipy.optimize import minimize_scalar

from divergence import fit_bernoulli, negative_log_likelihood

# Closed form: theta_hat = k / N.
k, n = int(flips.sum()), flips.size
closed_form = k / n

# Numerical optimisation of the same likelihood, knowing nothing of the closed form.
result = minimize_scalar(
    lambda t: negative_log_likelihood(flips, "bernoulli", p=t),
    bounds=(1e-9, 1 - 1e-9),
    method="bounded",
    options={"xatol": 1e-10},
)
numeric = result.x

fit = fit_bernoulli(flips)
print(f"k = {k}, N = {n}")
print(f"closed form k/N  = {closed_form}")
print(f"numerical argmin = {numeric:.8f}")
print(f"fit_bernoulli    = {fit.p}, log-likelihood = {fit.log_likelihood:.4f} nats")
