import numpy as np

from divergence import binary_cross_entropy, mean_squared_error

# Four examples: the label y and the predicted probability y_hat of "1".
y_true = np.array([1.0, 0.0, 1.0, 0.0])
y_pred = np.array([0.75, 0.25, 0.5, 0.5])

error = y_true - y_pred  # signed: positive and negative errors cancel in a plain mean
squared = mean_squared_error(y_true, y_pred, reduction="none")
bce = binary_cross_entropy(y_true, y_pred, reduction="none")  # nats

print("y  y_hat  error  squared  BCE (nats)")
for row in zip(y_true, y_pred, error, squared, bce):
    print("{:.0f}  {:5.2f}  {:+5.2f}  {:7.4f}  {:10.4f}".format(*row))
print(f"mean error = {error.mean():+.4f}")
print(f"MSE        = {mean_squared_error(y_true, y_pred):.4f}")
print(f"BCE        = {binary_cross_entropy(y_true, y_pred):.4f} nats")

# The Bernoulli likelihood of each label: y_hat if y = 1, 1 - y_hat if y = 0.
likelihood = y_pred**y_true * (1 - y_pred) ** (1 - y_true)
# Independent examples: the likelihood of the data set is the product.
nll_per_example = -np.log(np.prod(likelihood)) / len(y_true)
print(f"likelihood = {likelihood}")
print(f"-log(product) / n = {nll_per_example:.4f} nats")
