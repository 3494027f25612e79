import numpy as np

from divergence import js_divergence

# Equal distributions: 0.
p = np.array([0.6, 0.3, 0.1, 0.0])
jsd_equal = js_divergence(p, p)

# Disjoint supports: the maximum, log 2 in whatever base the log has.
a = np.array([0.5, 0.5, 0.0, 0.0])
b = np.array([0.0, 0.0, 0.25, 0.75])
max_nats = js_divergence(a, b)
max_bits = js_divergence(a, b, base=2)
max_hartleys = js_divergence(a, b, base=10)
print(f"P = Q    : JSD = {jsd_equal} nats")
print(f"disjoint : JSD = {max_nats:.4f} nats = {max_bits:.4f} bits = {max_hartleys:.4f} hartleys")
print(f"ln 2 = {np.log(2):.4f}, log10 2 = {np.log10(2):.4f}")

# 100,000 random pairs on four outcomes (one call: rows are a batch).
rng = np.random.default_rng(0)
pairs = rng.dirichlet(np.ones(4), size=(2, 100_000))
jsd_random = js_divergence(pairs[0], pairs[1])
print(f"random pairs: min = {jsd_random.min():.4f}, max = {jsd_random.max():.4f} nats")

# The same pair in two units: only the bits are a fraction of the maximum.
q = np.array([0.2, 0.5, 0.3, 0.0])
pair_nats, pair_bits = js_divergence(p, q), js_divergence(p, q, base=2)
print(f"JSD(P, Q) = {pair_nats:.4f} nats = {pair_bits:.4f} bits = {pair_nats / np.log(2):.1%} of the maximum")
