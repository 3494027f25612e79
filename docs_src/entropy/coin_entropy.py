from coins import coins

from divergence import entropy

h = {name: entropy(p, base=2) for name, p in coins.items()}

for name, bits in h.items():
    print(f"{name:>13}: H = {bits:.4f} bits")
