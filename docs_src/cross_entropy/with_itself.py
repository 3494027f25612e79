from divergence import cross_entropy, entropy

# The cross entropy of a distribution with itself is its entropy, not 0.
coins = {"fair coin": [0.5, 0.5], "biased coin": [0.9, 0.1], "double-headed": [1.0, 0.0]}
h_self = {name: cross_entropy(p, p) for name, p in coins.items()}
for name, p in coins.items():
    print(f"{name:>13}: H(P, P) = {h_self[name]:.4f} nats, H(P) = {entropy(p):.4f} nats")
