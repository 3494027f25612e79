from divergence import entropy

print(entropy([0.5, 0.5], base=2))  # a fair coin, in bits
print(entropy([0.5, 0.5]))  # the same coin in nats (the default)
print(entropy([[0.5, 0.5], [0.9, 0.1]], base=2))  # a batch: one entropy per row
