# --8<-- [start:inputs]
import numpy as np
from scipy.special import expit as sigmoid
from scipy.special import logit

from divergence import binary_cross_entropy, binary_cross_entropy_with_logits, entropy, mean_squared_error

y1, y_hat1 = 1.0, 0.01  # 1. label 1, predicted probability 0.01
y2 = 0.8  # 2. a soft label
y3, z3 = 0.0, 50.0  # 3. label 0, logit 50
# --8<-- [end:inputs]

# 1. Both losses and both gradients with respect to the logit.
z1 = logit(y_hat1)
print(f"1. BCE = {binary_cross_entropy(y1, y_hat1):.4f} nats, MSE = {mean_squared_error(y1, y_hat1):.4f}; "
      f"dBCE/dz = {y_hat1 - y1:+.4f}, dMSE/dz = {2 * (y_hat1 - y1) * y_hat1 * (1 - y_hat1):+.4f} "
      f"(z = {z1:.3f})")

# 2. The best prediction for the soft label, and the smallest loss.
grid = np.linspace(0.0, 1.0, 100_001)
losses = binary_cross_entropy(y2, grid, reduction="none")
print(f"2. best y_hat = {grid[np.argmin(losses)]:.4f}, smallest BCE = {losses.min():.4f} nats "
      f"= H({y2}, {1 - y2:.1f}) = {entropy([y2, 1 - y2]):.4f} nats")

# 3. The naive route through the sigmoid and the stable one from the logit.
print(f"3. naive: {binary_cross_entropy(y3, sigmoid(z3))} nats, "
      f"from logits: {binary_cross_entropy_with_logits(y3, z3):.4f} nats")
