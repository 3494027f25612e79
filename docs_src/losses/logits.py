import numpy as np
from scipy.special import expit as sigmoid

from divergence import binary_cross_entropy, binary_cross_entropy_with_logits

# The label is 0 and the model is ever more confident that it is 1.
y = 0.0
logits = np.array([10.0, 20.0, 30.0, 35.0, 36.0, 37.0, 40.0, 100.0])
y_hat = sigmoid(logits)  # rounds to exactly 1.0 in float64 for large z (last line below)
naive = binary_cross_entropy(y, y_hat, reduction="none")
stable = binary_cross_entropy_with_logits(y, logits, reduction="none")

print("   z   sigmoid(z) == 1.0   naive BCE (nats)   from logits (nats)")
for row in zip(logits, y_hat == 1.0, naive, stable):
    print("{:5.0f}   {!s:>17}   {:16.6f}   {:18.6f}".format(*row))

# 1 + exp(-z) rounds to 1, and so sigmoid(z) to 1.0, once exp(-z) is at most half the float64 spacing above 1.
threshold = -np.log(np.finfo(float).eps / 2)
print(f"sigmoid(z) == 1.0 in float64 once z >= {threshold:.2f}")
