import numpy as np
from scipy.special import expit as sigmoid
from scipy.special import logit

from divergence import binary_cross_entropy, binary_cross_entropy_with_logits, entropy, mean_squared_error

y1, y_hat1 = 1.0, 0.01  # 1. label 1, predicted probability 0.01
y2 = 0.8  # 2. a soft label
y3, a3 = 0.0, 50.0  # 3. label 0, logit 50
y4, lr4 = 1.0, 1.0  # 4. one example with label 1, gradient descent on its logit from a = 0

print("BCE and entropy in nats")

# 1. Both losses and both gradients with respect to the logit.
a1 = logit(y_hat1)
bce1, mse1 = binary_cross_entropy(y1, y_hat1), mean_squared_error(y1, y_hat1)
grad_bce1, grad_mse1 = y_hat1 - y1, 2 * (y_hat1 - y1) * y_hat1 * (1 - y_hat1)
print(f"1. a = {a1:.3f}, BCE = {bce1:.4f}, MSE = {mse1:.4f}")
print(f"   dBCE/da = {grad_bce1:+.4f}, dMSE/da = {grad_mse1:+.4f}")

# 2. The best prediction for the soft label, and the smallest loss.
grid = np.linspace(0.0, 1.0, 100_001)
losses = binary_cross_entropy(y2, grid, reduction="none")
best2, min2, h2 = grid[np.argmin(losses)], losses.min(), entropy([y2, 1 - y2])
print(f"2. best y_hat = {best2:.4f}, smallest BCE = {min2:.4f}")
print(f"   H({y2}, {1 - y2:.1f}) = {h2:.4f}")
a2 = logit(y2)  # the logit where the gradient sigma(a) - y2 is 0
print(f"   best logit a = {a2:.3f}")

# 3. The naive route through the sigmoid and the stable one from the logit.
naive3, stable3 = binary_cross_entropy(y3, sigmoid(a3)), binary_cross_entropy_with_logits(y3, a3)
print(f"3. naive: {naive3}, from logits: {stable3:.4f}")

# 4. Each step moves a against the gradient sigma(a) - y; record a and the loss.
a4, record = 0.0, {}
for step in range(1, 10_001):
    a4 -= lr4 * (sigmoid(a4) - y4)
    if step in (10, 100, 1_000, 10_000):
        record[step] = (a4, binary_cross_entropy_with_logits(y4, a4))
for step, (a, loss) in record.items():
    print(f"4. step {step:>6}: a = {a:6.3f}, BCE = {loss:.6f}")
