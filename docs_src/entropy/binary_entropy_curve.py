import numpy as np

from divergence import entropy
from divergence.plotting import SvgPlot

# One row per coin, P(heads) = p from 0 to 1: a batch of 201 distributions.
p = np.linspace(0.0, 1.0, 201)
coins = np.stack([p, 1.0 - p], axis=-1)
h = entropy(coins, base=2)  # shape (201,), one entropy per row

p_max = p[np.argmax(h)]
marked = np.array([0.5, 1.0, 0.9])  # the fair, double-headed and biased coins
marked_h = entropy(np.stack([marked, 1.0 - marked], axis=-1), base=2)

CURVE = r"$h(p) = -p\,\log_2 p - (1 - p)\log_2(1 - p)$"

TEXT = {
    "ko": {
        "title": "이진 엔트로피 곡선",
        "desc": f"앞면이 나올 확률 p에 따른 동전의 엔트로피. p = {p_max:g}에서 최댓값 {h.max():g}비트, "
        f"양 끝(p = {p[0]:g}, p = {p[-1]:g})에서 {h[0]:g}비트이며 최댓값의 위치를 기준으로 좌우 대칭이다.",
        "x": "앞면이 나올 확률 p",
        "y": "엔트로피 H (비트)",
        "curve": CURVE,
        "coins": "위의 세 동전",
    },
    "en": {
        "title": "The binary entropy curve",
        "desc": "Entropy of a coin as a function of its probability p of heads: "
        f"{h.max():g} bit at p = {p_max:g}, {h[0]:g} bits at p = {p[0]:g} and p = {p[-1]:g}, symmetric about p = {p_max:g}.",
        "x": "probability of heads p",
        "y": "entropy H (bits)",
        "curve": CURVE,
        "coins": "the three coins above",
    },
}


def draw(lang: str) -> str:
    t = TEXT[lang]
    plot = SvgPlot(title=t["title"], desc=t["desc"])
    with plot as ax:
        ax.plot(p, h, label=t["curve"])
        ax.plot(marked, marked_h, "o", markersize=7, clip_on=False, label=t["coins"])
        ax.set(xlabel=t["x"], ylabel=t["y"], xlim=(0, 1), ylim=(0, 1.05))
        ax.legend(loc="lower center")
    return plot.figure

