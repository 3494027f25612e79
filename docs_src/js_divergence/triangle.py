import numpy as np

from divergence import js_distance, js_divergence

# Two certain outcomes and the fair coin between them.
p = np.array([1.0, 0.0])
q = np.array([0.0, 1.0])
r = np.array([0.5, 0.5])

direct, via_r = js_divergence(p, q), js_divergence(p, r) + js_divergence(r, q)
direct_d, via_r_d = js_distance(p, q), js_distance(p, r) + js_distance(r, q)
print(f"JSD : P->Q = {direct:.4f} > P->R->Q = {via_r:.4f}")
print(f"sqrt: P->Q = {direct_d:.4f} <= P->R->Q = {via_r_d:.4f}")

# 200,000 random triples (A, B, C) on three outcomes, seeded; check every side.
rng = np.random.default_rng(2003)
a, b, c = rng.dirichlet(np.full(3, 0.5), size=(3, 200_000))
n_triples = a.shape[0]


def worst_slack(d):
    # For each triple, the smallest of d(x, z) + d(z, y) - d(x, y) over its three sides.
    ab, bc, ca = d(a, b), d(b, c), d(c, a)
    return np.minimum.reduce([ab + bc - ca, bc + ca - ab, ca + ab - bc])


slack_jsd = worst_slack(js_divergence)
slack_dist = worst_slack(js_distance)
violations_jsd = int(np.sum(slack_jsd < 0))
violations_dist = int(np.sum(slack_dist < 0))
print(f"triples: {n_triples:,}")
print(
    f"JSD       violates the triangle inequality in {violations_jsd:,} triples (worst by {-slack_jsd.min():.4f} nats)"
)
print(f"sqrt(JSD) violates it in {violations_dist} triples (smallest slack {slack_dist.min():.2e})")
