import numpy as np
from scipy.optimize import minimize
from scipy.special import expit
from scipy.stats import norm

from divergence import gan_value, js_divergence, optimal_discriminator

# Same mean, different spread: data N(0, 1), generator N(0, 2^2), on a fine grid.
x = np.linspace(-15.0, 15.0, 6001)
f_data, f_g = norm.pdf(x, 0.0, 1.0), norm.pdf(x, 0.0, 2.0)
p_data, p_g = f_data / f_data.sum(), f_g / f_g.sum()

# The unconstrained optimum.
c = gan_value(p_data, p_g, optimal_discriminator(p_data, p_g))
jsd = js_divergence(p_data, p_g)


def best_value(features):  # the best V over D(x) = sigmoid(w . features(x))
    design = np.stack(features, axis=-1)
    result = minimize(
        lambda w: -gan_value(p_data, p_g, expit(design @ w)), np.full(design.shape[-1], 0.1), method="BFGS"
    )
    return -result.fun


v_linear = best_value([x, np.ones_like(x)])  # logistic regression: logit w1 x + w0
v_quadratic = best_value([x**2, x, np.ones_like(x)])  # logit w2 x^2 + w1 x + w0
print(f"-log 4            = {-np.log(4):.6f}")
print(f"best linear D     = {v_linear:.6f}")
print(f"best quadratic D  = {v_quadratic:.6f}")
print(f"C(G)              = {c:.6f}")
print(f"-log 4 + 2 JSD    = {-np.log(4) + 2 * jsd:.6f}")
