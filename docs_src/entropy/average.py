import numpy as np

from divergence import entropy

# Surprisal in bits: added up as it is, or weighted by probability?
coins = {"fair": [0.5, 0.5], "biased": [0.9, 0.1], "double-headed": [1.0, 0.0]}
surprisal, plain_sum, h = {}, {}, {}
for name, p in coins.items():
    p = np.array(p)
    with np.errstate(divide="ignore"):  # -log2(0) = inf
        surprisal[name] = -np.log2(p) + 0.0  # (+ 0.0 turns -0.0 into 0.0)
    plain_sum[name] = surprisal[name].sum()  # the misreading: a plain sum
    h[name] = entropy(p, base=2)  # sum of p(x) I(x): a weighted average
    i_heads, i_tails = surprisal[name]
    print(f"{name:>13}: I(heads), I(tails) = {i_heads:.3f}, {i_tails:.3f} | "
          f"sum = {plain_sum[name]:.3f} | entropy = {h[name]:.3f}")
