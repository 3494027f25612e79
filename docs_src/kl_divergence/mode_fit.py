import numpy as np
from scipy.optimize import minimize
from scipy.stats import norm

from divergence import kl_divergence
from divergence.plotting import SvgPlot

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

TEXT = {
    "ko": {
        "title": "봉우리가 두 개인 분포에 정규분포 하나를 맞추기: 순방향 KL과 역방향 KL",
        "desc": f"데이터 P는 {peaks[0]:g}, {peaks[1]:g}에 봉우리가 있는 혼합분포이다. 순방향 KL(P‖Q)을 최소화한 정규분포는 "
        "두 봉우리를 모두 덮도록 넓게 퍼지고(모드 포괄), 역방향 KL(Q‖P)을 최소화한 정규분포는 "
        "한 봉우리에만 자리 잡는다(모드 탐색).",
        "x": "x",
        "y": "확률 밀도",
        "p": "데이터 P (두 봉우리)",
        "forward": "순방향 KL(P‖Q) 최소화",
        "reverse": "역방향 KL(Q‖P) 최소화",
    },
    "en": {
        "title": "One Gaussian fitted to two peaks: forward against reverse KL",
        "desc": f"The data P is a mixture with peaks at {peaks[0]:g} and {peaks[1]:g}. The normal distribution that minimises the "
        "forward KL(P‖Q) spreads out to cover both peaks (mode covering); the one that minimises the "
        "reverse KL(Q‖P) settles on a single peak (mode seeking).",
        "x": "x",
        "y": "probability density",
        "p": "data P (two peaks)",
        "forward": "minimising forward KL(P‖Q)",
        "reverse": "minimising reverse KL(Q‖P)",
    },
}


def draw(lang: str) -> str:
    t = TEXT[lang]
    plot = SvgPlot(title=t["title"], desc=t["desc"])
    with plot as ax:
        ax.fill_between(x, p, alpha=0.3, linewidth=0, label=t["p"])
        for name in ("forward", "reverse"):
            mu, sigma = fits[name]
            ax.plot(x, norm.pdf(x, mu, sigma), label=f"{t[name]}: μ = {mu:.2f}, σ = {sigma:.2f}")
        # Head room above the tallest curve keeps the legend off the reverse fit.
        top = max(p.max(), norm.pdf(0.0, 0.0, fits["reverse"][1]))
        ax.set(xlabel=t["x"], ylabel=t["y"], xlim=(-9, 9), ylim=(0, 1.45 * top))
        ax.legend(loc="upper left")
    return plot.figure
