import numpy as np

from divergence import cross_entropy, entropy

p1 = np.array([0.0, 0.0, 1.0, 0.0])  # 1. four classes, the true class is the third
q1 = np.array([0.1, 0.2, 0.6, 0.1])  #    and the model's prediction
p2, q2 = [0.8, 0.2], [0.5, 0.5]  # 2. a coin that lands heads 80% of the time, a model that says 50%
uniform = np.full(6, 1 / 6)  # 3. the uniform model over 6 outcomes
z4, y4 = np.array([2.0, 0.5, -1.0]), 1  # 4. logits of a three-class model, the label is the second class
shift4 = 1000.0  #    and the same logits with a constant added to each

# 1.
print(f"1. H(P, Q) = {cross_entropy(p1, q1):.4f} nats = {cross_entropy(p1, q1, base=2):.4f} bits")

# 2.
print(f"2. H(P, Q) = {cross_entropy(p2, q2):.4f}, H(P) = {entropy(p2):.4f}, H(Q, P) = {cross_entropy(q2, p2):.4f} nats")

# 3. Any distribution P over 6 outcomes against the uniform model: three random ones.
rng = np.random.default_rng(seed=3)
p3 = rng.dirichlet(np.ones(6), size=3)
for i, p in enumerate(p3):
    print(f"3.{i + 1} H(P, U) = {cross_entropy(p, uniform, base=2):.4f} bits, H(P) = {entropy(p, base=2):.4f} bits")
print(f"    log2 6 = {np.log2(6):.4f} bits")


# 4. The loss from logits, -log softmax(z)[y] = logsumexp(z) - z[y], and its gradient
#    softmax(z) - one-hot(y), before and after adding the same constant to every logit.
def loss_and_gradient(z, y):
    m = z.max()
    log_q = z - (m + np.log(np.sum(np.exp(z - m))))  # log softmax(z)
    return -log_q[y], np.exp(log_q) - np.eye(z.size)[y]


loss4, grad4 = loss_and_gradient(z4, y4)
loss4_shifted, grad4_shifted = loss_and_gradient(z4 + shift4, y4)
with np.errstate(over="ignore", invalid="ignore"):
    naive4_shifted = -np.log(np.exp(z4 + shift4)[y4] / np.sum(np.exp(z4 + shift4)))
print(
    f"4. loss = {loss4:.4f} nats, gradient = {np.array2string(grad4, precision=4, floatmode='fixed')}, "
    f"sum = {abs(grad4.sum()):.1e}"
)
print(
    f"   z + {shift4:g}: loss = {loss4_shifted:.4f} nats, "
    f"gradient = {np.array2string(grad4_shifted, precision=4, floatmode='fixed')}, naive route: {naive4_shifted}"
)
