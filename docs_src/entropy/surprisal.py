import numpy as np

# The rarer an event, the more it surprises: I(x) = log2(1 / p(x)) bits.
probabilities = np.array([1.0, 0.5, 0.25, 0.125, 0.01])
surprisal = np.log2(1 / probabilities)

for p, bits in zip(probabilities, surprisal):
    print(f"p(x) = {p:<5}  ->  I(x) = {bits:6.3f} bits")
