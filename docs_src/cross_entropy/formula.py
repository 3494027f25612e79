import numpy as np

from divergence import cross_entropy, entropy

p = np.array([0.9, 0.1])  # the data: a coin that lands heads 90% of the time
q = np.array([0.5, 0.5])  # the model: a fair coin
ce, h = cross_entropy(p, q), entropy(p)

print(f"-sum p log q = {-np.sum(p * np.log(q)):.4f} nats   cross_entropy(p, q) = {ce:.4f}")
print(f"-sum p log p = {-np.sum(p * np.log(p)):.4f} nats   entropy(p)          = {h:.4f}")
