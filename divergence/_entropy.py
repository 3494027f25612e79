"""Entropy, cross entropy, KL divergence and JS divergence of discrete distributions."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import SupportsIndex, overload

import numpy as np
from numpy.typing import ArrayLike

from ._kernels import Array, Term, row_sums, sum_rows
from ._results import to_result, xlogy
from ._typing import FloatArray
from ._validation import as_distribution, as_distributions, log_of_base

__all__ = ["cross_entropy", "entropy", "js_distance", "js_divergence", "kl_divergence"]

#: A fast-path sum (per unit of probability mass) at least this large is
#: accurate to ~1e-13 relative as it stands: its rounding error is a few ulps
#: of the mass. Smaller sums are redone by the careful path, which stays
#: accurate for nearly identical distributions.
_TRUST_ABOVE = 1e-2
_LOG2 = math.log(2.0)
_TINY = np.finfo(np.float64).tiny  # the smallest normal float64


def _finish(sums: Array, divisor: float, upper: float = math.inf) -> float | Array:
    """``sums`` (clipped to ``upper``) in the caller's units: a float for one row."""
    if sums.ndim == 0:
        return min(float(sums), upper) / divisor  # the common case, kept cheap
    return to_result(np.minimum(sums, upper), divisor)


def _fast_then_careful(fast: Term, careful: Term, p: Array, q: Array, n_scratch: int) -> Array:
    """Row sums of ``fast``, with the rows it cannot be trusted on redone by ``careful``.

    The fast path is trusted where its sum is at least ``_TRUST_ABOVE``
    (a true +inf included); the fast terms mark what they could not compute
    (overflow, lost bits) as NaN, and nearly identical distributions give
    small sums: both are redone.
    """
    sums = row_sums(fast, [p, q], n_scratch)
    if sums.ndim == 0 and float(sums) >= _TRUST_ABOVE:
        return sums  # one distribution, trusted: skip the array bookkeeping below
    trusted = sums >= _TRUST_ABOVE
    if not bool(np.logical_and.reduce(trusted, axis=None)):
        n = p.shape[-1]
        redo = ~trusted.reshape(-1)
        flat = sums.reshape(-1)  # a view: row_sums returns a fresh array
        flat[redo] = row_sums(careful, [p.reshape(-1, n)[redo], q.reshape(-1, n)[redo]], 0)
    return sums


# --- per-block terms (see _kernels.row_sums) ------------------------------------------


def _has_nan(sums: Array) -> bool:
    """Whether any row sum is NaN; cheap for the common single row."""
    if sums.shape[0] == 1:
        return bool(sums[0] != sums[0])
    return bool(np.isnan(sums).any())


def _all_finite(sums: Array) -> bool:
    """Whether every row sum is finite; cheap for the common single row."""
    if sums.shape[0] == 1:
        return math.isfinite(sums[0])
    return bool(np.isfinite(sums).all())


def _entropy_term(blocks: Sequence[Array], scratch: Array) -> Array:
    (p,) = blocks
    (log_p,) = scratch
    with np.errstate(divide="ignore", invalid="ignore"):
        np.log(p, out=log_p)
        np.multiply(log_p, p, out=log_p)  # NaN where p == 0 (0 * -inf)
    sums = sum_rows(log_p)
    if _has_nan(sums):  # 0 log 0 = 0: fmin turns those NaNs into 0, every other term is < 0
        zero_rows = np.isnan(sums)
        sums[zero_rows] = np.fmin(log_p[zero_rows], 0.0).sum(axis=-1)
    return 0.0 - sums  # not -sums: a zero entropy should print as 0.0, not -0.0


def _cross_entropy_term(blocks: Sequence[Array], scratch: Array) -> Array:
    p, q = blocks
    (log_q,) = scratch
    with np.errstate(divide="ignore", invalid="ignore"):
        np.log(q, out=log_q)
        np.multiply(log_q, p, out=log_q)  # NaN where p == q == 0; -inf where only q == 0
    sums = sum_rows(log_q)
    if _has_nan(sums):  # outcomes P never produces cost nothing, whatever Q says
        nan_rows = np.isnan(sums)  # (p = q = 0); fmin keeps -inf and turns NaN into 0
        sums[nan_rows] = np.fmin(log_q[nan_rows], 0.0).sum(axis=-1)
    return 0.0 - sums


def _kl_fast(blocks: Sequence[Array], scratch: Array) -> Array:
    # The sum of p * phi(r), r = q/p - 1, phi(r) = r - log(1 + r) >= 0.  Since
    # sum(q - p) = 0 for two distributions, this is sum p log(p/q), but every
    # term is non-negative, so nothing cancels between outcomes.  phi itself
    # cancels for small r; _fast_then_careful redoes the rows where that
    # matters, and those where q/p left the float range.
    p, q = blocks
    ratio, terms = scratch
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        np.divide(q, p, out=ratio)
        # A q/p that underflowed has lost bits (or all of them: 0 for q > 0),
        # which log would turn into a wrong term, even a false inf; such rows
        # are marked untrusted (NaN) below. q = 0 < p is a true inf and stays.
        # (fmin: a 0/0 elsewhere in the block must not hide a small ratio.)
        lost_bits = None
        if np.fmin.reduce(ratio, axis=None) < _TINY:
            lost_bits = ((ratio < _TINY) & (q > 0)).any(axis=-1)
        np.log(ratio, out=terms)
        np.subtract(ratio, 1.0, out=ratio)
        np.subtract(ratio, terms, out=terms)
        np.multiply(terms, p, out=terms)  # NaN or inf at a zero or where q/p overflows
        sums = sum_rows(terms)
        if _has_nan(sums):  # p = 0 contributes the mass Q puts there
            rows = np.isnan(sums)
            # Still NaN where q/p overflowed: those rows go to the careful path.
            sums[rows] = np.where(p[rows] == 0, q[rows], terms[rows]).sum(axis=-1)
        if lost_bits is not None:
            sums[lost_bits] = np.nan
    return sums


#: |r| below which phi(r) = r - log1p(r) is summed as its series: the direct
#: difference cancels there, and nine terms of the series reach ~1e-17.
PHI_SERIES_BELOW = 1e-2


def _phi_series(r: Array) -> Array:
    """phi(r) = r - log1p(r) for |r| < PHI_SERIES_BELOW, to ~1e-17 relative."""
    acc = np.full_like(r, 1.0 / 10.0)
    for k in range(9, 1, -1):
        acc = 1.0 / k - r * acc
    return r * r * acc


def _kl_careful(blocks: Sequence[Array], scratch: Array) -> Array:
    """Row sums of p * phi(q/p - 1), each term accurate to a few ulps."""
    p, q = blocks
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        r = (q - p) / p  # q - p is exact when q is near p (Sterbenz), unlike q/p - 1
        ratio = q / p
        log_ratio = np.where(  # log q - log p when q/p over- or underflows
            (ratio >= _TINY) & (ratio < np.inf), np.log(ratio), np.log(q) - np.log(p)
        )
        phi = np.where(np.abs(r) < PHI_SERIES_BELOW, _phi_series(r), r - log_ratio)
        terms = np.where(np.isfinite(r), p * phi, (q - p) - p * log_ratio)
    # p = 0: the mass Q puts where P has none; q = 0 < p: a true +inf.
    sums: Array = np.where(p == 0, q, np.where(q == 0, np.inf, terms)).sum(axis=-1)
    return sums


def _js_fast(blocks: Sequence[Array], scratch: Array) -> Array:
    # Twice the JS term of an outcome: q log(q/m) + p log(p/m), m = (p + q)/2.
    # Symmetric in p and q to the last bit.  (np.log is vectorised in numpy
    # and np.log1p is not, hence no log1p here.)
    p, q = blocks
    scale, a, b = scratch
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        np.add(p, q, out=scale)
        np.divide(2.0, scale, out=scale)  # 1/m: one division instead of two
        np.multiply(q, scale, out=a)
        np.multiply(p, scale, out=b)
        log_ab = scratch[1:]  # a and b are adjacent: one call takes both logs
        np.log(log_ab, out=log_ab)
        np.multiply(a, q, out=a)
        np.multiply(b, p, out=b)
        np.add(a, b, out=a)  # NaN where p or q is zero (0 * -inf)
    sums = sum_rows(a)
    if not _all_finite(sums):
        rows = np.isnan(sums)  # where only one of p, q is positive: (p + q) log 2
        terms = a[rows]
        sums[rows] = np.where(np.isnan(terms), (p[rows] + q[rows]) * _LOG2, terms).sum(axis=-1)
        # JS is never infinite: an inf here is 2/(p + q) overflowing for a
        # subnormal p + q; NaN sends the row to the careful path.
        sums[sums == np.inf] = np.nan
    return sums


def _js_careful(blocks: Sequence[Array], scratch: Array) -> Array:
    """Row sums of twice the JS term, each accurate to a few ulps even where p ~ q.

    With s = p + q and delta = (q - p)/s the term is s psi(delta), where
    psi(delta) = ((1+delta) log(1+delta) + (1-delta) log(1-delta)) / 2
               = delta atanh(delta) + log1p(-delta^2) / 2.
    For small delta the last form loses at most a bit or two (delta^2 against
    delta^2/2) where the first cancels completely; near |delta| = 1 atanh is
    ill-conditioned, and the direct form q log(q/m) + p log(p/m) is used.
    """
    p, q = blocks
    s = p + q
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        delta = (q - p) / s
        near = s * (delta * np.arctanh(delta) + 0.5 * np.log1p(-delta * delta))
        # (q + q)/s, not q/m: m = s/2 underflows to 0 when s is the smallest subnormal.
        far = xlogy(q, (q + q) / s) + xlogy(p, (p + p) / s)
    terms = np.where(np.abs(delta) < 0.5, near, far)
    sums: Array = np.where(s == 0, 0.0, terms).sum(axis=-1)
    return sums


_SMALLEST_NORMAL = float(np.finfo(np.float64).tiny)
#: Even, so that the square root undoes it exactly; 2**600 keeps p, q <= 1 far from overflow.
_JS_SCALE = 600


# --- public API ---------------------------------------------------------------------


@overload
def entropy(
    p: Sequence[float],
    *,
    base: float | None = ...,
    axis: SupportsIndex = ...,
    normalize: bool = ...,
) -> float: ...
@overload
def entropy(
    p: Sequence[Sequence[float]],
    *,
    base: float | None = ...,
    axis: SupportsIndex = ...,
    normalize: bool = ...,
) -> FloatArray: ...
@overload
def entropy(
    p: ArrayLike, *, base: float | None = ..., axis: SupportsIndex = ..., normalize: bool = ...
) -> float | FloatArray: ...


def entropy(
    p: ArrayLike, *, base: float | None = None, axis: SupportsIndex = -1, normalize: bool = False
) -> float | FloatArray:
    r"""Shannon entropy of a discrete distribution.

    .. math:: H(P) = -\sum_x p(x) \log p(x)

    with :math:`0 \log 0 = 0`. The result is in nats (natural log) unless
    ``base`` says otherwise: ``base=2`` gives bits.

    Parameters
    ----------
    p : array_like
        Probabilities, laid out along ``axis``; every other axis is a batch
        of independent distributions. Lists, ints, float32 and float64 are
        accepted; the computation is in float64.
    base : float, optional
        Logarithm base. ``None`` (the default) means nats; ``2`` means bits.
        Any finite base > 0 other than 1 is accepted; a base below 1
        flips the sign of the result, as the logarithm does.
    axis : int, optional
        The axis along which the outcomes lie. Default: the last.
    normalize : bool, optional
        If true, ``p`` may be any non-negative weights or counts and is
        divided by its sum. If false (the default), ``p`` must already sum
        to 1 within ``1e-6``.

    Returns
    -------
    float or ndarray
        A float for a single distribution; an array of the batch shape
        otherwise. In [0, log n] for n outcomes (for input that sums to 1
        only within the tolerance, up to that tolerance).

    Raises
    ------
    ValueError
        If ``p`` is empty, contains NaN, inf or negative entries, is all
        zero, does not sum to 1 (and ``normalize`` is false), or if ``axis``
        or ``base`` is invalid. The message names the argument.
        Masked arrays (refused rather than read as if unmasked) and values
        of the wrong type (a string, None, a complex number, a flag that is
        not a bool) raise ``ValueError`` too, naming the argument.

    See Also
    --------
    cross_entropy, kl_divergence

    Notes
    -----
    **Accuracy:** within 1e-12 relative of the exact entropy of the given
    floats (tested against 100-digit mpmath with subnormal weights, and with
    weights up to 1e308 under ``normalize=True``).

    **Types:** a flat ``Sequence[float]`` is typed to give ``float`` and a
    nested sequence an ndarray (overloads); for an ndarray argument the static
    type is the union ``float | ndarray``, since the kind of result depends on
    its number of dimensions, which numpy's types do not carry.

    ``scipy.stats.entropy`` silently divides ``p`` by its sum, so a table
    that was never normalised gives a plausible-looking wrong answer
    instead of an error; here rescaling happens only when asked for with
    ``normalize=True``. Negative entries are an error here, not a NaN.

    Examples
    --------
    >>> from divergence import entropy
    >>> entropy([0.5, 0.5], base=2)  # a fair coin
    1.0
    >>> entropy([1.0, 0.0])  # a double-headed coin: no uncertainty
    0.0
    >>> round(entropy([1, 1, 1, 1, 1, 1], base=2, normalize=True), 6)  # a fair die
    2.584963
    """
    log_base = log_of_base(base)
    dist = as_distribution(p, "p", axis=axis, normalize=normalize)
    return _finish(row_sums(_entropy_term, [dist], 1), log_base)


@overload
def cross_entropy(
    p: Sequence[float],
    q: Sequence[float],
    *,
    base: float | None = ...,
    axis: SupportsIndex = ...,
    normalize: bool = ...,
) -> float: ...
@overload
def cross_entropy(
    p: Sequence[Sequence[float]],
    q: ArrayLike,
    *,
    base: float | None = ...,
    axis: SupportsIndex = ...,
    normalize: bool = ...,
) -> FloatArray: ...
@overload
def cross_entropy(
    p: ArrayLike,
    q: Sequence[Sequence[float]],
    *,
    base: float | None = ...,
    axis: SupportsIndex = ...,
    normalize: bool = ...,
) -> FloatArray: ...
@overload
def cross_entropy(
    p: ArrayLike,
    q: ArrayLike,
    *,
    base: float | None = ...,
    axis: SupportsIndex = ...,
    normalize: bool = ...,
) -> float | FloatArray: ...


def cross_entropy(
    p: ArrayLike,
    q: ArrayLike,
    *,
    base: float | None = None,
    axis: SupportsIndex = -1,
    normalize: bool = False,
) -> float | FloatArray:
    r"""Cross entropy of a model distribution ``q`` relative to a true distribution ``p``.

    .. math:: H(P, Q) = -\sum_x p(x) \log q(x)

    the average code length, in nats (or ``base`` units), of outcomes drawn
    from P when the code is built for Q. It equals ``entropy(p) +
    kl_divergence(p, q)``, so ``H(P, Q) >= H(P)`` with equality exactly
    when Q = P: the cross entropy of a distribution with itself is its
    entropy, not 0.

    Parameters
    ----------
    p : array_like
        The target ("true", data) distribution, along ``axis``.
    q : array_like
        The model distribution, along ``axis``. ``p`` and ``q`` must have
        the same number of outcomes; their batch axes broadcast.
    base : float, optional
        Logarithm base; ``None`` (default) for nats, ``2`` for bits.
    axis : int, optional
        The axis along which the outcomes lie. Default: the last.
    normalize : bool, optional
        Rescale both inputs to sum to 1 instead of requiring it.

    Returns
    -------
    float or ndarray
        ``+inf`` where Q gives probability 0 to an outcome P can produce.
        Outcomes with p = 0 contribute 0, even where q = 0.

    Raises
    ------
    ValueError
        For invalid distributions (see `entropy`), outcome counts that
        differ, or batch shapes that do not broadcast.
        Masked arrays (refused rather than read as if unmasked) and values
        of the wrong type (a string, None, a complex number, a flag that is
        not a bool) raise ``ValueError`` too, naming the argument.

    Notes
    -----
    **Accuracy:** within 1e-12 relative of the exact value for the given floats
    (tested against 100-digit mpmath).

    **Types:** a flat ``Sequence[float]`` is typed to give ``float`` and a
    nested sequence an ndarray (overloads); for an ndarray argument the static
    type is the union ``float | ndarray``, since the kind of result depends on
    its number of dimensions, which numpy's types do not carry.

    The order is (target, model), as in information theory. PyTorch's
    ``cross_entropy(input, target)`` takes logits first and the target
    second; Keras' ``categorical_crossentropy(y_true, y_pred)`` clips
    ``y_pred`` to ``[1e-7, 1 - 1e-7]``, so a confident wrong prediction
    costs about 16.1 nats there instead of infinity. Nothing is clipped
    here. No RuntimeWarning is emitted for the infinite case.

    Examples
    --------
    >>> from divergence import cross_entropy, entropy
    >>> p = [0.5, 0.5]
    >>> cross_entropy(p, p, base=2) == entropy(p, base=2) == 1.0
    True
    >>> cross_entropy([1.0, 0.0], [0.0, 1.0])
    inf
    """
    log_base = log_of_base(base)
    dist_p, dist_q = as_distributions({"p": p, "q": q}, axis=axis, normalize=normalize)
    return _finish(row_sums(_cross_entropy_term, [dist_p, dist_q], 1), log_base)


@overload
def kl_divergence(
    p: Sequence[float],
    q: Sequence[float],
    *,
    base: float | None = ...,
    axis: SupportsIndex = ...,
    normalize: bool = ...,
) -> float: ...
@overload
def kl_divergence(
    p: Sequence[Sequence[float]],
    q: ArrayLike,
    *,
    base: float | None = ...,
    axis: SupportsIndex = ...,
    normalize: bool = ...,
) -> FloatArray: ...
@overload
def kl_divergence(
    p: ArrayLike,
    q: Sequence[Sequence[float]],
    *,
    base: float | None = ...,
    axis: SupportsIndex = ...,
    normalize: bool = ...,
) -> FloatArray: ...
@overload
def kl_divergence(
    p: ArrayLike,
    q: ArrayLike,
    *,
    base: float | None = ...,
    axis: SupportsIndex = ...,
    normalize: bool = ...,
) -> float | FloatArray: ...


def kl_divergence(
    p: ArrayLike,
    q: ArrayLike,
    *,
    base: float | None = None,
    axis: SupportsIndex = -1,
    normalize: bool = False,
) -> float | FloatArray:
    r"""Kullback–Leibler divergence of ``q`` from ``p``.

    .. math:: D_{\mathrm{KL}}(P \,\|\, Q) = \sum_x p(x) \log \frac{p(x)}{q(x)}
              = H(P, Q) - H(P)

    the extra nats (or ``base`` units) per outcome paid for coding outcomes
    of P with a code built for Q. It is >= 0, is 0 exactly when P = Q, and
    is not symmetric.

    Parameters
    ----------
    p : array_like
        The reference ("true", data) distribution, along ``axis``.
    q : array_like
        The approximating (model) distribution, along ``axis``.
    base : float, optional
        Logarithm base; ``None`` (default) for nats, ``2`` for bits.
    axis : int, optional
        The axis along which the outcomes lie. Default: the last.
    normalize : bool, optional
        Rescale both inputs to sum to 1 instead of requiring it.

    Returns
    -------
    float or ndarray
        Never negative and never NaN. ``+inf`` where Q gives probability 0
        to an outcome P can produce (without a RuntimeWarning).

    Raises
    ------
    ValueError
        For invalid distributions (see `entropy`), outcome counts that
        differ, or batch shapes that do not broadcast.
        Masked arrays (refused rather than read as if unmasked) and values
        of the wrong type (a string, None, a complex number, a flag that is
        not a bool) raise ``ValueError`` too, naming the argument.

    Notes
    -----
    **Accuracy:** within 1e-12 relative of the exact value of the form below
    for the given floats, from subnormal probabilities up (tested against
    100-digit mpmath).

    **Types:** a flat ``Sequence[float]`` is typed to give ``float`` and a
    nested sequence an ndarray (overloads); for an ndarray argument the static
    type is the union ``float | ndarray``, since the kind of result depends on
    its number of dimensions, which numpy's types do not carry.

    The sum is computed as :math:`\sum_{p>0} p\,\varphi(q/p - 1) + \sum_{p=0} q`
    with :math:`\varphi(r) = r - \log(1 + r) \ge 0`, which equals the
    definition when both inputs sum to 1 and has no cancelling terms. For
    nearly identical distributions it stays accurate to about 1e-15
    relative where ``scipy.stats.entropy(p, q)`` returns noise: at a true
    value of 1e-25 scipy's relative error is of order 1e8. For inputs that
    sum to 1 only within the tolerance, the result differs from the literal
    sum by ``sum(q) - sum(p)``, at most 2e-6.

    ``scipy.stats.entropy(p, q)`` silently renormalises both inputs;
    ``torch.nn.functional.kl_div(input, target)`` takes the *log* of Q
    first and P second, i.e. reversed order; Keras'
    ``KLDivergence`` clips both inputs to ``[1e-7, 1]``, so it is finite
    where the true divergence is infinite.

    Examples
    --------
    >>> from divergence import kl_divergence
    >>> p, q = [0.5, 0.5], [0.9, 0.1]
    >>> round(kl_divergence(p, q), 6), round(kl_divergence(q, p), 6)
    (0.510826, 0.368064)
    >>> kl_divergence([0.5, 0.5], [1.0, 0.0])
    inf
    """
    log_base = log_of_base(base)
    dist_p, dist_q = as_distributions({"p": p, "q": q}, axis=axis, normalize=normalize)
    return _finish(_fast_then_careful(_kl_fast, _kl_careful, dist_p, dist_q, 2), log_base)


@overload
def js_divergence(
    p: Sequence[float],
    q: Sequence[float],
    *,
    base: float | None = ...,
    axis: SupportsIndex = ...,
    normalize: bool = ...,
) -> float: ...
@overload
def js_divergence(
    p: Sequence[Sequence[float]],
    q: ArrayLike,
    *,
    base: float | None = ...,
    axis: SupportsIndex = ...,
    normalize: bool = ...,
) -> FloatArray: ...
@overload
def js_divergence(
    p: ArrayLike,
    q: Sequence[Sequence[float]],
    *,
    base: float | None = ...,
    axis: SupportsIndex = ...,
    normalize: bool = ...,
) -> FloatArray: ...
@overload
def js_divergence(
    p: ArrayLike,
    q: ArrayLike,
    *,
    base: float | None = ...,
    axis: SupportsIndex = ...,
    normalize: bool = ...,
) -> float | FloatArray: ...


def js_divergence(
    p: ArrayLike,
    q: ArrayLike,
    *,
    base: float | None = None,
    axis: SupportsIndex = -1,
    normalize: bool = False,
) -> float | FloatArray:
    r"""Jensen–Shannon divergence between ``p`` and ``q``.

    .. math:: \mathrm{JSD}(P, Q) = \tfrac12 D_{\mathrm{KL}}(P \,\|\, M)
              + \tfrac12 D_{\mathrm{KL}}(Q \,\|\, M), \qquad M = \tfrac12 (P + Q)

    Symmetric, always finite, and between 0 and :math:`\log 2` (1 bit with
    ``base=2``); 0 exactly when P = Q. In the GAN paper, the value of the
    game at the optimal discriminator is :math:`-\log 4 + 2\,\mathrm{JSD}`.

    Parameters
    ----------
    p, q : array_like
        Distributions along ``axis``, with the same number of outcomes;
        their batch axes broadcast.
    base : float, optional
        Logarithm base; ``None`` (default) for nats, ``2`` for bits.
    axis : int, optional
        The axis along which the outcomes lie. Default: the last.
    normalize : bool, optional
        Rescale both inputs to sum to 1 instead of requiring it.

    Returns
    -------
    float or ndarray
        In ``[0, log 2]`` in nats, ``[0, 1]`` in bits; never NaN.

    Raises
    ------
    ValueError
        For invalid distributions (see `entropy`), outcome counts that
        differ, or batch shapes that do not broadcast.
        Masked arrays (refused rather than read as if unmasked) and values
        of the wrong type (a string, None, a complex number, a flag that is
        not a bool) raise ``ValueError`` too, naming the argument.

    Notes
    -----
    **Accuracy:** within 1e-12 relative of the exact value for the given
    floats, subnormal probabilities included (tested against 100-digit mpmath);
    within 1e-6 relative for nearly identical distributions, where the value is
    below about 1e-20.

    **Types:** a flat ``Sequence[float]`` is typed to give ``float`` and a
    nested sequence an ndarray (overloads); for an ndarray argument the static
    type is the union ``float | ndarray``, since the kind of result depends on
    its number of dimensions, which numpy's types do not carry.

    Each outcome contributes :math:`\tfrac12 s\,\psi(\delta)` with
    :math:`s = p + q`, :math:`\delta = (q - p)/s` and
    :math:`\psi(\delta) = \tfrac12[(1+\delta)\log(1+\delta) + (1-\delta)\log(1-\delta)]`,
    evaluated as :math:`\delta \operatorname{artanh}\delta + \tfrac12\log(1 - \delta^2)`
    for rows whose divergence is small, where the direct form cancels, so the
    result stays accurate for nearly identical inputs.
    ``scipy.spatial.distance.jensenshannon`` returns the square root of
    this (see `js_distance`), renormalises silently, and can return NaN for
    nearly equal inputs (a tiny negative value under the square root).
    If inputs sum to 1 only within tolerance, a result above
    :math:`\log 2` (by at most that tolerance) is reported as
    :math:`\log 2`, the bound for true distributions.

    Examples
    --------
    >>> from divergence import js_divergence
    >>> js_divergence([1.0, 0.0], [0.0, 1.0], base=2)  # disjoint supports
    1.0
    >>> js_divergence([0.5, 0.5], [0.9, 0.1]) == js_divergence([0.9, 0.1], [0.5, 0.5])
    True
    """
    log_base = log_of_base(base)
    dist_p, dist_q = as_distributions({"p": p, "q": q}, axis=axis, normalize=normalize)
    # Rounding, or inputs that sum to 1 only within SUM_TOLERANCE, can push
    # the sum a hair over log 2, the bound that holds for distributions.
    # (_finish halves the sum of twice the terms along with the change of base.)
    twice = _fast_then_careful(_js_fast, _js_careful, dist_p, dist_q, 3)
    return _finish(twice, 2 * log_base, upper=2 * _LOG2)


@overload
def js_distance(
    p: Sequence[float],
    q: Sequence[float],
    *,
    base: float | None = ...,
    axis: SupportsIndex = ...,
    normalize: bool = ...,
) -> float: ...
@overload
def js_distance(
    p: Sequence[Sequence[float]],
    q: ArrayLike,
    *,
    base: float | None = ...,
    axis: SupportsIndex = ...,
    normalize: bool = ...,
) -> FloatArray: ...
@overload
def js_distance(
    p: ArrayLike,
    q: Sequence[Sequence[float]],
    *,
    base: float | None = ...,
    axis: SupportsIndex = ...,
    normalize: bool = ...,
) -> FloatArray: ...
@overload
def js_distance(
    p: ArrayLike,
    q: ArrayLike,
    *,
    base: float | None = ...,
    axis: SupportsIndex = ...,
    normalize: bool = ...,
) -> float | FloatArray: ...


def js_distance(
    p: ArrayLike,
    q: ArrayLike,
    *,
    base: float | None = None,
    axis: SupportsIndex = -1,
    normalize: bool = False,
) -> float | FloatArray:
    r"""Jensen–Shannon distance: the square root of `js_divergence`.

    .. math:: d_{\mathrm{JS}}(P, Q) = \sqrt{\mathrm{JSD}(P, Q)}

    A metric on distributions (symmetric, zero only for P = Q, and it
    satisfies the triangle inequality), unlike the divergence itself. It
    gives the same numbers as ``scipy.spatial.distance.jensenshannon``
    for the same ``base``, but never NaN and without silent renormalisation.

    Parameters
    ----------
    p, q : array_like
        Distributions along ``axis``; see `js_divergence`.
    base : float, optional
        Logarithm base used for the divergence before the square root;
        ``None`` (default) for nats, ``2`` for bits.
    axis : int, optional
        The axis along which the outcomes lie. Default: the last.
    normalize : bool, optional
        Rescale both inputs to sum to 1 instead of requiring it.

    Returns
    -------
    float or ndarray
        In ``[0, sqrt(log 2)]`` in nats, ``[0, 1]`` in bits.

    Raises
    ------
    ValueError
        As `js_divergence`, and for a ``base`` between 0 and 1.
        Masked arrays (refused rather than read as if unmasked) and values
        of the wrong type (a string, None, a complex number, a flag that is
        not a bool) raise ``ValueError`` too, naming the argument.

    Notes
    -----
    **Accuracy:** half the relative error of `js_divergence`.

    **Types:** a flat ``Sequence[float]`` is typed to give ``float`` and a
    nested sequence an ndarray (overloads); for an ndarray argument the static
    type is the union ``float | ndarray``, since the kind of result depends on
    its number of dimensions, which numpy's types do not carry.

    Examples
    --------
    >>> from divergence import js_distance
    >>> js_distance([1.0, 0.0], [0.0, 1.0], base=2)
    1.0
    """
    log_base = log_of_base(base)
    if log_base < 0:
        raise ValueError(
            f"base must be greater than 1 for js_distance (got {base!r}): below 1 every "
            "divergence changes sign and has no square root"
        )
    dist_p, dist_q = as_distributions({"p": p, "q": q}, axis=axis, normalize=normalize)
    twice = np.minimum(_fast_then_careful(_js_fast, _js_careful, dist_p, dist_q, 3), 2 * _LOG2)
    distance = np.asarray(np.sqrt(twice / (2 * log_base)))
    # A divergence below the normal range has lost its relative precision (it
    # can round to 0) while its square root is an ordinary float: redo those
    # rows with both distributions scaled by 2**_JS_SCALE, to which every term
    # of the careful sum is proportional.
    tiny = twice < _SMALLEST_NORMAL
    if bool(np.logical_or.reduce(tiny, axis=None)):
        n = dist_p.shape[-1]
        rows = tiny.reshape(-1)
        up = 2.0**_JS_SCALE
        scaled = row_sums(_js_careful, [dist_p.reshape(-1, n)[rows] * up, dist_q.reshape(-1, n)[rows] * up], 0)
        flat = distance.reshape(-1)
        flat[rows] = np.sqrt(scaled / (2 * log_base)) * 2.0 ** (-_JS_SCALE // 2)
    return to_result(distance)
