import numpy as np
from scipy.special import expit as sigmoid

from divergence import binary_cross_entropy_with_logits, mean_squared_error


# Both losses as functions of the logit a, for the label y.
def mse(y, a):
    return mean_squared_error(y, sigmoid(a), reduction="none")


def bce(y, a):
    return binary_cross_entropy_with_logits(y, a, reduction="none")


# Check the two gradient formulas against central finite differences of the
# library's losses, for a hard label 1, a hard label 0 and a soft label 0.3.
a = np.linspace(-8.0, 8.0, 33)
h = 1e-5
s = sigmoid(a)
print("max |formula - finite difference|:")
for y in (1.0, 0.0, 0.3):
    fd_mse = (mse(y, a + h) - mse(y, a - h)) / (2 * h)
    fd_bce = (bce(y, a + h) - bce(y, a - h)) / (2 * h)
    err_mse = np.abs(fd_mse - 2 * (s - y) * s * (1 - s)).max()
    err_bce = np.abs(fd_bce - (s - y)).max()
    print(f"  y = {y}: MSE {err_mse:.1e}, BCE {err_bce:.1e}")

# A confidently wrong prediction: label 1, logit -6.
a0 = -6.0
s0 = sigmoid(a0)
grad_mse0 = 2 * (s0 - 1) * s0 * (1 - s0)
grad_bce0 = s0 - 1
ratio = grad_bce0 / grad_mse0  # = 1 / (2 s0 (1 - s0))
print(f"a = {a0}: y_hat = {s0:.4f}")
print(f"dMSE/da = {grad_mse0:+.4f}, dBCE/da = {grad_bce0:+.4f}")
print(f"ratio = {ratio:.0f}")
