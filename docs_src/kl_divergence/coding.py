import numpy as np

from divergence import cross_entropy, entropy, kl_divergence

# Four symbols drawn from P. A prefix code built for P gives a symbol of
# probability 2^-k a codeword of k bits; a code built for the uniform Q
# gives every symbol 2 bits.
p = np.array([1 / 2, 1 / 4, 1 / 8, 1 / 8])
q = np.array([1 / 4, 1 / 4, 1 / 4, 1 / 4])
code_for_p = ["0", "10", "110", "111"]
code_for_q = ["00", "01", "10", "11"]

rng = np.random.default_rng(seed=2)
message = rng.choice(4, size=100_000, p=p)
bits_per_symbol = {}
for name, code in [("P", code_for_p), ("Q", code_for_q)]:
    bits_per_symbol[name] = sum(len(code[s]) for s in message) / len(message)
    print(f"code built for {name}: {bits_per_symbol[name]:.4f} bits per symbol")

h_p, h_pq, kl = entropy(p, base=2), cross_entropy(p, q, base=2), kl_divergence(p, q, base=2)
print(f"H(P)         = {h_p:.4f} bits")
print(f"H(P, Q)      = {h_pq:.4f} bits")
print(f"KL(P || Q)   = {kl:.4f} bits extra per symbol")
