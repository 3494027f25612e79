# Distributions on one fine grid, shared by this folder's sliding examples.
import numpy as np

x = np.linspace(-10.0, 30.0, 4001)  # step 0.01


def normal_on_grid(mean):
    # N(mean, 1) discretised on the grid: positive at every grid point.
    w = np.exp(-0.5 * (x - mean) ** 2)
    return w / w.sum()


def tent_on_grid(centre):
    # A triangular bump of half-width 1: exactly zero outside (centre - 1, centre + 1).
    w = np.clip(1.0 - np.abs(x - centre), 0.0, None)
    return w / w.sum()
