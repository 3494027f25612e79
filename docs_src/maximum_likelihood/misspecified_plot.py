# --8<-- [start:figure]
import matplotlib.pyplot as plt
from scipy.optimize import minimize_scalar
from two_coins import counts, model, p_true

from divergence import kl_divergence

bounds = {"bounds": (1e-6, 1 - 1e-6), "method": "bounded", "options": {"xatol": 1e-10}}
# Forward KL, what maximum likelihood minimises in the limit, and the reverse KL for contrast.
theta_forward = minimize_scalar(lambda t: kl_divergence(p_true, model(t)), **bounds).x
reverse_bounds = {**bounds, "bounds": (1e-6, 0.5)}  # the reverse KL has two minima, mirror images
theta_reverse = minimize_scalar(lambda t: kl_divergence(model(t), p_true), **reverse_bounds).x
forward_scores = (kl_divergence(p_true, model(theta_forward)), kl_divergence(p_true, model(theta_reverse)))
reverse_scores = (kl_divergence(model(theta_forward), p_true), kl_divergence(model(theta_reverse), p_true))

fig, ax = plt.subplots()
width = 0.27
ax.bar(counts - width, p_true, width=width)
ax.bar(counts, model(theta_forward), width=width)
ax.bar(counts + width, model(theta_reverse), width=width)
ax.set(xticks=counts, ylim=(0, 0.7))
ax.grid(axis="x", visible=False)
# --8<-- [end:figure]

if __name__ == "__main__":
    plt.show()
