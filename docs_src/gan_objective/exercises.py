import numpy as np
from scipy.integrate import quad
from scipy.stats import norm

from divergence import gan_value, js_divergence, kl_divergence, optimal_discriminator

# 1.-2. D*, C(G) and the swapped discriminator for two distributions on four outcomes.
p1 = np.array([0.5, 0.3, 0.15, 0.05])
q1 = np.array([0.1, 0.2, 0.3, 0.4])
d1 = optimal_discriminator(p1, q1)
c1 = gan_value(p1, q1, d1)
jsd1 = js_divergence(p1, q1)
v1_swapped = gan_value(p1, q1, optimal_discriminator(q1, p1))
jeffreys1 = kl_divergence(p1, q1) + kl_divergence(q1, p1)
print(f"1. D* = {np.round(d1, 4)}")
print(f"   C(G) = {c1:.4f}")
print(f"   -log 4 + 2 JSD = {-np.log(4) + 2 * jsd1:.4f}")
print(f"2. V(swapped) = {v1_swapped:.4f} nats")
print(f"   JSD = {jsd1:.4f} <= J / 4 = {jeffreys1 / 4:.4f}")

# 3. Simultaneous gradient steps on V(u, v) = u v: u minimises V, v maximises it.
eta, steps = 0.1, 100
u, v = 1.0, 1.0
radius = [np.hypot(u, v)]
for _ in range(steps):
    u, v = u - eta * v, v + eta * u  # dV/du = v, dV/dv = u
    radius.append(np.hypot(u, v))
radius = np.array(radius)
print(f"3. |(u, v)|: {radius[0]:.4f} -> {radius[-1]:.4f}")
print(f"   r0 * sqrt(1 + eta^2)^{steps} = {np.sqrt(1 + eta**2) ** steps * radius[0]:.4f}")

# 5. The generator cost E_{x ~ p_g}[f(x)] with f = -p_data / p_g = -exp(logit of D*),
#    data N(0, 1), generator N(theta, 1); its gradient in theta, f held fixed.
theta3 = 1.5
data, gen = norm(0.0, 1.0), norm(theta3, 1.0)


def f(x):  # -exp(sigma^{-1}(D*(x))) = -p_data(x) / p_g(x)
    return -np.exp(data.logpdf(x) - gen.logpdf(x))


# d/dtheta p_g(x) = p_g(x) (x - theta) for a unit-variance normal.
grad_f = quad(lambda x: f(x) * gen.pdf(x) * (x - theta3), -30, 30, limit=200)[0]
# The maximum likelihood gradient: d/dtheta of -E_data[log p_g(x)] = -E_data[x - theta].
grad_ml = -quad(lambda x: data.pdf(x) * (x - theta3), -30, 30, limit=200)[0]
print(f"5. d/dtheta E_g[f] = {grad_f:.6f}")
print(f"   d/dtheta NLL     = {grad_ml:.6f}")  # NLL = -E_data[log p_g]
