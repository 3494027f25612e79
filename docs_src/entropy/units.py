import numpy as np

from divergence import entropy

die = np.full(6, 1 / 6)
h_bits = entropy(die, base=2)
h_nats = entropy(die)  # base=None: natural log, nats
h_hartleys = entropy(die, base=10)

print(f"bits: {h_bits:.4f}")
print(f"nats: {h_nats:.4f}")
print(f"hartleys: {h_hartleys:.4f}")
print(f"nats / bits = {h_nats / h_bits:.4f} = ln 2 = {np.log(2):.4f}")
