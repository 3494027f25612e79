import numpy as np

from divergence import cross_entropy, entropy

# Three classes (cat, dog, bird). The image is a dog: a one-hot target P.
target = np.array([0.0, 1.0, 0.0])
model = np.array([0.2, 0.7, 0.1])  # the model's predicted probabilities Q

ce, h_target = cross_entropy(target, model), entropy(target)
print(f"H(P, Q) = {ce:.4f} nats = -ln Q(dog) = {-np.log(model[1]):.4f}")
print(f"H(P)    = {h_target:.4f} nats (a one-hot target has no uncertainty)")

# Label smoothing: the target keeps a little mass on the other classes.
smoothed = np.array([0.05, 0.9, 0.05])
ce_smoothed, h_smoothed = cross_entropy(smoothed, model), entropy(smoothed)
print(f"smoothed target: H(P, Q) = {ce_smoothed:.4f} nats, H(P) = {h_smoothed:.4f} nats")

# A batch: one target and one prediction per row, one cross entropy per row.
targets = np.eye(3)[[1, 0, 2]]
predictions = np.array([[0.2, 0.7, 0.1], [0.6, 0.3, 0.1], [0.3, 0.3, 0.4]])
per_example = cross_entropy(targets, predictions)
print("per example:", np.round(per_example, 4), f"mean = {per_example.mean():.4f} nats")
