import numpy as np

# Narrow triangular bumps of half-width w on a fine grid; shared by this folder's examples.
dx = 0.001
x = np.round(np.arange(-1.0, 5.0 + dx / 2, dx), 6)
w = 0.1


def bump(center):
    """A triangular bump of half-width w at `center`, as probabilities on the grid."""
    p = np.maximum(0.0, 1.0 - np.abs(x - center) / w)
    return p / p.sum()


p_data = bump(0.0)  # the data: a narrow bump at 0
