import numpy as np

# Ten coin flips (1 = heads, 0 = tails); shared by this folder's examples.
flips = np.array([1, 0, 1, 1, 0, 1, 1, 1, 0, 1])
