# --8<-- [start:figure]
import matplotlib.pyplot as plt
from dice import dice, faces

from divergence import entropy

fig, ax = plt.subplots()
width = 0.27
for i, p in enumerate(dice.values()):
    ax.bar(faces + (i - 1) * width, p, width=width, label=f"H = {entropy(p, base=2):.3f}")
ax.set(xticks=faces, ylim=(0, 1))
ax.grid(axis="x", visible=False)
ax.legend(loc="upper left")
# --8<-- [end:figure]

if __name__ == "__main__":
    plt.show()
