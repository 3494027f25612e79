import numpy as np

from divergence import binary_cross_entropy, binary_cross_entropy_with_logits


def torch_bce(y_pred, y_true):
    """torch.nn.functional.binary_cross_entropy as documented for PyTorch 2.13: log clamped at -100."""
    with np.errstate(divide="ignore"):
        log_p, log_1mp = np.log(y_pred), np.log1p(-y_pred)
    return -(y_true * np.maximum(log_p, -100.0) + (1 - y_true) * np.maximum(log_1mp, -100.0))


def keras_bce(y_true, y_pred, epsilon=1e-7):
    """keras.losses.binary_crossentropy (Keras 3.x, from_logits=False): y_pred clipped to [eps, 1 - eps]."""
    y_pred = np.clip(y_pred, epsilon, 1 - epsilon)
    return -(y_true * np.log(y_pred) + (1 - y_true) * np.log(1 - y_pred))


y = 1.0
predictions = np.array([0.0, 1e-30, 1e-5, 0.5])
torch_losses = np.array([torch_bce(y_hat, y) for y_hat in predictions])
keras_losses = np.array([keras_bce(y, y_hat) for y_hat in predictions])
our_losses = binary_cross_entropy(np.full_like(predictions, y), predictions, reduction="none")
print("y_hat        PyTorch      Keras   divergence")
for y_hat, t, k, d in zip(predictions, torch_losses, keras_losses, our_losses):
    print(f"{y_hat:<8g} {t:10.4f} {k:10.4f} {d:12.4f}")

# From logits the exact loss is finite for any logit, and nothing needs clamping.
logit = -1000.0
from_logit = binary_cross_entropy_with_logits(y, logit)
print(f"logit = {logit:g}: binary_cross_entropy_with_logits = {from_logit:.4f}")
