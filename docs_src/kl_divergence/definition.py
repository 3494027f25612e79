import numpy as np

from divergence import cross_entropy, entropy, kl_divergence

p = np.array([0.7, 0.2, 0.1])  # data distribution P
q = np.array([0.3, 0.3, 0.4])  # model Q

by_definition = np.sum(p * np.log(p / q))
kl = kl_divergence(p, q)
h_pq, h_p = cross_entropy(p, q), entropy(p)
kl_bits = kl_divergence(p, q, base=2)
print(f"sum p log(p/q)  = {by_definition:.6f} nats")
print(f"kl_divergence   = {kl:.6f} nats")
print(f"H(P, Q) - H(P)  = {h_pq - h_p:.6f} nats  ({h_pq:.6f} - {h_p:.6f})")
print(f"in bits         = {kl_bits:.6f} bits")
