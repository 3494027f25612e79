import numpy as np
from coins import coins

from divergence import entropy

# Surprisal in bits: added up as it is, or weighted by probability?
surprisal, unweighted_sum, h = {}, {}, {}
for name, p in coins.items():
    p = np.array(p)
    with np.errstate(divide="ignore"):  # -log2(0) = inf
        surprisal[name] = -np.log2(p) + 0.0  # (+ 0.0 turns -0.0 into 0.0)
    unweighted_sum[name] = surprisal[name].sum()  # the misreading
    h[name] = entropy(p, base=2)  # sum of p(x) I(x): the weighted average
    i_heads, i_tails = surprisal[name]
    print(
        f"{name:>13}: I(heads), I(tails) = {i_heads:.3f}, {i_tails:.3f} | "
        f"unweighted sum = {unweighted_sum[name]:.3f} | entropy = {h[name]:.3f}"
    )
