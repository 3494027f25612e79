import numpy as np
from scipy.special import softmax

from divergence import cross_entropy

# Three classes (cat, dog, bird) and the label dog. The model outputs logits z;
# its probabilities are softmax(z). The loss is H(target, softmax(z)).
one_hot = np.array([0.0, 1.0, 0.0])
smoothed = np.array([0.05, 0.9, 0.05])  # a label-smoothed target
cases = {
    "one-hot": (np.array([1.0, 2.0, -0.5]), one_hot),
    "smoothed": (np.array([1.0, 2.0, -0.5]), smoothed),
    "confidently wrong": (np.array([6.0, -4.0, 0.0]), one_hot),
}

# Compare the formula softmax(z) - target with central finite differences
# of the library's cross entropy, one logit at a time.
h = 1e-6
formula, numeric, gap = {}, {}, {}
for name, (z, target) in cases.items():

    def loss(logits, target=target):
        return cross_entropy(target, softmax(logits))

    formula[name] = softmax(z) - target
    numeric[name] = np.array([(loss(z + h * e) - loss(z - h * e)) / (2 * h) for e in np.eye(z.size)])
    gap[name] = np.abs(formula[name] - numeric[name]).max()
    print(f"{name}: z = {z.tolist()}, target = {target.tolist()}")
    print(f"  softmax(z) - target = {np.array2string(formula[name], precision=4, floatmode='fixed')}")
    print(f"  finite differences  = {np.array2string(numeric[name], precision=4, floatmode='fixed')}")
    print(f"  max |difference|    = {gap[name]:.1e}")
