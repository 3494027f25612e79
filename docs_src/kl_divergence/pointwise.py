# --8<-- [start:figure]
import matplotlib.pyplot as plt
import numpy as np
from scipy.stats import norm

from divergence import kl_divergence, kl_normal

# Two densities on a fine grid: P = N(0, 1), Q = N(1, 1.5^2).
mu_p, sigma_p, mu_q, sigma_q = 0.0, 1.0, 1.0, 1.5
x = np.linspace(-6.0, 8.0, 2801)
dx = x[1] - x[0]
p, q = norm.pdf(x, mu_p, sigma_p), norm.pdf(x, mu_q, sigma_q)
term = p * np.log(p / q)  # the pointwise term; negative wherever q > p

positive = term[term > 0].sum() * dx
negative = term[term < 0].sum() * dx
kl = positive + negative  # the net signed area: the KL divergence
between = np.abs(p - q).sum() * dx  # the area between the two curves: not the KL divergence
kl_grid = kl_divergence(p, q, normalize=True)  # the same, as a sum over the grid
kl_exact = kl_normal(mu_p, sigma_p, mu_q, sigma_q)  # the closed form for two normals

# Every fourteenth grid point is plenty for the eye (and keeps the plot small).
xs, ps, qs, ts = x[::14], p[::14], q[::14], term[::14]
fig, ax = plt.subplots()
ax.plot(xs, ps, label="$p(x)$")
ax.plot(xs, qs, label="$q(x)$")
ax.fill_between(xs, ts, where=ts > 0, interpolate=True, color="C2", alpha=0.45, linewidth=0, label=r"$p\,\ln(p/q) > 0$")
ax.fill_between(
    xs,
    ts,
    where=ts < 0,
    interpolate=True,
    facecolor="none",
    edgecolor="C3",
    hatch="///",
    linewidth=0,
    label=r"$p\,\ln(p/q) < 0$",
)
ax.plot(xs, ts, color="C2", linewidth=1)
ax.set(xlabel="$x$", xlim=(x[0], x[-1]))
ax.set_ylim(top=1.55 * p.max())  # head room keeps the legend off the curves
ax.legend(loc="upper right")
# --8<-- [end:figure]

if __name__ == "__main__":
    plt.show()
