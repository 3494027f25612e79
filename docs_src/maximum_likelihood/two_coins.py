import numpy as np
from scipy.stats import binom

# Each trial picks one of two coins at random and counts the heads in five flips.
flips_per_trial = 5
counts = np.arange(flips_per_trial + 1)  # the outcomes 0..5
coin_heads = (0.1, 0.9)
p_true = 0.5 * binom.pmf(counts, flips_per_trial, coin_heads[0]) + 0.5 * binom.pmf(
    counts, flips_per_trial, coin_heads[1]
)


def model(theta):
    """The model family: one coin, Binomial(5, theta), as a distribution over 0..5."""
    return binom.pmf(counts, flips_per_trial, theta)
