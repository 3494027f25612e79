import numpy as np

from divergence import cross_entropy, negative_log_likelihood

# The data distribution P over three classes and a fixed model Q_theta.
p = np.array([0.7, 0.2, 0.1])
q = np.array([0.5, 0.3, 0.2])
h_pq = cross_entropy(p, q)
sigma = np.sqrt(np.sum(p * np.log(q) ** 2) - h_pq**2)  # standard deviation of -log q(Y), Y ~ P

# Training sees samples, not P: draw labels y_1, ..., y_N from P and average
# the per-sample loss -log q(y_k) over the first N of them.
rng = np.random.default_rng(seed=0)
sizes = np.array([10, 100, 1_000, 10_000, 100_000, 1_000_000])
labels = rng.choice(len(p), size=sizes[-1], p=p)
losses = -np.log(q[labels])
average = np.cumsum(losses)[sizes - 1] / sizes

print(f"H(P, Q) = {h_pq:.4f} nats, sd of -log q(Y) = {sigma:.4f} nats")
print("        N   average   average - H(P, Q)   sd / sqrt(N)")
for n, a in zip(sizes, average):
    print(f"{n:9,d}   {a:7.4f}   {a - h_pq:+17.4f}   {sigma / np.sqrt(n):12.4f}")

# The same average is the negative log-likelihood per sample, and the cross
# entropy of the empirical distribution of the labels against Q.
empirical = np.bincount(labels, minlength=len(p)) / labels.size
nll_per_sample = negative_log_likelihood(labels, "categorical", probabilities=q) / labels.size
print(f"NLL / N = {nll_per_sample:.6f}, H(empirical, Q) = {cross_entropy(empirical, q):.6f} nats")
