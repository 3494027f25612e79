import numpy as np

from divergence import entropy_normal, kl_normal

# Differential entropy of N(0, sigma^2) in nats: 0.5 * log(2 pi e sigma^2).
sigmas = np.array([1.0, 0.5, 0.1])
h = entropy_normal(sigmas)
peak_density = 1 / (sigmas * np.sqrt(2 * np.pi))  # p(0), a density, not a probability
for sigma, h_sigma, peak in zip(sigmas, h, peak_density):
    print(f"sigma = {sigma:<4}  p(0) = {peak:.3f}  h = {h_sigma:+.4f} nats")

# The KL divergence between the narrowest and the widest stays >= 0.
kl_narrow_wide = kl_normal(0.0, sigmas[-1], 0.0, sigmas[0])
print(f"KL(N(0, {sigmas[-1]}^2) || N(0, {sigmas[0]}^2)) = {kl_narrow_wide:.4f} nats")
