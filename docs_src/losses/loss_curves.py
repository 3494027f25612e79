# --8<-- [start:figure]
import matplotlib.pyplot as plt
import numpy as np

from divergence import binary_cross_entropy, mean_squared_error

# The label is 1; the model predicts y_hat. Both losses are 0 at y_hat = 1.
y_hat = np.linspace(0.001, 1.0, 500)
mse = mean_squared_error(1.0, y_hat, reduction="none")
bce = binary_cross_entropy(1.0, y_hat, reduction="none")  # nats

# A confidently wrong prediction, marked on the plot.
wrong = 0.01
wrong_losses = [mean_squared_error(1.0, wrong), binary_cross_entropy(1.0, wrong)]

fig, ax = plt.subplots()
ax.plot(y_hat, mse, label=r"MSE: $(1 - \hat{y})^2$")
ax.plot(y_hat, bce, label=r"BCE: $-\ln \hat{y}$")
(marks,) = ax.plot([wrong, wrong], wrong_losses, "o", markersize=7, clip_on=False)
ax.set(xlabel=r"$\hat{y}$", xlim=(0, 1), ylim=(0, 5))
ax.legend(loc="upper right")
# --8<-- [end:figure]

if __name__ == "__main__":
    plt.show()
