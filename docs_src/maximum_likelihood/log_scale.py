import numpy as np

from divergence import log_likelihood

# Many flips: the product of the probabilities underflows, the sum of logs does not.
rng = np.random.default_rng(0)
n = 2000
many_flips = (rng.random(n) < 0.7).astype(int)
theta = 0.7
q = np.where(many_flips == 1, theta, 1 - theta)  # q_theta(x_k) for each flip

product = np.prod(q)  # the likelihood, computed directly
ll = log_likelihood(many_flips, "bernoulli", p=theta)
ll_log10 = ll / np.log(10)  # the likelihood is 10 ** ll_log10
print(f"N = {n}: prod q(x_k) = {product}")
print(f"        sum log q(x_k) = {ll:.2f} nats (= log_likelihood)")
print(f"        likelihood = 10^({ll_log10:.1f}), smallest positive float64 = {np.finfo(float).smallest_subnormal:.3g}")
