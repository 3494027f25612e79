"""The one validation path every public function goes through.

Each checker either returns a clean float64 array (or a checked scalar) or
raises :class:`ValueError` with a message that names the argument and says
what is wrong with it.  A wrong *type* (a string where a number belongs, a
masked array, a flag that is not a bool) is a ``ValueError`` too: callers
catch one exception class for every bad argument.  Nothing here clips,
renormalises or drops values unless the caller asked for it with
``normalize=True``.
"""

from __future__ import annotations

import math
import numbers
import operator
from typing import Any, SupportsIndex

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ._kernels import sum_rows
from ._typing import Reduction

#: How far ``sum(p)`` may be from 1 for ``p`` to count as a distribution.
#: Loose enough for float32 input and for hand-written tables such as
#: ``[0.1, 0.2, 0.7]`` (which sums to 0.9999999999999999 in binary);
#: tight enough to catch a table that was never normalised.
SUM_TOLERANCE = 1e-6

REDUCTIONS: tuple[Reduction, ...] = ("mean", "sum", "none")


def _as_array(x: ArrayLike, name: str) -> NDArray[np.float64]:
    """``x`` as a non-empty float64 array; finiteness is checked by the callers."""
    if type(x) is np.ndarray and x.dtype == np.float64:
        array = x  # the common case, without the dtype inspection below
    else:
        if isinstance(x, np.ma.MaskedArray):
            # np.asarray would silently read the masked entries as data.
            raise ValueError(
                f"{name} is a masked array; masks are not supported: pass "
                f"{name}.compressed() to drop the masked entries, or {name}.filled(value)"
            )
        try:
            array = np.asarray(x)
        except (ValueError, TypeError, OverflowError) as exc:  # ragged lists, odd objects
            raise ValueError(f"{name} is not a rectangular array of numbers: {exc}") from None
        if array.dtype.kind not in "biuf":
            raise ValueError(f"{name} must contain real numbers, got dtype {array.dtype}")
        # A long double beyond the float64 range becomes inf, reported below as such.
        with np.errstate(over="ignore"):
            array = array.astype(np.float64, copy=False)
    if array.size == 0:
        raise ValueError(f"{name} is empty (shape {array.shape})")
    return array


def _raise_non_finite(array: NDArray[np.float64], name: str) -> None:
    if np.isnan(array).any():
        raise ValueError(f"{name} contains NaN; every entry must be a finite number")
    if np.isinf(array).any():
        raise ValueError(f"{name} contains inf; every entry must be a finite number")


def as_float_array(x: ArrayLike, name: str) -> NDArray[np.float64]:
    """``x`` as a non-empty float64 array of finite numbers."""
    array = _as_array(x, name)
    # The sum of finite numbers is finite unless it overflows, so one cheap
    # pass settles the common case.
    # Large finite entries may add up to inf, and +inf + -inf is NaN: both
    # are diagnosed below, without a RuntimeWarning.
    with np.errstate(over="ignore", invalid="ignore"):
        total = array.sum()
    if not np.isfinite(total):
        _raise_non_finite(array, name)
    return array


def check_axis(axis: SupportsIndex, ndim: int, name: str) -> int:
    """``axis`` as a non-negative index into an array of ``ndim`` dimensions.

    Typed as the API types it; checked at run time for what callers may pass
    anyway (a bool, a float, an array).
    """
    if type(axis) is not int and (isinstance(axis, (bool, np.bool_)) or not isinstance(axis, numbers.Integral)):
        raise ValueError(f"axis must be an integer, got {axis!r}")
    index = operator.index(axis)
    if not -ndim <= index < ndim:
        raise ValueError(f"axis {index} is out of bounds for {name}, which has {ndim} dimension(s)")
    return index % ndim


def log_of_base(base: Any) -> float:
    """The natural log of ``base``: the divisor that converts nats to ``base`` units.

    A base between 0 and 1 is accepted and, as the logarithm does, flips the
    sign of every result (so entropies and divergences come out <= 0).
    """
    if base is None:
        return 1.0
    if isinstance(base, (bool, np.bool_)) or not isinstance(base, numbers.Real):
        raise ValueError(f"base must be a real number or None (nats), got {base!r}")
    value = _to_float(base, "base")
    if not (math.isfinite(value) and value > 0 and value != 1):
        raise ValueError(f"base must be finite, positive and not 1 (2 gives bits, None nats), got {base!r}")
    return math.log(value)


def _to_float(value: Any, name: str) -> float:
    """``float(value)`` for a real number, with overflow (a huge int) as a ValueError."""
    try:
        return float(value)
    except OverflowError:
        shown = repr(value)
        if len(shown) > 40:  # a 400-digit integer helps nobody in a message
            shown = (
                f"an integer of {len(str(abs(int(value))))} digits"
                if isinstance(value, numbers.Integral)
                else shown[:40] + "..."
            )
        raise ValueError(f"{name} is too large for float64 (at most about 1.8e308), got {shown}") from None


def check_flag(value: Any, name: str) -> bool:
    """``value`` as a bool; only True and False (and numpy bools) are flags.

    A string such as ``"False"`` is truthy: accepting it would do the opposite
    of what it says.
    """
    if not isinstance(value, (bool, np.bool_)):
        raise ValueError(f"{name} must be True or False, got {value!r}")
    return bool(value)


def check_reduction(reduction: Any) -> Reduction:
    """``reduction`` as one of the three literals (a type checker cannot vouch for callers)."""
    for option in REDUCTIONS:
        if isinstance(reduction, str) and reduction == option:
            return option
    raise ValueError(f"reduction must be one of {REDUCTIONS}, got {reduction!r}")


def as_distribution(
    x: ArrayLike, name: str, *, axis: SupportsIndex = -1, normalize: bool = False
) -> NDArray[np.float64]:
    """``x`` as float64 distributions laid out along the **last** axis.

    The array is validated along ``axis`` and that axis is moved to the end,
    so the kernels only ever reduce over the last axis.
    """
    normalize = check_flag(normalize, "normalize")
    array = _as_array(x, name)
    if array.ndim == 0:
        raise ValueError(f"{name} is a scalar; a distribution needs at least one dimension")
    if type(axis) is not int or axis != -1:  # -1, the default, needs no check or move
        axis_index = check_axis(axis, array.ndim, name)
        if axis_index != array.ndim - 1:
            array = np.moveaxis(array, axis_index, -1)
    smallest = np.minimum.reduce(array, axis=None)  # array.min() adds ~1 us of overhead
    if not smallest >= 0:  # also true for NaN
        _raise_non_finite(array, name)
        count = int(np.count_nonzero(array < 0))
        raise ValueError(
            f"{name} has {count} negative entr{'y' if count == 1 else 'ies'} "
            f"(smallest {smallest:g}); probabilities and weights must be >= 0"
        )
    totals = sum_rows(array)  # a numpy scalar for 1-D input
    smallest_total, largest_total = (totals, totals) if totals.ndim == 0 else (totals.min(), totals.max())
    # NaN compares false, so a bad row of any kind falls through to the
    # diagnosis below.
    if normalize:
        if smallest_total > 0 and largest_total < np.inf:
            return array / totals[..., np.newaxis]
        if smallest_total > 0 and np.isfinite(array).all():
            # Finite weights whose sum overflows: an exact power-of-two
            # rescaling first, so that the proportions are still computed.
            exponent = int(np.frexp(np.max(array))[1]) + math.ceil(math.log2(array.shape[-1]))
            with np.errstate(under="ignore"):  # entries this small are 0 after normalising anyway
                array = np.ldexp(array, -exponent)
            return array / sum_rows(array)[..., np.newaxis]
    elif max(abs(smallest_total - 1.0), abs(largest_total - 1.0)) <= SUM_TOLERANCE:
        return array
    if not np.isfinite(totals).all():
        _raise_non_finite(array, name)
        raise ValueError(f"{name} has entries too large to add up in float64")
    if not (totals > 0).all():
        raise ValueError(
            f"{name} has a distribution whose entries are all zero; "
            "it cannot be a probability distribution, even with normalize=True"
        )
    off = np.abs(totals - 1.0)
    worst = float(np.ravel(totals)[int(np.argmax(off))])
    raise ValueError(
        f"{name} does not sum to 1 along axis {axis} (a sum of {worst:.10g}, "
        f"tolerance {SUM_TOLERANCE:g}); pass normalize=True to rescale "
        "weights or counts into a distribution"
    )


def as_probabilities(x: ArrayLike, name: str) -> NDArray[np.float64]:
    """``x`` as an array of probabilities, each in [0, 1]."""
    array = as_float_array(x, name)
    outside = (array < 0) | (array > 1)
    if outside.any():
        first = float(array[outside].flat[0])
        raise ValueError(
            f"{name} must lie in [0, 1], but {int(outside.sum())} entr"
            f"{'y' if outside.sum() == 1 else 'ies'} do not (for example {first:g})"
        )
    return array


# --- samples, parameters and covariances (maximum likelihood, closed forms,
# --- estimators and the GAN objective) -------------------------------------------------


#: The largest count an array length can hold (also the largest useful k).
MAX_COUNT = int(np.iinfo(np.intp).max)


def check_positive_int(value: Any, name: str, maximum: int = MAX_COUNT) -> int:
    """``value`` as a Python int in ``1 .. maximum`` (bools are not integers here)."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Integral):
        raise ValueError(f"{name} must be a positive integer, got {value!r}")
    number = int(value)
    if number < 1:
        raise ValueError(f"{name} must be a positive integer, got {value!r}")
    if number > maximum:
        raise ValueError(f"{name} must be at most {maximum}, got {value!r}")
    return number


def check_nonnegative_scalar(value: Any, name: str) -> float:
    """``value`` as a finite float >= 0."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise ValueError(f"{name} must be a real number, got {value!r}")
    result = _to_float(value, name)
    if not (math.isfinite(result) and result >= 0):
        raise ValueError(f"{name} must be finite and >= 0, got {value!r}")
    return result


def as_nonnegative(x: ArrayLike, name: str) -> NDArray[np.float64]:
    """``x`` as finite float64 numbers >= 0 (densities, weights); no sum is required."""
    array = as_float_array(x, name)
    if not array.min() >= 0:
        raise ValueError(f"{name} has negative entries (smallest {array.min():g}); it must be >= 0")
    return array


def as_positive(x: ArrayLike, name: str) -> NDArray[np.float64]:
    """``x`` as finite float64 numbers > 0 (standard deviations, scales)."""
    array = as_float_array(x, name)
    if not array.min() > 0:
        raise ValueError(f"{name} must be > 0 everywhere, but its smallest entry is {array.min():g}")
    return array


def broadcast_named(arrays: dict[str, NDArray[np.float64]]) -> list[NDArray[np.float64]]:
    """The values of ``arrays`` broadcast to one shape; an error names every argument."""
    values = list(arrays.values())
    if all(a.shape == values[0].shape for a in values):
        return values
    try:
        shape = np.broadcast_shapes(*(a.shape for a in arrays.values()))
    except ValueError:
        described = ", ".join(f"{name} {a.shape}" for name, a in arrays.items())
        raise ValueError(f"the shapes of {described} do not broadcast together") from None
    return [np.broadcast_to(a, shape) for a in arrays.values()]


def as_distributions(
    arrays: dict[str, ArrayLike], *, axis: SupportsIndex = -1, normalize: bool = False
) -> list[NDArray[np.float64]]:
    """Named distributions, checked, outcomes moved to the last axis, broadcast together.

    The arrays broadcast as numpy arrays do (missing axes are added on the
    left), and ``axis`` names an axis of the broadcast shape. The outcome
    axis must have the same length in all of them: broadcasting a
    one-outcome distribution across ``n`` outcomes would make it a
    different (and unnormalised) distribution. Only the batch axes broadcast.
    """
    check_flag(normalize, "normalize")
    raw = {name: _as_array(a, name) for name, a in arrays.items()}
    first, *others = raw.values()
    if all(a.shape == first.shape for a in others):  # the common case: nothing to align
        return [as_distribution(a, name, axis=axis, normalize=normalize) for name, a in raw.items()]
    given = {name: a.shape for name, a in raw.items()}
    ndim = max(a.ndim for a in raw.values())
    for name, a in raw.items():
        if a.ndim == 0:
            raise ValueError(f"{name} is a scalar; a distribution needs at least one dimension")
        if a.ndim < ndim:
            # As numpy broadcasts: missing axes are added on the left, so that
            # `axis` names the same axis of every input.
            raw[name] = a.reshape((1,) * (ndim - a.ndim) + a.shape)
    checked = [as_distribution(a, name, axis=axis, normalize=normalize) for name, a in raw.items()]
    lengths = [a.shape[-1] for a in checked]
    if lengths.count(lengths[0]) != len(lengths):
        described = ", ".join(f"{name} has {n}" for name, n in zip(raw, lengths, strict=False))
        raise ValueError(f"the distributions must have the same number of outcomes along axis {axis}: {described}")
    try:
        np.broadcast_shapes(*(a.shape for a in checked))
    except ValueError:
        described = ", ".join(f"{name} {shape}" for name, shape in given.items())
        raise ValueError(f"the shapes of {described} do not broadcast together") from None
    return broadcast_named(dict(zip(raw, checked, strict=False)))


def as_binary_samples(x: ArrayLike, name: str) -> NDArray[np.float64]:
    """``x`` flattened to a 1-D float64 array of 0s and 1s (bools are accepted)."""
    array = as_float_array(x, name).ravel()
    outside = (array != 0) & (array != 1)
    if outside.any():
        raise ValueError(
            f"{name} must contain only 0 and 1 (Bernoulli outcomes), but {int(outside.sum())} "
            f"entr{'y' if outside.sum() == 1 else 'ies'} do not (for example {array[outside][0]:g})"
        )
    return array


def as_category_samples(x: ArrayLike, name: str, n_categories: int) -> NDArray[np.intp]:
    """``x`` flattened to 1-D integer labels in ``0 .. n_categories - 1``."""
    array = as_float_array(x, name).ravel()
    outside = (array != np.floor(array)) | (array < 0) | (array >= n_categories)
    if outside.any():
        raise ValueError(
            f"{name} must contain integer category labels 0 .. {n_categories - 1}, but "
            f"{int(outside.sum())} entr{'y' if outside.sum() == 1 else 'ies'} do not "
            f"(for example {array[outside][0]:g})"
        )
    return array.astype(np.intp)


def as_samples(x: ArrayLike, name: str, *, min_samples: int = 1, why: str = "") -> NDArray[np.float64]:
    """``x`` as an ``(n, d)`` float64 array: rows are samples; 1-D input is ``(n, 1)``.

    At least ``min_samples`` rows are required; ``why`` ends the message
    that says so (for example ``" for k = 3 neighbours"``).
    """
    array = as_float_array(x, name)
    if array.ndim == 1:
        array = array[:, np.newaxis]
    elif array.ndim != 2:
        raise ValueError(
            f"{name} must be 1-D (n samples) or 2-D (n samples x d dimensions), "
            f"got {array.ndim} dimension(s), shape {array.shape}"
        )
    if array.shape[0] < min_samples:
        raise ValueError(f"{name} has {array.shape[0]} sample(s); at least {min_samples} are needed{why}")
    return array


def check_same_dimension(x: NDArray[np.float64], y: NDArray[np.float64], names: tuple[str, str]) -> None:
    """Two ``(n, d)`` sample arrays must live in the same space."""
    if x.shape[1] != y.shape[1]:
        raise ValueError(
            f"{names[0]} and {names[1]} must have the same dimension d (columns), got {x.shape[1]} and {y.shape[1]}"
        )


def as_vector(x: ArrayLike, name: str) -> NDArray[np.float64]:
    """``x`` as a 1-D float64 array of finite numbers (a mean vector)."""
    array = as_float_array(x, name)
    if array.ndim != 1:
        raise ValueError(f"{name} must be a 1-D vector, got shape {array.shape}")
    return array


#: A covariance counts as singular when a pivot of its Cholesky factorisation
#: (a conditional variance) is below this fraction of that variable's variance.
SINGULAR_RTOL = 64 * np.finfo(np.float64).eps


def cholesky_factor(cov: ArrayLike, name: str, dim: int | None = None) -> NDArray[np.float64]:
    """The lower Cholesky factor ``L`` (``cov = L @ L.T``) of a covariance matrix.

    Raises ``ValueError`` naming ``name`` if ``cov`` is not a square matrix
    (of size ``dim``, if given), is not symmetric, or is not positive
    definite to working precision: singular covariances (a variable that is
    constant, or a linear combination of others) are rejected rather than
    given a log-determinant of -inf.
    """
    array = as_float_array(cov, name)
    if array.ndim != 2 or array.shape[0] != array.shape[1]:
        raise ValueError(f"{name} must be a square 2-D matrix, got shape {array.shape}")
    if dim is not None and array.shape[0] != dim:
        raise ValueError(f"{name} must be {dim} x {dim} to match the mean, got shape {array.shape}")
    scale = float(np.abs(array).max())
    with np.errstate(over="ignore", invalid="ignore"):  # a - a.T beyond 1e308 is inf, not equal
        symmetric = np.allclose(array, array.T, rtol=1e-10, atol=1e-12 * scale)
    if not symmetric:
        raise ValueError(f"{name} is not symmetric, so it is not a covariance matrix")
    variances = np.diag(array)
    try:
        factor = np.asarray(np.linalg.cholesky(array), dtype=np.float64)
    except np.linalg.LinAlgError:
        factor = None
    if (
        factor is None
        or not variances.min() > 0
        # Each pivot squared is a conditional variance: compare it with that
        # variable's own variance, so that the units of the others do not matter.
        or (np.diag(factor) ** 2 <= SINGULAR_RTOL * variances).any()
    ):
        raise ValueError(
            f"{name} is not positive definite (it is singular or has a negative eigenvalue); "
            "a Gaussian with this covariance has no density"
        )
    return factor
