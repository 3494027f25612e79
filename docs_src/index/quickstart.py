from divergence import entropy

print(entropy([0.5, 0.5], base=2))  # a fair coin, in bits
print(f"{entropy([0.5, 0.5]):.4f}")  # the same coin in nats (the default), rounded for display
print(entropy([[0.5, 0.5], [0.9, 0.1]], base=2).round(4))  # a batch: one entropy per row
