import numpy as np

from divergence import kl_divergence


def torch_kl_div(input, target, reduction="mean"):
    """torch.nn.functional.kl_div as documented for PyTorch 2.13, in numpy.

    input holds log-probabilities log q, target holds probabilities p; pointwise
    loss = target * (log(target) - input), with 0 where target == 0.
    """
    input, target = np.asarray(input), np.asarray(target)
    safe = np.where(target > 0, target, 1.0)
    pointwise = np.where(target > 0, target * (np.log(safe) - input), 0.0)
    if reduction == "mean":
        return pointwise.mean()  # divides by every element, classes included
    if reduction == "batchmean":
        return pointwise.sum() / input.shape[0]  # divides by the batch size
    if reduction == "sum":
        return pointwise.sum()
    return pointwise


# A batch of one pair, shape (batch, classes) as PyTorch expects.
p = np.array([[0.1, 0.6, 0.3]])
q = np.array([[0.3, 0.3, 0.4]])
kl_pq, kl_qp = kl_divergence(p[0], q[0]), kl_divergence(q[0], p[0])
batchmean = torch_kl_div(np.log(q), p, "batchmean")
mean = torch_kl_div(np.log(q), p)  # the default reduction
swapped = torch_kl_div(np.log(p), q, "batchmean")
no_log = torch_kl_div(q, p, "batchmean")  # q passed without its log
print(f"KL(P || Q)                              = {kl_pq:.6f}")
print(f"kl_div(log q, p, reduction='batchmean') = {batchmean:.6f}")
print(f"kl_div(log q, p)                        = {mean:.6f}")
print(f"kl_div(log p, q, reduction='batchmean') = {swapped:.6f}, KL(Q || P) = {kl_qp:.6f}")
print(f"kl_div(q, p, reduction='batchmean')     = {no_log:.6f}")

# Identical distributions in float32, as a network computes them: the sum can come out negative.
logits = np.array([[1.0, 2.0, 3.0]], dtype=np.float32)
log_q32 = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))  # log_softmax
p32 = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)  # softmax
kl32 = torch_kl_div(log_q32, p32, "batchmean")
# The same call in PyTorch 2.13.0 (CPU, float32), measured once by hand; torch is not a dependency.
TORCH_2_13_RESULT = -2.9802322387695312e-08
print(f"float32 kl_div(log_softmax(z), softmax(z)) = {kl32:.3e}")
same = kl_divergence(p32[0], p32[0])
print(f"kl_divergence(softmax(z), softmax(z))      = {same}")
