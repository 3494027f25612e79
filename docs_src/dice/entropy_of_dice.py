import numpy as np
from dice import dice

from divergence import entropy, kl_divergence

uniform = dice["fair"]
h = {name: entropy(p, base=2) for name, p in dice.items()}

# The gap to log2(6) is exactly the KL divergence from the uniform die.
for name, p in dice.items():
    gap = np.log2(6) - h[name]
    kl = kl_divergence(p, uniform, base=2)
    print(f"{name:>14}: H = {h[name]:.4f} bits, log2(6) - H = {gap:.4f}, KL(P||U) = {kl:.4f}")

# 100,000 random dice: none beats the fair one.
rng = np.random.default_rng(seed=0)
random_dice = rng.dirichlet(np.ones(6), size=100_000)
h_random = entropy(random_dice, base=2)
print(f"largest of {len(random_dice):,} random dice: H = {h_random.max():.4f} bits")
