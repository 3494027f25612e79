import numpy as np
from scipy.optimize import minimize_scalar
from two_coins import counts, flips_per_trial, model, p_true

from divergence import entropy, kl_divergence, negative_log_likelihood

# The best the one-coin family can do: the KL projection of P onto it.
projection = minimize_scalar(
    lambda t: kl_divergence(p_true, model(t)), bounds=(1e-6, 1 - 1e-6), method="bounded", options={"xatol": 1e-10}
)
theta_star, kl_min = projection.x, projection.fun
print(f"argmin KL(P || Q_theta) = {theta_star:.6f}, min KL = {kl_min:.6f} nats")

rng = np.random.default_rng(7)
sizes = [50, 500, 5_000, 50_000]
theta_hat, kl_hat, kl_true, identity_gap = [], [], [], []
for n in sizes:
    x = rng.choice(counts, size=n, p=p_true)  # n trials
    p_hat = np.bincount(x, minlength=counts.size) / n
    t = x.mean() / flips_per_trial  # the MLE of the binomial model: heads per flip
    nll = negative_log_likelihood(x, "categorical", probabilities=model(t))
    theta_hat.append(t)
    kl_hat.append(kl_divergence(p_hat, model(t)))  # what the fitted model still misses on the sample
    kl_true.append(kl_divergence(p_true, model(t)))  # ... and on the true distribution
    identity_gap.append(nll / n - (entropy(p_hat) + kl_hat[-1]))
    print(f"N = {n:>6}: theta_hat = {t:.4f}, KL(P_hat || Q) = {kl_hat[-1]:.4f}, KL(P || Q) = {kl_true[-1]:.4f}")
max_identity_gap = max(abs(g) for g in identity_gap)  # (1/N) NLL = H(P_hat) + KL(P_hat || Q)
