import numpy as np
from gan_pair import p_data, p_g
from scipy.optimize import minimize
from scipy.special import expit

from divergence import gan_value, optimal_discriminator

d_star = optimal_discriminator(p_data, p_g)  # p_data / (p_data + p_g)

# Brute force: maximise V over every discriminator on the four outcomes,
# D = sigmoid(logits) with four free logits (no formula used).
result = minimize(
    lambda logits: -gan_value(p_data, p_g, expit(logits)), np.zeros(4), method="BFGS", options={"gtol": 1e-12}
)
d_search = expit(result.x)

# Ten thousand random discriminators: none beats D*.
rng = np.random.default_rng(0)
d_random = rng.uniform(0.01, 0.99, size=(10_000, 4))
v_random = gan_value(p_data, p_g, d_random)  # one value per row

v_star = gan_value(p_data, p_g, d_star)
max_difference = np.max(np.abs(d_star - d_search))
print("formula:", " ".join(f"{v:.4f}" for v in d_star))
print("search: ", " ".join(f"{v:.4f}" for v in d_search))
print(f"max |difference| = {max_difference:.1e}")
print(f"V(D*, G)         = {v_star:.6f} nats")
print(f"best random D    = {v_random.max():.6f} nats")
