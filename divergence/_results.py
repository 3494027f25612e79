"""The shape of what public functions return, and x log y: shared by every module."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray


def to_result(values: ArrayLike, divisor: float = 1.0) -> float | NDArray[np.float64]:
    """``values / divisor`` as the API returns it: a Python float for one value, else an array."""
    result = np.asarray(values, dtype=np.float64)
    if divisor != 1.0:
        with np.errstate(over="ignore"):  # a base near 1 can take a large value past 1e308
            result = result / divisor
    return float(result) if result.ndim == 0 else result


def xlogy(x: ArrayLike, y: ArrayLike) -> NDArray[np.float64]:
    """``x * log(y)`` with ``0 log y = 0`` for every y (also 0), and no RuntimeWarning."""
    x = np.asarray(x, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(x > 0, x * np.log(y), 0.0)
