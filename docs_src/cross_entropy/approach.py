import numpy as np

from divergence import cross_entropy, entropy, kl_divergence
from divergence.plotting import SvgPlot

# The data: the loaded die P. The model starts as a die loaded towards 1 and
# moves in a straight line towards P: Q_t = (1 - t) Q_0 + t P.
p = np.array([0.1, 0.1, 0.1, 0.1, 0.1, 0.5])
q0 = np.array([0.5, 0.1, 0.1, 0.1, 0.1, 0.1])
t = np.linspace(0.0, 1.0, 101)
q_t = (1 - t)[:, None] * q0 + t[:, None] * p  # one model per row

ce = cross_entropy(p, q_t)  # the batch of models broadcasts against the one P
kl = kl_divergence(p, q_t)
h_p = entropy(p)

TEXT = {
    "ko": {
        "title": "모델 Q가 P에 다가갈 때의 교차 엔트로피",
        "desc": "모델 분포가 데이터 분포 P에 직선으로 다가갈 때 교차 엔트로피 H(P, Q)가 줄어들어 "
        "t = 1에서 P의 엔트로피 H(P)에 도달한다. 두 곡선 사이의 간격이 KL 발산이며, 교차 엔트로피는 0까지 내려가지 않는다.",
        "x": "t  (Q = (1 − t)·Q₀ + t·P)",
        "y": "내트",
        "ce": "교차 엔트로피 H(P, Q)",
        "h": "엔트로피 H(P)",
        "kl": "간격 = KL(P ‖ Q)",
    },
    "en": {
        "title": "Cross entropy as the model Q moves towards P",
        "desc": "As the model distribution moves in a straight line towards the data distribution P, "
        "the cross entropy H(P, Q) falls until, at t = 1, it reaches the entropy H(P), not 0. "
        "The gap between the two curves is the KL divergence.",
        "x": "t  (Q = (1 − t)·Q₀ + t·P)",
        "y": "nats",
        "ce": "cross entropy H(P, Q)",
        "h": "entropy H(P)",
        "kl": "gap = KL(P ‖ Q)",
    },
}


def draw(lang: str) -> str:
    tx = TEXT[lang]
    plot = SvgPlot(title=tx["title"], desc=tx["desc"])
    with plot as ax:
        ax.plot(t, ce, label=tx["ce"])
        ax.plot(t, np.full_like(t, h_p), "--", label=tx["h"])
        ax.fill_between(t, h_p, ce, alpha=0.2, linewidth=0, label=tx["kl"])
        ax.set(xlabel=tx["x"], ylabel=tx["y"], xlim=(0, 1), ylim=(0, ce.max() * 1.1))
        ax.legend(loc="lower left")
    return plot.figure
