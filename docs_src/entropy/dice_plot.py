import numpy as np

from divergence import entropy
from divergence.plotting import SvgPlot

faces = np.arange(1, 7)
dice = {
    "fair": np.full(6, 1 / 6),
    "loaded": np.array([0.1, 0.1, 0.1, 0.1, 0.1, 0.5]),
    "heavily loaded": np.array([0.01, 0.01, 0.01, 0.01, 0.01, 0.95]),
}

TEXT = {
    "ko": {
        "title": "공정한 주사위와 조작된 주사위",
        "desc": "세 주사위의 눈별 확률 막대그래프. 모든 눈의 확률이 1/6인 공정한 주사위의 엔트로피가 가장 크고, "
        "6이 자주 나오도록 많이 조작할수록 엔트로피가 작아진다.",
        "x": "주사위 눈",
        "y": "확률",
        "names": {"fair": "공정한 주사위", "loaded": "조작된 주사위", "heavily loaded": "심하게 조작된 주사위"},
        "unit": "비트",
    },
    "en": {
        "title": "A fair die against loaded dice",
        "desc": "Bar chart of the probability of each face for three dice. The fair die, 1/6 on every "
        "face, has the most entropy; the more a die favours six, the less entropy it has.",
        "x": "face",
        "y": "probability",
        "names": {"fair": "fair die", "loaded": "loaded die", "heavily loaded": "heavily loaded die"},
        "unit": "bits",
    },
}


def draw(lang: str) -> str:
    t = TEXT[lang]
    width = 0.27
    plot = SvgPlot(title=t["title"], desc=t["desc"])
    with plot as ax:
        for i, (name, p) in enumerate(dice.items()):
            label = f"{t['names'][name]}: H = {entropy(p, base=2):.3f} {t['unit']}"
            ax.bar(faces + (i - 1) * width, p, width=width, label=label)
        ax.set(xlabel=t["x"], ylabel=t["y"], xticks=faces, ylim=(0, 1))
        ax.grid(axis="x", visible=False)
        ax.legend(loc="upper left")
    return plot.figure
