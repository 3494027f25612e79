import numpy as np

from divergence import kl_divergence

# 100,000 random pairs of distributions over 5 outcomes: KL is never negative...
rng = np.random.default_rng(seed=1)
p = rng.dirichlet(np.ones(5), size=100_000)
q = rng.dirichlet(np.ones(5), size=100_000)
kl = kl_divergence(p, q)  # one value per row
print(f"smallest KL(P || Q) of {len(kl):,} random pairs: {kl.min():.2e} nats")

# ...and it is 0 exactly when the two distributions are the same.
print(f"KL(P || P) for the same pairs: largest {kl_divergence(p, p).max()} nats")
