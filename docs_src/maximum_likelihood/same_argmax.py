# --8<-- [start:figure]
import matplotlib.pyplot as plt
import numpy as np
from mle_flips import flips

from divergence import entropy, kl_divergence, log_likelihood

n = flips.size
p_hat = np.array([flips.mean(), 1 - flips.mean()])  # empirical distribution (heads, tails)

theta = np.linspace(0.01, 0.99, 981)
q = np.stack([theta, 1 - theta], axis=-1)  # one model Q_theta per row
mean_ll = log_likelihood(flips, "bernoulli", p=theta) / n
kl = kl_divergence(p_hat, q)  # P_hat broadcasts against the batch of models
h_hat = entropy(p_hat)

theta_argmax_ll = theta[np.argmax(mean_ll)]
theta_argmin_kl = theta[np.argmin(kl)]
largest_gap = np.max(np.abs(mean_ll + h_hat + kl))  # mean log-likelihood = -H - KL

fig, ax = plt.subplots()
ax.plot(theta, mean_ll)
ax.plot(theta, kl)
ax.axvline(theta_argmax_ll, linestyle="--", linewidth=1, color="C2")
ax.axhline(-h_hat, linestyle=":", linewidth=1, color="C0")
ax.set(xlabel="$\\theta$", xlim=(0, 1), ylim=(-2.5, 3.0))
# --8<-- [end:figure]

if __name__ == "__main__":
    plt.show()
