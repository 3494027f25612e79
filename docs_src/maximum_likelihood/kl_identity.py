import numpy as np

from divergence import cross_entropy, entropy, fit_categorical, kl_divergence, negative_log_likelihood

# Sixty rolls of a loaded die, faces labelled 0..5.
rng = np.random.default_rng(3)
p_true = np.array([0.1, 0.1, 0.1, 0.1, 0.1, 0.5])
rolls = rng.choice(6, size=60, p=p_true)
n = rolls.size

fit = fit_categorical(rolls, 6)
p_hat = fit.counts / n  # the empirical distribution: the MLE of the categorical model

# Some models Q_theta: the fit, the fair die, the true die, a few random dice.
models = {"fitted": fit.probabilities, "fair": np.full(6, 1 / 6), "true": p_true}
for i, q in enumerate(rng.dirichlet(np.ones(6), size=3)):
    models[f"random {i + 1}"] = q

h_hat = entropy(p_hat)
print(f"counts = {fit.counts}, H(P_hat) = {h_hat:.6f} nats")
print(f"{'model':>9} | {'NLL / N':>9} | {'H(P_hat, Q)':>11} | {'H + KL':>9} | difference")
gap = {}
for name, q in models.items():
    nll_per_sample = negative_log_likelihood(rolls, "categorical", probabilities=q) / n
    h_cross = cross_entropy(p_hat, q)
    kl = kl_divergence(p_hat, q)
    gap[name] = nll_per_sample - (h_hat + kl)
    print(f"{name:>9} | {nll_per_sample:9.6f} | {h_cross:11.6f} | {h_hat + kl:9.6f} | {gap[name]:+.1e}")
max_gap = max(abs(g) for g in gap.values())
nll_fitted = negative_log_likelihood(rolls, "categorical", probabilities=fit.probabilities) / n
nll_true = negative_log_likelihood(rolls, "categorical", probabilities=p_true) / n
kl_hat_true = kl_divergence(p_hat, p_true)  # how much the true die loses on these rolls
kl_fitted = kl_divergence(p_hat, fit.probabilities)
print(f"largest |NLL/N - (H + KL)| = {max_gap:.1e}; KL(P_hat || fitted) = {kl_fitted}")
