import numpy as np

from divergence import cross_entropy

# The order is (target P, model Q). Swapping them changes the value...
p = np.array([0.7, 0.2, 0.1])
q = np.array([0.3, 0.3, 0.4])
h_pq, h_qp = cross_entropy(p, q), cross_entropy(q, p)
print(f"H(P, Q) = {h_pq:.4f} nats,  H(Q, P) = {h_qp:.4f} nats")

# ...and can turn a finite loss into an infinite one: the one-hot target
# gives probability 0 to classes the model thinks possible.
target = np.array([0.0, 1.0, 0.0])
model = np.array([0.2, 0.7, 0.1])
right_way, wrong_way = cross_entropy(target, model), cross_entropy(model, target)
print(f"H(target, model) = {right_way:.4f} nats")
print(f"H(model, target) = {wrong_way} nats")
