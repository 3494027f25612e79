import numpy as np
from dice import dice

from divergence import cross_entropy, entropy

names = list(dice)

# Row: the die that is actually thrown (P). Column: the die the model assumes (Q).
table = np.array([[cross_entropy(dice[p], dice[q], base=2) for q in names] for p in names])
h = {name: entropy(dice[name], base=2) for name in names}

print("H(P, Q) in bits      " + "".join(f"{'Q = ' + q:>20}" for q in names))
for name, row in zip(names, table):
    print(f"P = {name:<16} " + "".join(f"{value:20.4f}" for value in row))
print("entropy H(P), bits   " + "".join(f"{h[name]:20.4f}" for name in names))
