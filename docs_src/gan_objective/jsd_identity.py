import numpy as np
from gan_pair import p_data, p_g
from scipy.integrate import quad
from scipy.special import logsumexp
from scipy.stats import norm

from divergence import gan_value, js_divergence, kl_divergence, optimal_discriminator

log4 = np.log(4)

# Discrete: the value at D* against -log 4 + 2 JSD (natural logs, nats).
c_discrete = gan_value(p_data, p_g, optimal_discriminator(p_data, p_g))
jsd_discrete = js_divergence(p_data, p_g)
m = (np.array(p_data) + np.array(p_g)) / 2  # the mixture M
kl_to_m = kl_divergence(p_data, m) + kl_divergence(p_g, m)
print("discrete:")
print(f"  C(G)           = {c_discrete:.6f}")
print(f"  -log 4 + 2 JSD = {-log4 + 2 * jsd_discrete:.6f}")
print(f"  via KL to M    = {-log4 + kl_to_m:.6f}")  # -log 4 + KL(P||M) + KL(Q||M)
c_equal = gan_value(p_data, p_data, optimal_discriminator(p_data, p_data))
print("p_g = p_data:")
print(f"  C(G)           = {c_equal:.6f}")
print(f"  -log 4         = {-log4:.6f}")

# Continuous: data N(0, 1), generator N(2, 1.5^2), integrals by scipy.integrate.quad.
data, gen = norm(0.0, 1.0), norm(2.0, 1.5)


def log_mix(x):  # log(p_data(x) + p_g(x)), without underflow in the tails
    return logsumexp([data.logpdf(x), gen.logpdf(x)])


def v_star(x):  # p_data log D*(x) + p_g log(1 - D*(x))
    return data.pdf(x) * (data.logpdf(x) - log_mix(x)) + gen.pdf(x) * (gen.logpdf(x) - log_mix(x))


def jsd_terms(x):  # (1/2) p_data log(p_data / M) + (1/2) p_g log(p_g / M)
    log_m = log_mix(x) - np.log(2)
    return 0.5 * (data.pdf(x) * (data.logpdf(x) - log_m) + gen.pdf(x) * (gen.logpdf(x) - log_m))


c_quad = quad(v_star, -30, 40, points=[0.0, 2.0], limit=200)[0]
jsd_quad = quad(jsd_terms, -30, 40, points=[0.0, 2.0], limit=200)[0]
print("continuous, quad:")
print(f"  C(G)           = {c_quad:.6f}")
print(f"  -log 4 + 2 JSD = {-log4 + 2 * jsd_quad:.6f}")

# The same with the library on a fine grid (densities times dx, renormalised).
x = np.linspace(-15.0, 20.0, 35_001)
f_data, f_g = data.pdf(x), gen.pdf(x)
c_grid = gan_value(f_data, f_g, optimal_discriminator(f_data, f_g), normalize=True)
jsd_grid = js_divergence(f_data, f_g, normalize=True)
print("continuous, grid:")
print(f"  C(G)           = {c_grid:.6f}")
print(f"  -log 4 + 2 JSD = {-log4 + 2 * jsd_grid:.6f}")
