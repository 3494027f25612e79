import numpy as np
from scipy.special import expit as sigmoid  # sigma(z) = 1 / (1 + exp(-z))

from divergence.plotting import PALETTE, SvgPlot

# The model outputs a logit z and predicts y_hat = sigma(z). The label is y = 1,
# so a very negative z is a confident, wrong prediction.
y = 1.0
z = np.linspace(-10.0, 10.0, 401)
s = sigmoid(z)

grad_mse = 2 * (s - y) * s * (1 - s)  # d/dz of (sigma(z) - y)^2
grad_bce = s - y  # d/dz of -y log sigma(z) - (1 - y) log(1 - sigma(z))

TEXT = {
    "ko": {
        "title": "로짓에 대한 MSE와 BCE의 기울기 (정답 y = 1)",
        "desc": "정답이 1일 때 로짓 z에 대한 손실의 기울기. 모델이 확신을 갖고 틀린 왼쪽(z가 큰 음수)에서 "
        "BCE의 기울기는 −1 가까이 유지되지만 MSE의 기울기는 거의 0이 된다.",
        "x": "로짓 z  (예측 확률 ŷ = σ(z))",
        "y": "기울기 ∂손실/∂z",
        "mse": "MSE: 2(σ(z) − y)·σ(z)(1 − σ(z))",
        "bce": "BCE: σ(z) − y",
        "wrong": "확신을 갖고 틀린 구간",
    },
    "en": {
        "title": "Gradients of MSE and BCE with respect to the logit (label y = 1)",
        "desc": "Gradient of each loss with respect to the logit z when the label is 1. Where the model is "
        "confidently wrong (very negative z) the BCE gradient stays near −1 while the MSE gradient vanishes.",
        "x": "logit z  (predicted probability ŷ = σ(z))",
        "y": "gradient ∂loss/∂z",
        "mse": "MSE: 2(σ(z) − y)·σ(z)(1 − σ(z))",
        "bce": "BCE: σ(z) − y",
        "wrong": "confidently wrong",
    },
}


def draw(lang: str) -> str:
    t = TEXT[lang]
    plot = SvgPlot(title=t["title"], desc=t["desc"])
    with plot as ax:
        ax.axvspan(-10, -4, color=PALETTE[3], alpha=0.15, linewidth=0, label=t["wrong"])
        ax.plot(z, grad_mse, label=t["mse"])
        ax.plot(z, grad_bce, label=t["bce"])
        ax.set(xlabel=t["x"], ylabel=t["y"], xlim=(-10, 10), ylim=(-1.05, 0.1))
        ax.legend(loc="lower right")
    return plot.figure
