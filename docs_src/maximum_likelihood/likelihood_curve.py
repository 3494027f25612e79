# --8<-- [start:figure]
import matplotlib.pyplot as plt
import numpy as np
from mle_flips import flips

from divergence import fit_bernoulli, log_likelihood

# The likelihood L(theta) = prod q_theta(x_k) and its log, on a grid of theta.
theta = np.linspace(0.0, 1.0, 501)
ll = log_likelihood(flips, "bernoulli", p=theta)  # -inf at theta = 0 and 1
likelihood = np.exp(ll)

fit = fit_bernoulli(flips)
theta_hat, ll_max = fit.p, fit.log_likelihood
theta_grid_max = theta[np.argmax(ll)]  # the grid agrees with the closed form

fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(5.0, 4.6))
top.plot(theta, likelihood)
top.plot([theta_hat], [np.exp(ll_max)], "o", color="C1")
top.set(ylabel="$L(\\theta)$", ylim=(0, None))
bottom.plot(theta, ll)
bottom.plot([theta_hat], [ll_max], "o", color="C1")
bottom.set(xlabel="$\\theta$", ylabel="$\\ell(\\theta)$", xlim=(0, 1), ylim=(-20, 0))
for ax in (top, bottom):
    ax.axvline(theta_hat, linestyle="--", linewidth=1, color="C1")
# --8<-- [end:figure]

if __name__ == "__main__":
    plt.show()
