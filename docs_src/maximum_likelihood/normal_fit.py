import numpy as np
from scipy.optimize import minimize

from divergence import fit_normal, negative_log_likelihood

rng = np.random.default_rng(4)
mu_true, sigma_true = 5.0, 2.0
x = rng.normal(loc=mu_true, scale=sigma_true, size=20)
n = x.size

# Closed forms: the mean, and the mean squared deviation (dividing by N).
mu_hat = x.mean()
var_hat = np.mean((x - mu_hat) ** 2)
var_unbiased = np.sum((x - mu_hat) ** 2) / (n - 1)  # divides by N - 1: not the MLE


# Numerical optimisation over (mu, log sigma), so that sigma stays positive.
def nll(params):
    mu, log_sigma = params
    return negative_log_likelihood(x, "normal", mean=mu, sigma=np.exp(log_sigma))


result = minimize(nll, x0=[0.0, 0.0], method="Nelder-Mead", options={"xatol": 1e-12, "fatol": 1e-14, "maxiter": 10_000})
mu_numeric, var_numeric = result.x[0], np.exp(result.x[1]) ** 2

fit = fit_normal(x)
print(f"closed form: mu = {mu_hat:.6f}, sigma^2 = {var_hat:.5f} (divide by N)")
print(f"numerical:   mu = {mu_numeric:.6f}, sigma^2 = {var_numeric:.5f}")
print(f"fit_normal:  mu = {fit.mean:.6f}, sigma^2 = {fit.sigma**2:.5f}")
print(f"divide by N - 1: sigma^2 = {var_unbiased:.5f}")
ll_mle = -nll([mu_hat, 0.5 * np.log(var_hat)])
ll_unbiased = -nll([mu_hat, 0.5 * np.log(var_unbiased)])
print(f"log-likelihood at the MLE = {ll_mle:.4f}, at the N - 1 variance = {ll_unbiased:.4f} nats")
