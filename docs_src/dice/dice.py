import numpy as np

# Three six-sided dice, shared by the examples in this folder.
faces = np.arange(1, 7)
dice = {
    "fair": np.full(6, 1 / 6),
    "loaded": np.array([0.1, 0.1, 0.1, 0.1, 0.1, 0.5]),
    "heavily loaded": np.array([0.01, 0.01, 0.01, 0.01, 0.01, 0.95]),
}
