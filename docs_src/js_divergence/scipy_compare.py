import numpy as np
import scipy
from scipy.spatial.distance import jensenshannon
from scipy.special import rel_entr

from divergence import js_distance, js_divergence

scipy_version = scipy.__version__
print(f"scipy {scipy_version}")

# 1. An ordinary pair: scipy returns the distance sqrt(JSD), not the divergence.
p, q = [0.5, 0.5], [0.9, 0.1]
scipy_value = jensenshannon(p, q)  # natural log unless base= is given
ours_jsd, ours_dist = js_divergence(p, q), js_distance(p, q)
print(f"jensenshannon(p, q) = {scipy_value:.6f}")
print(f"js_distance(p, q)   = {ours_dist:.6f}")
print(f"js_divergence(p, q) = {ours_jsd:.6f} = {ours_dist:.6f}^2")

# 2. A nearly equal pair: scipy takes the square root of a tiny negative number.
p_near, q_near = [0.5, 0.5], [0.500000001, 0.499999999]
with np.errstate(invalid="ignore"):  # silence the RuntimeWarning of that sqrt
    scipy_near = jensenshannon(p_near, q_near)
m_near = (np.array(p_near) + np.array(q_near)) / 2
under_root = (rel_entr(p_near, m_near).sum() + rel_entr(q_near, m_near).sum()) / 2
eps = q_near[0] - p_near[0]  # exact in floating point
series = eps**2 / 2  # JSD = eps^2/2 + O(eps^4) for this pair
near_jsd, near_dist = js_divergence(p_near, q_near), js_distance(p_near, q_near)
print(f"jensenshannon(p, q) = {scipy_near}   (JSD it took the root of: {under_root:.2e})")
print(f"js_divergence(p, q) = {near_jsd:.6e}   (eps^2 / 2 = {series:.6e})")
print(f"js_distance(p, q)   = {near_dist:.6e}")

# 3. scipy issue #19436: an infinite "distance" for a pair that differs by 5e-324.
p_tiny, q_tiny = [0.0, 1.0], [5e-324, 1.0]
with np.errstate(divide="ignore", invalid="ignore"):
    scipy_tiny = jensenshannon(p_tiny, q_tiny)
tiny_dist = js_distance(p_tiny, q_tiny)
# The exact distance is sqrt(q0 ln(2) / 2); its square is below the smallest float64.
exact_tiny = np.sqrt(np.log(2) / 2) * np.sqrt(q_tiny[0])
print(f"jensenshannon = {scipy_tiny}, js_distance = {tiny_dist:.6e} (exact: {exact_tiny:.6e})")
