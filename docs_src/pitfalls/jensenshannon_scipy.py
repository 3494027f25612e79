import numpy as np
import scipy
from scipy.spatial.distance import jensenshannon

from divergence import js_distance, js_divergence

# 1. jensenshannon returns the distance sqrt(JSD), in nats unless base is given.
p = np.array([0.1, 0.4, 0.5])
q = np.array([0.8, 0.15, 0.05])
scipy_distance = jensenshannon(p, q)
jsd, distance = js_divergence(p, q), js_distance(p, q)
print(f"scipy {scipy.__version__}")
print(f"jensenshannon(p, q)      = {scipy_distance:.6f}")
print(f"jensenshannon(p, q)**2   = {scipy_distance**2:.6f}")
print(f"js_divergence(p, q)      = {jsd:.6f}")
print(f"js_distance(p, q)        = {distance:.6f}")

# 2. Nearly equal inputs: rounding makes scipy's JSD slightly negative, and its sqrt is NaN.
p_near = np.array([0.01, 0.99])
q_near = np.array([0.01 + 1e-16, 0.99 - 1e-16])
with np.errstate(invalid="ignore"):  # scipy's sqrt of a negative number warns
    scipy_near = jensenshannon(p_near, q_near)
jsd_near, distance_near = js_divergence(p_near, q_near), js_distance(p_near, q_near)
print(f"jensenshannon(p_near, q_near) = {scipy_near}")
print(f"js_divergence(p_near, q_near) = {jsd_near:.3e}")
print(f"js_distance(p_near, q_near)   = {distance_near:.3e}")

# 3. A subnormal probability: scipy returns inf for a distance that is at most sqrt(ln 2).
p_tiny, q_tiny = np.array([0.0, 1.0]), np.array([5e-324, 1.0])
with np.errstate(divide="ignore", invalid="ignore"):
    scipy_tiny = jensenshannon(p_tiny, q_tiny)
# For these inputs JSD = eps ln(2) / 2 exactly; split the sqrt so that it does not underflow.
exact_tiny = np.sqrt(q_tiny[0]) * np.sqrt(np.log(2) / 2)
distance_tiny = js_distance(p_tiny, q_tiny)
print(f"jensenshannon(p_tiny, q_tiny) = {scipy_tiny}")
print(f"js_distance(p_tiny, q_tiny)   = {distance_tiny:.3e}")
print(f"exact                         = {exact_tiny:.3e}")
