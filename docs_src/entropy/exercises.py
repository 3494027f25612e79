# --8<-- [start:inputs]
import numpy as np
from scipy.optimize import brentq

from divergence import entropy

n1 = 8  # 1. a fair die with eight faces
p2 = np.array([0.5, 0.25, 0.125, 0.125])  # 2. four outcomes of unequal probability
h3 = 0.5  # 3. a coin whose entropy is half a bit
# --8<-- [end:inputs]

# 1. The same entropy in three units.
die = np.full(n1, 1 / n1)
print(f"1. H = {entropy(die, base=2):.4f} bits = {entropy(die):.4f} nats = {entropy(die, base=10):.4f} hartleys")

# 2. Surprisal of each outcome, their probability-weighted average, and (wrongly) their plain sum.
surprisal = -np.log2(p2)
print(f"2. I(x) = {', '.join(f'{v:g}' for v in surprisal)} bits; H = {entropy(p2, base=2):.4f} bits, "
      f"plain sum = {surprisal.sum():g} bits")

# 3. The binary entropy rises from 0 at p = 0 to 1 bit at p = 0.5: solve h(p) = h3 on that half.
p3 = brentq(lambda p: entropy([p, 1 - p], base=2) - h3, 1e-12, 0.5)
print(f"3. p = {p3:.4f} or 1 - p = {1 - p3:.4f}, h(p) = {entropy([p3, 1 - p3], base=2):.4f} bits")
