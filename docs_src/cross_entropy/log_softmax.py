import numpy as np

# Logits of a three-class model in float32, the default dtype of PyTorch
# tensors. The label is the first class.
y = 0
logits = np.array([[2.0, 1.0, 0.1], [100.0, 99.0, 98.0], [0.0, 120.0, 0.0]], dtype=np.float32)


def softmax_then_log(z):
    # The naive route: probabilities first, then -log. np.errstate only
    # silences the overflow and 0/0 warnings this route runs into.
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        q = np.exp(z) / np.sum(np.exp(z))
        return -np.log(q[y])


def shifted_softmax_then_log(z):
    # Subtracting max(z) first removes the overflow, but q[y] can still round to 0.
    with np.errstate(divide="ignore"):
        q = np.exp(z - z.max()) / np.sum(np.exp(z - z.max()))
        return -np.log(q[y])


def from_logits(z):
    # -log softmax(z)[y] = logsumexp(z) - z[y], with logsumexp(z) = m + log sum exp(z - m):
    # every exponent is at most 0, and no probability is formed before the log.
    m = z.max()
    return m + np.log(np.sum(np.exp(z - m))) - z[y]


naive = np.array([softmax_then_log(z) for z in logits])
shifted = np.array([shifted_softmax_then_log(z) for z in logits])
stable = np.array([from_logits(z) for z in logits])
exact = np.array([from_logits(z) for z in logits.astype(np.float64)])  # the same in float64

print("logits z           naive   shifted  logsumexp   float64")
for z, row in zip(logits, zip(naive, shifted, stable, exact)):
    print(f"{', '.join(f'{v:g}' for v in z):<15}" + "".join(f"{v:10.4f}" for v in row))

# Where float32 gives up: exp(x) overflows for x above log(max), and for x below
# log(smallest positive float32, a subnormal) it is too small to represent.
overflow = np.log(np.finfo(np.float32).max)
underflow = np.log(np.finfo(np.float32).smallest_subnormal)
print(f"float32: exp(x) = inf for x > {overflow:.2f}, exp(x) < smallest positive float32 for x < {underflow:.2f}")
