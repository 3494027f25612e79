# --8<-- [start:figure]
import matplotlib.pyplot as plt
import numpy as np

# Gradients of the two generator losses with respect to the discriminator's
# logit a, as functions of D(G(z)) = sigmoid(a).
d = np.linspace(0.0, 1.0, 201)
grad_saturating = -d  # d/da log(1 - sigmoid(a))
grad_non_saturating = -(1 - d)  # d/da (-log sigmoid(a))

fig, ax = plt.subplots()
ax.plot(d, grad_saturating)
ax.plot(d, grad_non_saturating)
ax.axvspan(0.0, 0.1, color="C3", alpha=0.15, linewidth=0)
ax.set(xlabel="$D(G(z))$", ylabel=r"$\partial \ell / \partial a$", xlim=(0, 1), ylim=(-1.05, 0.6))
ax.set_yticks(np.linspace(-1.0, 0.0, 6))  # the room above 0 is for the legend
# --8<-- [end:figure]

if __name__ == "__main__":
    plt.show()
