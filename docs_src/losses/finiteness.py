import numpy as np

from divergence import binary_cross_entropy, entropy

# (label y, predicted probability y_hat): BCE is +inf only when the prediction
# gives probability 0 to an outcome the label puts weight on.
cases = [(1, 1.0), (0, 0.0), (1, 0.5), (1, 1e-300), (1, 0.0), (0, 1.0), (0.3, 0.3), (0.3, 0.0), (0.3, 1.0)]
case_bce = [binary_cross_entropy(y, y_hat) for y, y_hat in cases]
print("BCE in nats")
for (y, y_hat), loss in zip(cases, case_bce):
    print(f"y = {y:<3}  y_hat = {y_hat:<6g}  BCE = {loss:.4f}")

# A soft label y = 0.3: the loss is smallest at y_hat = y, and that minimum is
# the entropy of (y, 1 - y), not 0.
y_soft = 0.3
grid = np.linspace(0.0, 1.0, 10_001)
losses = binary_cross_entropy(y_soft, grid, reduction="none")
best = grid[np.argmin(losses)]
h_soft = entropy([y_soft, 1 - y_soft])
print(f"y = {y_soft}: smallest BCE {losses.min():.4f} at y_hat = {best:.4f}")
print(f"H({y_soft}, {1 - y_soft:g}) = {h_soft:.4f}")
