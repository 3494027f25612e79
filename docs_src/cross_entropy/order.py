import numpy as np

from divergence import cross_entropy

# The order is (target P, model Q). Swapping them changes the value...
p = np.array([0.7, 0.2, 0.1])
q = np.array([0.3, 0.3, 0.4])
print(f"H(P, Q) = {cross_entropy(p, q):.4f} nats,  H(Q, P) = {cross_entropy(q, p):.4f} nats")

# ...and can turn a finite loss into an infinite one: the one-hot target
# gives probability 0 to classes the model thinks possible.
target = np.array([0.0, 1.0, 0.0])
model = np.array([0.2, 0.7, 0.1])
print(f"H(target, model) = {cross_entropy(target, model):.4f} nats")
print(f"H(model, target) = {cross_entropy(model, target)} nats")
