import numpy as np
from gan_pair import p_data, p_g

from divergence import binary_cross_entropy, gan_value, optimal_discriminator

p_data, p_g = np.array(p_data), np.array(p_g)
discriminators = {
    "D = 1/2": np.full(4, 0.5),  # cannot tell the two apart
    "guess": np.array([0.3, 0.6, 0.7, 0.5]),
    "D*": optimal_discriminator(p_data, p_g),
}

v, v_by_definition, minus_bce = {}, {}, {}
for name, d in discriminators.items():
    v[name] = gan_value(p_data, p_g, d)
    # V(D, G) = E_data[log D(x)] + E_g[log(1 - D(x))], written out.
    v_by_definition[name] = np.sum(p_data * np.log(d)) + np.sum(p_g * np.log(1 - d))
    # The discriminator's BCE: label 1 for data, label 0 for generated samples.
    bce_real = binary_cross_entropy(np.ones(4), d, reduction="none")
    bce_fake = binary_cross_entropy(np.zeros(4), d, reduction="none")
    minus_bce[name] = -(np.sum(p_data * bce_real) + np.sum(p_g * bce_fake))

for name, d in discriminators.items():
    print(f"{name:>7}: {np.round(d, 3)}")
print("in nats:       V      sum     -BCE")
for name in discriminators:
    print(f"{name:>7}: {v[name]:8.4f} {v_by_definition[name]:8.4f} {minus_bce[name]:8.4f}")
print(f" -log 4: {-np.log(4):8.4f}")
