import itertools

import numpy as np
from mle_flips import flips
from scipy.integrate import quad

from divergence import log_likelihood

n = flips.size


def likelihood(theta):
    return np.exp(log_likelihood(flips, "bernoulli", p=theta))


# Over theta, with the data fixed: the area under L(theta) is not 1.
area_over_theta, _ = quad(likelihood, 0.0, 1.0)

# Over all 2^n possible data sets, with theta fixed: the probabilities add up to 1.
theta = 0.7
all_data = itertools.product([0, 1], repeat=n)
total_over_data = sum(np.exp(log_likelihood(list(x), "bernoulli", p=theta)) for x in all_data)

print(f"integral of L(theta) d theta over [0, 1] = {area_over_theta:.6f}")
print(f"sum of L over all {2**n} data sets at theta = {theta} : {total_over_data:.15f}")
