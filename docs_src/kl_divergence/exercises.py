# --8<-- [start:inputs]
from divergence import kl_divergence, kl_normal

p1, q1 = [0.8, 0.2], [0.5, 0.5]  # 1. a coin that lands heads 80% of the time (P), a fair-coin model (Q)
p2, q2 = [0.5, 0.5, 0.0], [0.4, 0.4, 0.2]  # 2. P never produces the third outcome; Q does
mu_p, sigma_p, mu_q, sigma_q = 0.0, 1.0, 0.0, 2.0  # 3. a narrow P = N(0, 1), a wide Q = N(0, 2^2)
# --8<-- [end:inputs]

# 1. In bits.
print(f"1. KL(P || Q) = {kl_divergence(p1, q1, base=2):.4f} bits, "
      f"KL(Q || P) = {kl_divergence(q1, p1, base=2):.4f} bits")

# 2.
print(f"2. KL(P || Q) = {kl_divergence(p2, q2):.4f} nats, KL(Q || P) = {kl_divergence(q2, p2)} nats")

# 3.
print(f"3. KL(P || Q) = {kl_normal(mu_p, sigma_p, mu_q, sigma_q):.4f} nats, "
      f"KL(Q || P) = {kl_normal(mu_q, sigma_q, mu_p, sigma_p):.4f} nats")
