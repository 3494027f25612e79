import numpy as np
from scipy.stats import wasserstein_distance

from divergence import js_divergence, kl_divergence

# 1. Two distributions that share one outcome and split the rest.
p1 = np.array([0.5, 0.5, 0.0])
q1 = np.array([0.0, 0.5, 0.5])
kl1_pq, kl1_qp = kl_divergence(p1, q1), kl_divergence(q1, p1)
jsd1_bits = js_divergence(p1, q1, base=2)
print(f"1. KL(P||Q) = {kl1_pq}, KL(Q||P) = {kl1_qp}, JSD = {jsd1_bits:.4f} bits")

# 2. The GAN value at the optimal discriminator D*(x) = p(x) / (p(x) + q(x)).
p2 = np.array([0.6, 0.3, 0.1])  # data
q2 = np.array([0.2, 0.5, 0.3])  # generator
d_star = p2 / (p2 + q2)
value_star = np.sum(p2 * np.log(d_star)) + np.sum(q2 * np.log(1 - d_star))
value_half = np.sum(p2 * np.log(0.5)) + np.sum(q2 * np.log(0.5))  # D(x) = 1/2 everywhere
jsd2 = js_divergence(p2, q2)
print(f"2. D* = {np.round(d_star, 4)}")
print(
    f"   V(D*, G) = {value_star:.6f}, -log 4 + 2 JSD = {-np.log(4) + 2 * jsd2:.6f}, V(1/2, G) = {value_half:.6f} nats"
)

# 3. Nearby coins (1/2 + t, 1/2 - t): JSD against t^2 / 2, and three coins in a row.
p3 = np.array([0.5, 0.5])
ts = np.array([0.1, 0.01, 0.001])
jsd3 = np.array([js_divergence(p3, p3 + np.array([t, -t])) for t in ts])
for t, v in zip(ts, jsd3):
    print(f"3. t = {t:<6} JSD = {v:.4e}, t^2/2 = {t * t / 2:.4e}, ratio = {v / (t * t / 2):.6f}")
tau = 0.01
row = [p3, p3 + np.array([tau, -tau]), p3 + np.array([2 * tau, -2 * tau])]
ends = js_divergence(row[0], row[2])
steps = js_divergence(row[0], row[1]) + js_divergence(row[1], row[2])
print(f"   JSD(first, last) = {ends:.4e} > JSD(first, middle) + JSD(middle, last) = {steps:.4e}")

# 4. Two tents that no longer overlap: JSD is stuck at log 2, the Wasserstein-1
#    distance (how far the mass must move) still tells the shifts apart.
#    (The same grid and tents as slide_grid.py, written out so this file stands alone.)
x = np.linspace(-10.0, 30.0, 4001)


def tent_on_grid(centre):
    w = np.clip(1.0 - np.abs(x - centre), 0.0, None)
    return w / w.sum()


t0 = tent_on_grid(0.0)
shifts4 = np.array([3.0, 6.0])
jsd4 = np.array([js_divergence(t0, tent_on_grid(s)) for s in shifts4])
w4 = np.array([wasserstein_distance(x, x, t0, tent_on_grid(s)) for s in shifts4])
for s, j, w in zip(shifts4, jsd4, w4):
    print(f"4. shift = {s}: JSD = {j:.6f} nats, W1 = {w:.4f}")
