import numpy as np
from scipy.special import rel_entr
from scipy.stats import entropy as scipy_entropy

from divergence import kl_divergence

p = np.array([0.5, 0.5])
q = np.array([0.9, 0.3])  # a typo: sums to 1.2, not a distribution

# scipy.stats.entropy(pk, qk) divides both by their sums first, without a word.
scipy_value = scipy_entropy(p, q)
renormalised = kl_divergence(p, q / q.sum())
print(f"scipy.stats.entropy(p, q)      = {scipy_value:.6f}")
print(f"KL(p || q / sum(q))            = {renormalised:.6f}")

# rel_entr does not renormalise: its sum is the literal formula.
literal = rel_entr(p, q).sum()
print(f"rel_entr(p, q).sum()           = {literal:.6f}")

try:
    kl_divergence(p, q)
except ValueError as error:
    message = str(error)
    print(f"divergence.kl_divergence(p, q) -> ValueError: {message}")
