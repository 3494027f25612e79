"""Exact power-of-two rescaling: intermediate results that over- or underflow
float64 while the answer does not.

Multiplying by ``2**e`` changes only the exponent of a float, so it loses
nothing (unless the result is subnormal); the functions here scale inputs
into the middle of the float range, compute there, and scale the answer back.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]
#: What the helpers take: float64 arrays, other float arrays, or Python floats.
Floats = NDArray[np.floating[Any]] | float
#: Powers of two: integer arrays or Python ints.
Exponents = NDArray[np.integer[Any]] | int


def exponent_of(largest: float) -> int:
    """``e`` with ``largest * 2**-e`` in [0.5, 1); 0 for ``largest == 0``."""
    return int(np.frexp(largest)[1]) if largest > 0 else 0


def to_unit(array: Array) -> tuple[Array, int]:
    """``(array * 2**-e, e)`` with the largest magnitude in [0.5, 1)."""
    exponent = exponent_of(float(np.max(np.abs(array))))
    return ldexp(array, -exponent), exponent  # entries 2**-1074 below the largest: 0


def ldexp(value: Floats, exponent: Exponents) -> Array:
    """``value * 2**exponent``: inf beyond the float range, 0 below it, without a warning."""
    with np.errstate(over="ignore", under="ignore"):
        return np.asarray(np.ldexp(value, exponent), dtype=np.float64)


def difference(a: Floats, b: Floats) -> tuple[Array, int]:
    """``(delta, e)`` with ``a - b == delta * 2**e``, also where ``a - b`` overflows.

    ``e`` is 0 unless some difference overflows; then every difference is
    computed as ``a/2 - b/2`` (exact for normal floats) and ``e`` is 1.
    """
    with np.errstate(over="ignore"):
        delta = np.subtract(a, b, dtype=np.float64)
    if np.isfinite(delta).all():
        return delta, 0
    return np.subtract(np.multiply(a, 0.5), np.multiply(b, 0.5), dtype=np.float64), 1


def quotient(numerator: Floats, denominator: Floats) -> tuple[Array, NDArray[np.intc]]:
    """``(r, e)`` with ``numerator / denominator == r * 2**e``, r never over- or underflowing."""
    top, top_exponent = np.frexp(numerator)
    bottom, bottom_exponent = np.frexp(denominator)
    return np.asarray(top / bottom, dtype=np.float64), top_exponent - bottom_exponent


def half_square(value: Floats, exponent: Exponents = 0) -> Array:
    """``(value * 2**exponent)**2 / 2`` without intermediate over- or underflow."""
    mantissa, power = np.frexp(value)
    return ldexp(0.5 * mantissa * mantissa, 2 * (np.asarray(power, dtype=np.intc) + exponent))


def half_squared_norm(vectors: Array, exponent: int = 0) -> Array:
    """``||v * 2**exponent||**2 / 2`` over the last axis, without over- or underflow."""
    largest = np.max(np.abs(vectors), axis=-1, keepdims=True)
    _, power = np.frexp(largest)
    unit = ldexp(vectors, -power)
    squares = np.sum(unit * unit, axis=-1)
    return ldexp(0.5 * squares, 2 * (power[..., 0] + exponent))


def mean(values: Array, axis: int | None = None) -> Array:
    """``values.mean(axis)``, finite whenever the true mean is, though the sum may not be."""
    with np.errstate(over="ignore"):
        result = np.mean(values, axis=axis)
    if np.isfinite(result).all() or not np.isfinite(values).all():
        return np.asarray(result, dtype=np.float64)
    n = values.size if axis is None else values.shape[axis]
    shift = exponent_of(float(n))  # each term divided by 2**shift >= n: the sum stays finite
    with np.errstate(under="ignore"):
        scaled = np.ldexp(values, -shift)
    return ldexp(np.asarray(np.mean(scaled, axis=axis), dtype=np.float64), shift)


def centred_moments(columns: Array) -> tuple[Array, Array, Array]:
    """Column means, deviations from them, and the corrected scatter matrix.

    The means come from exactly rounded sums (``math.fsum``), so they are
    within an ulp; the scatter is the corrected two-pass sum
    ``D.T @ D - s s.T / n`` (D the deviations, s their column sums), which
    removes what the rounding of the mean adds: nearly constant data (a
    spread of a few ulps of the mean) keeps its variance.
    """
    n = columns.shape[0]
    means = np.array([math.fsum(column) for column in columns.T]) / n
    deviations = columns - means
    sums = np.array([math.fsum(column) for column in deviations.T])
    scatter = deviations.T @ deviations - np.outer(sums, sums) / n
    return means, deviations, scatter
