import numpy as np
from scipy.special import entr, rel_entr
from scipy.stats import entropy as scipy_entropy

from divergence import entropy, kl_divergence

p = np.array([0.5, 0.5, 0.0])
q = np.array([0.5, 0.25, 0.25])

# The formula typed as it reads: 0 * log(0) = 0 * (-inf) = nan.
with np.errstate(divide="ignore", invalid="ignore"):
    naive_h = -(p * np.log(p)).sum()
    naive_kl = (p * np.log(p / q)).sum()
print(f"-(p * log p).sum()      = {naive_h}")
print(f"(p * log(p / q)).sum()  = {naive_kl}")

# scipy.special and scipy.stats use the convention 0 log 0 = 0; so does divergence.
h = entropy(p)
kl_pq, kl_qp = kl_divergence(p, q), kl_divergence(q, p)
print(f"entr(p).sum()           = {entr(p).sum():.6f}")
print(f"scipy.stats.entropy(p)  = {scipy_entropy(p):.6f}")
print(f"entropy(p)              = {h:.6f}")
print(f"rel_entr(p, q).sum()    = {rel_entr(p, q).sum():.6f}")
print(f"kl_divergence(p, q)     = {kl_pq:.6f}")
# Where Q gives zero to an outcome P can produce, the KL divergence is infinite.
print(f"kl_divergence(q, p)     = {kl_qp}")
