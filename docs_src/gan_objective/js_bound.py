import numpy as np

from divergence import gan_value, js_divergence, optimal_discriminator

# Disjoint supports: two distributions as far apart as distributions can be.
p_data, p_g = [1.0, 0.0], [0.0, 1.0]
jsd_nats = js_divergence(p_data, p_g)  # natural log: the largest JSD is log 2
jsd_bits = js_divergence(p_data, p_g, base=2)  # base 2: the same divergence is 1 bit
c = gan_value(p_data, p_g, optimal_discriminator(p_data, p_g))

# If the JSD could reach 1 nat, C(G) = -log 4 + 2 JSD could reach this:
c_misread = -np.log(4) + 2 * 1.0
print(f"JSD = {jsd_nats:.4f} nats = {jsd_bits:.4f} bits")
print(f"log 2 = {np.log(2):.4f}")
print(f"C(G) = -log 4 + 2 JSD = {c:.4f} nats")
print(f"if JSD reached 1 nat: C(G) = {c_misread:.4f}")
