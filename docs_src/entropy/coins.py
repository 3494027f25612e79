from divergence import entropy

# Each coin is a distribution over (heads, tails).
coins = {
    "fair": [0.5, 0.5],
    "double-headed": [1.0, 0.0],
    "biased": [0.9, 0.1],
}
h = {name: entropy(p, base=2) for name, p in coins.items()}

for name, bits in h.items():
    print(f"{name:>13}: H = {bits:.4f} bits")
