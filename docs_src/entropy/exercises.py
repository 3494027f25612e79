import numpy as np
from scipy.optimize import brentq

from divergence import entropy

n1 = 8  # 1. a fair die with eight faces
p2 = np.array([0.5, 0.25, 0.125, 0.125])  # 2. four outcomes of unequal probability
eps = 1e-6  # 2. ... and the same with a rare fifth outcome split off the last one
h3 = 0.5  # 3. a coin whose entropy is half a bit

# 1. The same entropy in three units.
die = np.full(n1, 1 / n1)
h1_bits, h1_nats, h1_hartleys = entropy(die, base=2), entropy(die), entropy(die, base=10)
print(f"1. H = {h1_bits:.4f} bits = {h1_nats:.4f} nats = {h1_hartleys:.4f} hartleys")

# 2. Surprisal of each outcome, their probability-weighted average, and their unweighted sum;
#    then split probability eps off the last outcome into a rare fifth one.
surprisal = -np.log2(p2)
h2 = entropy(p2, base=2)
p2_rare = np.append(p2[:-1], [p2[-1] - eps, eps])
h2_rare = entropy(p2_rare, base=2)
unweighted, unweighted_rare = surprisal.sum(), (-np.log2(p2_rare)).sum()
print(
    f"2. I(x) = {', '.join(f'{v:g}' for v in surprisal)} bits; H = {h2:.4f} bits, unweighted sum = {unweighted:g} bits"
)
print(
    f"   with the rare outcome: H = {h2_rare:.6f} bits (+{h2_rare - h2:.2e}), "
    f"unweighted sum = {unweighted_rare:.2f} bits (+{unweighted_rare - unweighted:.2f})"
)

# 3. The binary entropy rises from 0 at p = 0 to 1 bit at p = 0.5: solve h(p) = h3 on that half.
p3 = brentq(lambda p: entropy([p, 1 - p], base=2) - h3, 1e-12, 0.5)
print(f"3. p = {p3:.4f} or 1 - p = {1 - p3:.4f}, h(p) = {entropy([p3, 1 - p3], base=2):.4f} bits")
