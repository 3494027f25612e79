"""The types of the public signatures, in one place.

``ArrayLike`` arguments accept lists, scalars and arrays. Where the kind of
result follows from the *type* of the input the signatures are overloaded
(a flat ``Sequence[float]`` of outcomes gives a ``float``, a nested one an
array); for a numpy array it depends on its number of dimensions, which
the type does not carry, and the result is the union ``float | FloatArray``.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
from numpy.typing import NDArray

#: What the functions return for a batch, and take where an exact float64 array is meant.
FloatArray = NDArray[np.float64]
#: The ``reduction`` of the losses.
Reduction = Literal["mean", "sum", "none"]
#: The ``family`` of `log_likelihood`.
Family = Literal["bernoulli", "categorical", "normal"]
