from divergence import binary_cross_entropy, cross_entropy

# Binary cross entropy is the cross entropy of two two-outcome distributions:
# the target (y, 1 - y) and the model's prediction (y_hat, 1 - y_hat).
for y, y_hat in [(1.0, 0.8), (0.0, 0.8), (0.7, 0.8)]:
    bce = binary_cross_entropy(y, y_hat)
    ce = cross_entropy([y, 1 - y], [y_hat, 1 - y_hat])
    print(f"y = {y}, y_hat = {y_hat}: BCE = {bce:.4f} nats, H(P, Q) = {ce:.4f} nats")
