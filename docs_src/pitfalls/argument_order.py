import numpy as np

from divergence import cross_entropy


def keras_categorical_crossentropy(y_true, y_pred, epsilon=1e-7):
    """keras.losses.categorical_crossentropy (Keras 3.x, from_logits=False): target first,
    y_pred divided by its sum, then clipped to [eps, 1 - eps]."""
    y_pred = np.asarray(y_pred, dtype=float)
    y_pred = np.clip(y_pred / y_pred.sum(), epsilon, 1 - epsilon)
    return -(np.asarray(y_true) * np.log(y_pred)).sum()


def torch_cross_entropy(input, target):
    """torch.nn.functional.cross_entropy (PyTorch 2.13) for one sample: input are logits,
    target a class index; log_softmax is applied to input."""
    input = np.asarray(input, dtype=float)
    log_softmax = input - (input.max() + np.log(np.exp(input - input.max()).sum()))
    return -log_softmax[target]


y_true = np.array([1.0, 0.0, 0.0])  # the label: class 0
y_pred = np.array([0.7, 0.2, 0.1])  # the model's probabilities

ours = cross_entropy(y_true, y_pred)
keras_right = keras_categorical_crossentropy(y_true, y_pred)
keras_swapped = keras_categorical_crossentropy(y_pred, y_true)
torch_right = torch_cross_entropy(np.log(y_pred), 0)
torch_probabilities = torch_cross_entropy(y_pred, 0)
print(f"cross_entropy(y_true, y_pred)                  = {ours:.4f}")
print(f"keras categorical_crossentropy(y_true, y_pred) = {keras_right:.4f}")
print(f"keras categorical_crossentropy(y_pred, y_true) = {keras_swapped:.4f}")
print(f"torch cross_entropy(log(y_pred), 0)            = {torch_right:.4f}")
print(f"torch cross_entropy(y_pred, 0)                 = {torch_probabilities:.4f}")

# Keras renormalises a prediction that does not sum to 1; divergence refuses it.
y_bad = np.array([0.7, 0.7, 0.1])
keras_bad = keras_categorical_crossentropy(y_true, y_bad)
print(f"keras categorical_crossentropy(y_true, y_bad)  = {keras_bad:.4f}")
try:
    cross_entropy(y_true, y_bad)
except ValueError as error:
    message = str(error)
    print(f"divergence.cross_entropy(y_true, y_bad) -> ValueError: {message}")
