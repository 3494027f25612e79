# --8<-- [start:figure]
import matplotlib.pyplot as plt
import numpy as np
from scipy.special import expit as sigmoid  # sigma(a) = 1 / (1 + exp(-a))

# The model outputs a logit a and predicts y_hat = sigma(a). The label is y = 1,
# so a very negative a is a confident, wrong prediction.
y = 1.0
a = np.linspace(-10.0, 10.0, 401)
s = sigmoid(a)

grad_mse = 2 * (s - y) * s * (1 - s)  # d/da of (sigma(a) - y)^2
grad_bce = s - y  # d/da of -y log sigma(a) - (1 - y) log(1 - sigma(a))

wrong_below = -4.0  # sigma(-4) < 0.02: the model is confident, and wrong
fig, ax = plt.subplots()
wrong_zone = ax.axvspan(-10, wrong_below, color="C3", alpha=0.15, linewidth=0)
ax.plot(a, grad_mse, label=r"MSE: $2(\sigma(a) - y)\,\sigma(a)(1 - \sigma(a))$")
ax.plot(a, grad_bce, label=r"BCE: $\sigma(a) - y$")
ax.set(
    xlabel="$a$", ylabel=r"$\partial\ell / \partial a$", xlim=(-10, 10), ylim=(-1.05, 0.75)
)  # room for the legend above the curves
ax.legend(loc="upper right")
# --8<-- [end:figure]

if __name__ == "__main__":
    plt.show()
