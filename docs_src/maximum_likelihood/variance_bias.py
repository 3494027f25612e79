import numpy as np

# Many samples of size N from N(0, sigma^2): average the two variance estimates.
rng = np.random.default_rng(2)
sigma, n, repeats = 2.0, 5, 200_000
samples = rng.normal(0.0, sigma, size=(repeats, n))

var_mle = samples.var(axis=1)  # ddof=0: divides by N, the MLE
var_unbiased = samples.var(axis=1, ddof=1)  # divides by N - 1

print(f"true sigma^2               = {sigma**2}")
print(f"mean of MLE (divide by N)  = {var_mle.mean():.4f}   (N-1)/N sigma^2 = {(n - 1) / n * sigma**2}")
print(f"mean of divide by N - 1    = {var_unbiased.mean():.4f}")

# Unbiased is not the same as closer: the mean squared error of each estimate.
mse_mle = np.mean((var_mle - sigma**2) ** 2)  # theory: (2N - 1) / N^2 sigma^4
mse_unbiased = np.mean((var_unbiased - sigma**2) ** 2)  # theory: 2 sigma^4 / (N - 1)
print(f"mean squared error: MLE {mse_mle:.3f}, divide by N - 1 {mse_unbiased:.3f}")
