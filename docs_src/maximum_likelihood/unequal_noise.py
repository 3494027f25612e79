import numpy as np
from scipy.optimize import minimize_scalar
from scipy.stats import norm

# Five measurements of one quantity; the last instrument is far noisier.
y = np.array([1.0, 1.2, 0.9, 1.1, 4.0])
sigmas = np.array([0.1, 0.1, 0.1, 0.1, 2.0])

# The constant prediction c that minimises the MSE: the plain mean.
c_mse = minimize_scalar(lambda c: np.mean((y - c) ** 2)).x

# The one that minimises the Gaussian NLL with these sigmas: a weighted mean.
c_nll = minimize_scalar(lambda c: -norm.logpdf(y, loc=c, scale=sigmas).sum()).x
weights = 1 / sigmas**2
weighted_mean = np.sum(weights * y) / np.sum(weights)

print(f"argmin MSE          = {c_mse:.4f} (plain mean {y.mean():.4f})")
print(f"argmin Gaussian NLL = {c_nll:.4f} (inverse-variance weighted mean {weighted_mean:.4f})")
