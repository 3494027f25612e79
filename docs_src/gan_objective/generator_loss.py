import numpy as np
from scipy.special import expit, logit

from divergence import binary_cross_entropy_with_logits

# D(G(z)) for a generated sample: near 0 early in training, when fakes are easy to spot.
d_fake = np.array([1e-4, 1e-2, 0.1, 0.5, 0.9])
a = logit(d_fake)  # the discriminator's logit: D = sigmoid(a)


def saturating(a):  # log(1 - D(G(z))) = log(1 - sigmoid(a)), which the generator minimises
    return -binary_cross_entropy_with_logits(0.0, a, reduction="none")


def non_saturating(a):  # -log D(G(z)) = -log sigmoid(a), which the generator minimises instead
    return binary_cross_entropy_with_logits(1.0, a, reduction="none")


# Gradients with respect to the logit a: central finite differences ...
h = 1e-6
fd_saturating = (saturating(a + h) - saturating(a - h)) / (2 * h)
fd_non_saturating = (non_saturating(a + h) - non_saturating(a - h)) / (2 * h)
# ... and the closed forms: d/da log(1 - sigmoid(a)) = -D, d/da (-log sigmoid(a)) = -(1 - D).
grad_saturating = -expit(a)
grad_non_saturating = -(1 - expit(a))
# With respect to D's output instead: -1/(1 - D) and -1/D.
grad_d_saturating = -1 / (1 - d_fake)
grad_d_non_saturating = -1 / d_fake

print("d/da, finite differences")
print("{:>6} {:>6} {:>9} {:>9}".format("D", "a", "sat.", "non-sat."))
for row in zip(d_fake, a, fd_saturating, fd_non_saturating):
    print("{:6.4f} {:6.2f} {:9.5f} {:9.5f}".format(*row))
print("d/dD")
print("{:>6} {:>9} {:>9}".format("D", "sat.", "non-sat."))
for row in zip(d_fake, grad_d_saturating, grad_d_non_saturating):
    print("{:6.4f} {:9.4f} {:9.1f}".format(*row))
fd_error = max(np.abs(fd_saturating - grad_saturating).max(), np.abs(fd_non_saturating - grad_non_saturating).max())
print(f"max |fd - formula| = {fd_error:.1e}")
