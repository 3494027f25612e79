import numpy as np
from scipy.special import expit as sigmoid

from divergence import binary_cross_entropy_with_logits, mean_squared_error

# Check the two gradient formulas against central finite differences of the
# library's losses, for a hard label 1, a hard label 0 and a soft label 0.3.
z = np.linspace(-8.0, 8.0, 33)
h = 1e-5
for y in (1.0, 0.0, 0.3):
    s = sigmoid(z)
    mse = lambda logits: mean_squared_error(y, sigmoid(logits), reduction="none")  # noqa: E731
    bce = lambda logits: binary_cross_entropy_with_logits(y, logits, reduction="none")  # noqa: E731
    fd_mse = (mse(z + h) - mse(z - h)) / (2 * h)
    fd_bce = (bce(z + h) - bce(z - h)) / (2 * h)
    err_mse = np.abs(fd_mse - 2 * (s - y) * s * (1 - s)).max()
    err_bce = np.abs(fd_bce - (s - y)).max()
    print(f"y = {y}: max |formula - finite difference|: MSE {err_mse:.1e}, BCE {err_bce:.1e}")

# A confidently wrong prediction: label 1, logit -6.
z0 = -6.0
s0 = sigmoid(z0)
print(f"z = {z0}: y_hat = {s0:.4f}, dMSE/dz = {2 * (s0 - 1) * s0 * (1 - s0):+.4f}, dBCE/dz = {s0 - 1:+.4f}")
