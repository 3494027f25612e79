import numpy as np
from scipy.stats import norm

from divergence import kl_divergence, kl_normal
from divergence.plotting import PALETTE, SvgPlot

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

TEXT = {
    "ko": {
        "title": "KL 발산의 점별 항 p(x)·ln(p(x)/q(x))",
        "desc": f"P = N({mu_p:g}, {sigma_p:g}²), Q = N({mu_q:g}, {sigma_q:g}²)의 밀도와 점별 항. 항은 p > q인 곳에서 양수(채운 영역), "
        "q > p인 곳에서 음수(빗금 영역)이며, KL 발산은 두 곡선 사이의 넓이가 아니라 이 항의 부호 있는 넓이의 합이다.",
        "x": "x",
        "y": "밀도 / 점별 항 (내트)",
        "p": "p(x): 데이터 P",
        "q": "q(x): 모델 Q",
        "pos": "p·ln(p/q) > 0",
        "neg": "p·ln(p/q) < 0",
    },
    "en": {
        "title": "The pointwise term of the KL divergence, p(x)·ln(p(x)/q(x))",
        "desc": f"Densities of P = N({mu_p:g}, {sigma_p:g}²) and Q = N({mu_q:g}, {sigma_q:g}²) and the pointwise term. The term is positive "
        "where p > q (filled) and negative where q > p (hatched); the KL divergence is the net signed area "
        "under it, not the area between the two density curves.",
        "x": "x",
        "y": "density / pointwise term (nats)",
        "p": "p(x): data P",
        "q": "q(x): model Q",
        "pos": "p·ln(p/q) > 0",
        "neg": "p·ln(p/q) < 0",
    },
}


def draw(lang: str) -> str:
    t = TEXT[lang]
    plot = SvgPlot(title=t["title"], desc=t["desc"])
    with plot as ax:
        ax.plot(x, p, label=t["p"])
        ax.plot(x, q, label=t["q"])
        ax.fill_between(x, term, where=term > 0, color=PALETTE[2], alpha=0.45, linewidth=0, label=t["pos"])
        ax.fill_between(x, term, where=term < 0, facecolor="none", edgecolor=PALETTE[3], hatch="///",
                        linewidth=0, label=t["neg"])
        ax.plot(x, term, color=PALETTE[2], linewidth=1)
        ax.axhline(0.0, linewidth=0.8)
        ax.set(xlabel=t["x"], ylabel=t["y"], xlim=(x[0], x[-1]))
        ax.legend(loc="upper right")
    return plot.figure
