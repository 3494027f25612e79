import numpy as np
from scipy.stats import bernoulli, norm

from divergence import binary_cross_entropy, mean_squared_error

rng = np.random.default_rng(5)
n = 8

# Classification: labels y_k in {0, 1}, the model's probability y_hat_k that y_k = 1.
labels = rng.integers(0, 2, size=n)
p_pred = rng.uniform(0.05, 0.95, size=n)
bce_sum = binary_cross_entropy(labels, p_pred, reduction="sum")
bernoulli_nll = -bernoulli.logpmf(labels, p_pred).sum()  # -sum log q(y_k | x_k)
print(f"sum of BCE          = {bce_sum:.10f} nats")
print(f"Bernoulli NLL       = {bernoulli_nll:.10f} nats")

# Regression: targets y_k, predictions y_hat_k, Gaussian noise of fixed sigma.
targets = rng.normal(0.0, 1.0, size=n)
sigma = 0.5
predictions = {
    "a": targets + rng.normal(0.0, 0.3, size=n),
    "b": targets + rng.normal(0.0, 0.6, size=n),
    "c": np.zeros(n),
}
constant = n / 2 * np.log(2 * np.pi * sigma**2)
print(f"N/2 log(2 pi sigma^2) = {constant:.6f} (sigma = {sigma})")
mse, gaussian_nll = {}, {}
for name, y_hat in predictions.items():
    mse[name] = mean_squared_error(targets, y_hat)
    gaussian_nll[name] = -norm.logpdf(targets, loc=y_hat, scale=sigma).sum()
    formula = constant + n * mse[name] / (2 * sigma**2)
    print(
        f"{name}: MSE = {mse[name]:.6f}, NLL = {gaussian_nll[name]:.6f}, constant + N MSE / (2 sigma^2) = {formula:.6f}"
    )
