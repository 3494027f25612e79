from gan_pair import p_data, p_g

from divergence import gan_value, kl_divergence, optimal_discriminator

d_star = optimal_discriminator(p_data, p_g)  # p_data / (p_data + p_g)
d_swapped = optimal_discriminator(p_g, p_data)  # p_g / (p_data + p_g): the misremembered formula

v_star = gan_value(p_data, p_g, d_star)
v_half = gan_value(p_data, p_g, 0.5)  # the discriminator that cannot tell them apart
v_swapped = gan_value(p_data, p_g, d_swapped)
jeffreys = kl_divergence(p_data, p_g) + kl_divergence(p_g, p_data)
print(f"V(D*)        = {v_star:.4f} nats")
print(f"V(1/2)       = {v_half:.4f} nats")
print(f"V(swapped)   = {v_swapped:.4f} nats")
print(f"V(D*) - KL(P||Q) - KL(Q||P) = {v_star - jeffreys:.4f}")

# Where one distribution has no mass, the swapped formula is certain and wrong.
p_data_2, p_g_2 = [0.5, 0.5, 0.0], [0.0, 0.5, 0.5]
v_swapped_2 = gan_value(p_data_2, p_g_2, optimal_discriminator(p_g_2, p_data_2))
print(f"partly disjoint: V(swapped) = {v_swapped_2}")
