import numpy as np

from divergence import cross_entropy, entropy, kl_divergence

p = np.array([0.7, 0.2, 0.1])  # data (true) distribution P
q = np.array([0.3, 0.3, 0.4])  # model Q

by_definition = np.sum(p * np.log(p / q))
print(f"sum p log(p/q)  = {by_definition:.6f} nats")
print(f"kl_divergence   = {kl_divergence(p, q):.6f} nats")
print(f"H(P, Q) - H(P)  = {cross_entropy(p, q) - entropy(p):.6f} nats"
      f"  ({cross_entropy(p, q):.6f} - {entropy(p):.6f})")
print(f"in bits         = {kl_divergence(p, q, base=2):.6f} bits")
