import numpy as np
from bumps import bump, p_data, w, x
from scipy.stats import wasserstein_distance

from divergence import gan_value, js_divergence, kl_divergence, optimal_discriminator

# The generator: the same bump at theta, sliding from far away onto the data.
thetas = np.array([4.0, 2.0, 1.0, 0.5, 0.2, 0.15, 0.1, 0.05, 0.0])
jsd, c, kl, w1 = [], [], [], []
print("theta     JSD     C(G)    KL   W1")
for theta in thetas:
    p_g = bump(theta)
    jsd.append(js_divergence(p_data, p_g))
    c.append(gan_value(p_data, p_g, optimal_discriminator(p_data, p_g)))
    kl.append(kl_divergence(p_data, p_g))
    w1.append(wasserstein_distance(x, x, p_data, p_g))
    print(f"{theta:5.2f} {jsd[-1]:7.5f} {np.round(c[-1], 9) + 0.0:8.5f} {kl[-1]:5.1f} {w1[-1]:4.2f}")
jsd, c, kl, w1 = map(np.array, (jsd, c, kl, w1))
print(f"log 2 = {np.log(2):.5f}")
print(f"disjoint while theta >= 2w = {2 * w:g}")
