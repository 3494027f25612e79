import numpy as np
from scipy.optimize import minimize_scalar
from scipy.stats import expon

from divergence import entropy, fit_categorical, kl_divergence, log_likelihood, negative_log_likelihood

# 1. Labels of a four-class data set: counts (12, 5, 3, 0).
counts1 = np.array([12, 5, 3, 0])
labels1 = np.repeat(np.arange(4), counts1)
fit1 = fit_categorical(labels1, 4)
mean_ll1 = fit1.log_likelihood / fit1.n
h1 = entropy(fit1.probabilities)
smoothed1 = fit_categorical(labels1, 4, smoothing=1.0)
new_label = [3]  # a new sample of the class never seen
print(f"1. theta_hat = {fit1.probabilities}, mean log-likelihood = {mean_ll1:.4f} = -H(P_hat) = {-h1:.4f} nats")
log_q_new_mle = log_likelihood(new_label, "categorical", probabilities=fit1.probabilities)
log_q_new_smoothed = log_likelihood(new_label, "categorical", probabilities=smoothed1.probabilities)
print(f"   log q(new sample): MLE {log_q_new_mle}, smoothed {log_q_new_smoothed:.4f} nats")

# 2. Waiting times, modelled as exponential with rate lam: log q(x) = log lam - lam x.
x2 = np.array([0.8, 2.1, 0.3, 1.7, 0.6, 3.0])
lam_closed = 1 / x2.mean()
lam_numeric = minimize_scalar(
    lambda lam: -np.sum(np.log(lam) - lam * x2), bounds=(1e-6, 100), method="bounded", options={"xatol": 1e-10}
).x
_, scale_scipy = expon.fit(x2, floc=0)  # scipy's MLE, as a scale 1 / lam
print(f"2. lam_hat = 1 / mean = {lam_closed:.6f}; numerical {lam_numeric:.6f}; scipy 1 / scale = {1 / scale_scipy:.6f}")

# 3. The fitted die against the true die, on its own 60 rolls and on 100,000 new ones.
rng = np.random.default_rng(3)
p_true3 = np.array([0.1, 0.1, 0.1, 0.1, 0.1, 0.5])
train3 = rng.choice(6, size=60, p=p_true3)
test3 = rng.choice(6, size=100_000, p=p_true3)
fitted3 = fit_categorical(train3, 6).probabilities
nll3 = {
    (name, data_name): negative_log_likelihood(data, "categorical", probabilities=q) / data.size
    for name, q in (("fitted", fitted3), ("true", p_true3))
    for data_name, data in (("train", train3), ("test", test3))
}
kl3 = kl_divergence(p_true3, fitted3)
print("3. NLL / N in nats:")
for (name, data_name), value in nll3.items():
    print(f"   {name:>6} die, {data_name:>5} rolls: {value:.4f}")
print(f"   KL(P || fitted) = {kl3:.4f} nats")
