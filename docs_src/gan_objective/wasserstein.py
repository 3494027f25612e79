import numpy as np
from bumps import bump, dx, p_data, x
from scipy.stats import wasserstein_distance

# W1 between the data bump and the bump at theta, three ways. In 1-D, W1(P, Q) is
# the area between the two CDFs: the integral of |F_P(x) - F_Q(x)| dx.
thetas = [4.0, 1.0, 0.1]
w1_cdf, w1_scipy, w1_points = [], [], []
print("theta      CDFs     scipy    points")
for theta in thetas:
    p_g = bump(theta)
    w1_cdf.append(np.sum(np.abs(np.cumsum(p_data) - np.cumsum(p_g))) * dx)
    w1_scipy.append(wasserstein_distance(x, x, p_data, p_g))
    w1_points.append(wasserstein_distance([0.0], [theta]))  # two point masses, at 0 and theta
    print(f"{theta:5.1f}  {w1_cdf[-1]:8.6f}  {w1_scipy[-1]:8.6f}  {w1_points[-1]:8.6f}")
