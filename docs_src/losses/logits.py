import numpy as np
from scipy.special import expit as sigmoid

from divergence import binary_cross_entropy, binary_cross_entropy_with_logits

# The label is 0 and the model is ever more confident that it is 1.
y = 0.0
logits = np.array([10.0, 20.0, 30.0, 35.0, 36.0, 37.0, 40.0, 100.0])
y_hat = sigmoid(logits)  # rounds to exactly 1.0 in float64 for a large logit a (last line below)
naive = binary_cross_entropy(y, y_hat, reduction="none")
stable = binary_cross_entropy_with_logits(y, logits, reduction="none")

print("BCE in nats; 'rounds': sigmoid(a) == 1.0")
print("   a  rounds  naive BCE  from logits")
for row in zip(logits, y_hat == 1.0, naive, stable):
    print("{:4.0f}  {!s:>6}  {:9.6f}  {:11.6f}".format(*row))

# 1 + exp(-a) rounds to 1, and so sigmoid(a) to 1.0, once exp(-a) is at most half the float64 spacing above 1.
threshold = -np.log(np.finfo(float).eps / 2)
print(f"sigmoid(a) rounds to 1.0 once a >= {threshold:.2f}")

# Where the naive route breaks: the first logit that rounds, and the error just before it.
rounded = y_hat == 1.0
first_infinite = logits[rounded][0]
last_finite = logits[~rounded][-1]
naive_error = naive[~rounded][-1] - stable[~rounded][-1]

# At a = 40 the true loss is 40 + log(1 + exp(-40)); the added term is far below
# the spacing of float64 numbers near 40, so 40.0 is the nearest float64 to it.
a40 = 40.0
loss40 = binary_cross_entropy_with_logits(y, a40)
added_term = np.log1p(np.exp(-a40))
spacing = np.spacing(loss40)
print(f"a = {a40:g}: sigmoid(a) = {sigmoid(a40)}")
print(f"from logits: {loss40} nats")
print(f"log(1 + exp(-a)) = {added_term:.1e}")
print(f"float64 spacing  = {spacing:.1e}")
