from divergence import kl_divergence

# Two coins: KL is not symmetric...
p, q = [0.5, 0.5], [0.9, 0.1]
kl_pq, kl_qp = kl_divergence(p, q), kl_divergence(q, p)
print(f"KL(P || Q) = {kl_pq:.4f} nats,  KL(Q || P) = {kl_qp:.4f} nats")

# ...and it is infinite when Q rules out an outcome P can produce.
p0, q0 = [0.5, 0.5], [1.0, 0.0]
kl_p0q0, kl_q0p0 = kl_divergence(p0, q0), kl_divergence(q0, p0)
print(f"KL(P || Q) = {kl_p0q0} nats,  KL(Q || P) = {kl_q0p0:.4f} nats")

# Nor does it obey the triangle inequality: a detour through M is "shorter".
m = [0.7, 0.3]
detour = kl_divergence(p, m) + kl_divergence(m, q)
print(f"KL(P || Q) = {kl_pq:.4f} nats > KL(P || M) + KL(M || Q) = {detour:.4f} nats")
