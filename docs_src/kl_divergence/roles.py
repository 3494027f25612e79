import numpy as np
from scipy.stats import beta

from divergence import kl_divergence

# A coin with unknown P(heads) = theta: a uniform prior, then 7 heads in 10 tosses.
heads, tosses = 7, 10
theta = np.linspace(0.0, 1.0, 20001)[1:-1]  # a grid inside (0, 1)
prior = np.ones_like(theta)
posterior = theta**heads * (1 - theta) ** (tosses - heads)  # up to a constant

# The information gained from the tosses, KL(posterior || prior), on the grid...
gain = kl_divergence(posterior, prior, normalize=True)
# ...and exactly: the posterior is Beta(8, 4), and the uniform prior has density 1.
gain_exact = -beta(heads + 1, tosses - heads + 1).entropy()
print(f"KL(posterior || prior) = {gain:.4f} nats (grid), {gain_exact:.4f} nats (exact)")
