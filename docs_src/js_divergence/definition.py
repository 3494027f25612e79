import numpy as np

from divergence import entropy, js_divergence, kl_divergence

p = np.array([0.6, 0.3, 0.1])  # the data distribution P
q = np.array([0.2, 0.5, 0.3])  # a model Q
m = (p + q) / 2  # the mixture M, halfway between them

# Both KL terms are measured against M, never against each other.
kl_pm, kl_qm = kl_divergence(p, m), kl_divergence(q, m)
by_definition = 0.5 * kl_pm + 0.5 * kl_qm
by_entropy = entropy(m) - (entropy(p) + entropy(q)) / 2  # the same number, from entropies
jsd_pq, jsd_qp = js_divergence(p, q), js_divergence(q, p)
kl_pq, kl_qp = kl_divergence(p, q), kl_divergence(q, p)

print(f"M = {m}")
print(f"KL(P||M) = {kl_pm:.6f}, KL(Q||M) = {kl_qm:.6f} nats")
print(f"(KL(P||M) + KL(Q||M)) / 2 = {by_definition:.6f} nats")
print(f"H(M) - (H(P) + H(Q)) / 2  = {by_entropy:.6f} nats")
print(f"js_divergence(p, q)       = {jsd_pq:.6f} nats")
print(f"js_divergence(q, p)       = {jsd_qp:.6f} nats")
print(f"KL(P||Q) = {kl_pq:.6f}, KL(Q||P) = {kl_qp:.6f} nats")
