import numpy as np
from slide_grid import normal_on_grid, tent_on_grid

from divergence import js_divergence, kl_divergence

h = 1e-3  # step of the central difference


def slope(f, s):
    return (f(s + h) - f(s - h)) / (2 * h)


# Two normals N(0, 1) and N(gap, 1): KL = gap^2 / 2 keeps growing, JSD flattens out.
p = normal_on_grid(0.0)
gaps = np.array([0.5, 1.0, 2.0, 4.0, 6.0, 8.0])
kl_n = np.array([kl_divergence(p, normal_on_grid(g)) for g in gaps])
jsd_n = np.array([js_divergence(p, normal_on_grid(g)) for g in gaps])
dkl_n = np.array([slope(lambda s: kl_divergence(p, normal_on_grid(s)), g) for g in gaps])
djsd_n = np.array([slope(lambda s: js_divergence(p, normal_on_grid(s)), g) for g in gaps])
print("normals     KL       dKL/dgap   JSD      dJSD/dgap")
for row in zip(gaps, kl_n, dkl_n, jsd_n, djsd_n):
    print("gap = {:3}  {:7.3f}  {:7.3f}    {:.6f} {:9.2e}".format(*row))

# Two tents of half-width 1: KL is infinite as soon as they differ, and JSD is
# exactly log 2 once they no longer overlap (shift >= 2).
t = tent_on_grid(0.0)
shifts = np.array([0.5, 1.0, 1.5, 2.5, 3.0])
kl_t = np.array([kl_divergence(t, tent_on_grid(s)) for s in shifts])
jsd_t = np.array([js_divergence(t, tent_on_grid(s)) for s in shifts])
djsd_t = np.array([slope(lambda u: js_divergence(t, tent_on_grid(u)), s) for s in shifts])
print("tents       KL       JSD      dJSD/dshift")
for row in zip(shifts, kl_t, jsd_t, djsd_t):
    print("shift = {:3}  {:5}  {:.6f} {:9.2e}".format(*row))
print(f"ln 2 = {np.log(2):.6f}")
