import numpy as np
from scipy.integrate import quad
from scipy.stats import cauchy, norm

from divergence import kl_divergence, kl_normal

p1, q1 = [0.8, 0.2], [0.5, 0.5]  # 1. a coin that lands heads 80% of the time (P), a fair-coin model (Q)
p2, q2 = [0.5, 0.5, 0.0], [0.4, 0.4, 0.2]  # 2. P never produces the third outcome; Q does
mu_p, sigma_p, mu_q, sigma_q = 0.0, 1.0, 0.0, 2.0  # 3. a narrow P = N(0, 1), a wide Q = N(0, 2^2)
cutoffs = (10.0, 100.0, 1000.0)  # 4. integrate a Cauchy P against a standard normal Q over [-L, L]

# 1. In bits.
kl1_pq, kl1_qp = kl_divergence(p1, q1, base=2), kl_divergence(q1, p1, base=2)
print(f"1. KL(P || Q) = {kl1_pq:.4f} bits, KL(Q || P) = {kl1_qp:.4f} bits")

# 2.
kl2_pq, kl2_qp = kl_divergence(p2, q2), kl_divergence(q2, p2)
print(f"2. KL(P || Q) = {kl2_pq:.4f} nats, KL(Q || P) = {kl2_qp} nats")

# 3. With the closed form ln(s2/s1) + (s1^2 + (m1 - m2)^2) / (2 s2^2) - 1/2, and with kl_normal.
kl3_pq = np.log(sigma_q / sigma_p) + (sigma_p**2 + (mu_p - mu_q) ** 2) / (2 * sigma_q**2) - 0.5
kl3_qp = np.log(sigma_p / sigma_q) + (sigma_q**2 + (mu_q - mu_p) ** 2) / (2 * sigma_p**2) - 0.5
print(f"3. KL(P || Q) = {kl3_pq:.4f} nats, KL(Q || P) = {kl3_qp:.4f} nats (closed form)")
print(
    f"   KL(P || Q) = {kl_normal(mu_p, sigma_p, mu_q, sigma_q):.4f} nats, "
    f"KL(Q || P) = {kl_normal(mu_q, sigma_q, mu_p, sigma_p):.4f} nats (kl_normal)"
)


# 4. q > 0 everywhere, yet the integral of p log(p/q) over [-L, L] keeps growing with L.
def cauchy_term(t):
    return cauchy.pdf(t) * (cauchy.logpdf(t) - norm.logpdf(t))


truncated = np.array([quad(cauchy_term, -L, L, limit=500)[0] for L in cutoffs])
for L, value in zip(cutoffs, truncated):
    print(f"4. L = {L:g}: integral of p log(p/q) over [-L, L] = {value:.2f} nats")
