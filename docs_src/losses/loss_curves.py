import numpy as np

from divergence import binary_cross_entropy, mean_squared_error
from divergence.plotting import SvgPlot

# The label is 1; the model predicts y_hat. Both losses are 0 at y_hat = 1.
y_hat = np.linspace(0.001, 1.0, 500)
mse = mean_squared_error(1.0, y_hat, reduction="none")
bce = binary_cross_entropy(1.0, y_hat, reduction="none")  # nats

# A confidently wrong prediction, marked on the plot.
wrong = 0.01
wrong_losses = [mean_squared_error(1.0, wrong), binary_cross_entropy(1.0, wrong)]

MSE_LABEL = r"MSE: $(1 - \hat{y})^2$"
BCE_LABEL = r"BCE: $-\ln \hat{y}$"

TEXT = {
    "ko": {
        "title": "정답이 1일 때 예측 확률에 따른 MSE와 BCE",
        "desc": "정답 레이블이 1일 때 예측 확률이 0에 가까워져도 MSE는 1을 넘지 못하지만 "
        "BCE는 끝없이 커진다. 두 손실 모두 예측이 1일 때 0이다.",
        "x": "모델이 예측한 확률 ŷ",
        "y": "손실 (BCE: 내트)",
        "mse": MSE_LABEL,
        "bce": BCE_LABEL,
        "wrong": f"ŷ = {wrong:g}에서의 두 손실",
    },
    "en": {
        "title": "MSE and BCE against the predicted probability, for the label 1",
        "desc": "With the label 1, as the predicted probability goes to 0 the MSE never exceeds 1, "
        "while the BCE grows without bound. Both losses are 0 when the prediction is 1.",
        "x": "predicted probability ŷ",
        "y": "loss (BCE in nats)",
        "mse": MSE_LABEL,
        "bce": BCE_LABEL,
        "wrong": f"both losses at ŷ = {wrong:g}",
    },
}


def draw(lang: str) -> str:
    t = TEXT[lang]
    plot = SvgPlot(title=t["title"], desc=t["desc"])
    with plot as ax:
        ax.plot(y_hat, mse, label=t["mse"])
        ax.plot(y_hat, bce, label=t["bce"])
        ax.plot([wrong, wrong], wrong_losses, "o", markersize=7, clip_on=False, label=t["wrong"])
        ax.set(xlabel=t["x"], ylabel=t["y"], xlim=(0, 1), ylim=(0, 5))
        ax.legend(loc="upper right")
    return plot.figure
