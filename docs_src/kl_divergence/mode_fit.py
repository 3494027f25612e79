# --8<-- [start:figure]
import matplotlib.pyplot as plt
import numpy as np
from scipy.optimize import minimize
from scipy.stats import norm

from divergence import kl_divergence

# The data P: two well-separated peaks, 0.5 N(-3, 1) + 0.5 N(3, 1), on a fine grid.
x = np.linspace(-20.0, 20.0, 4001)
peaks = (-3.0, 3.0)
p = 0.5 * norm.pdf(x, peaks[0], 1.0) + 0.5 * norm.pdf(x, peaks[1], 1.0)


def gaussian(params):
    mu, log_sigma = params  # optimise log(sigma) so that sigma stays positive
    return norm.pdf(x, mu, np.exp(log_sigma))


def forward(params):  # KL(P || Q): expectation under the data
    return kl_divergence(p, gaussian(params), normalize=True)


def reverse(params):  # KL(Q || P): expectation under the model
    return kl_divergence(gaussian(params), p, normalize=True)


def fit(objective, start):
    result = minimize(objective, start, method="Nelder-Mead", options={"xatol": 1e-6, "fatol": 1e-10})
    return result.x


def shown(params):  # (mu, sigma) rounded to the precision shown (adding 0.0 turns a -0.0 into 0.0)
    return np.round(params[0], 3) + 0.0, np.round(np.exp(params[1]), 3)


start = [0.5, 0.0]  # mu = 0.5, sigma = 1
fits, scores = {}, {}
for name, objective in [("forward", forward), ("reverse", reverse)]:
    params = fit(objective, start)
    fits[name] = shown(params)
    scores[name] = (forward(params), reverse(params))  # (KL(P || Q), KL(Q || P)) of this fit

# Started at the mirror image of that point, the reverse fit settles on the other peak.
mirrored = shown(fit(reverse, [-start[0], start[1]]))

# The forward fit matches the mean and standard deviation of P (moment matching).
mean = np.round(np.sum(x * p) / np.sum(p), 3) + 0.0
std = np.sqrt(np.sum((x - mean) ** 2 * p) / np.sum(p))

# Draw on a coarser grid over the part shown.
xs = np.linspace(-9.0, 9.0, 361)
fig, ax = plt.subplots()
ax.fill_between(
    xs, 0.5 * norm.pdf(xs, peaks[0], 1.0) + 0.5 * norm.pdf(xs, peaks[1], 1.0), alpha=0.3, linewidth=0, label="$p(x)$"
)
for name in ("forward", "reverse"):
    mu, sigma = fits[name]
    ax.plot(xs, norm.pdf(xs, mu, sigma), label=f"$\\mu = {mu:.2f}$, $\\sigma = {sigma:.2f}$")
# Head room above the tallest curve keeps the legend off the reverse fit.
top = max(p.max(), norm.pdf(0.0, 0.0, fits["reverse"][1]))
ax.set(xlabel="$x$", xlim=(-9, 9), ylim=(0, 1.45 * top))
ax.legend(loc="upper left")
# --8<-- [end:figure]

if __name__ == "__main__":
    plt.show()
