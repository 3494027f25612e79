"""Estimators of KL divergence and differential entropy from samples, by nearest neighbours."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy.spatial import cKDTree
from scipy.special import digamma, gammaln

from ._validation import as_samples, check_positive_int, check_same_dimension, log_of_base

__all__ = ["entropy_knn", "kl_divergence_knn"]


#: The samples are scaled so that the largest |coordinate| lies just below
#: 2**_HEADROOM: cKDTree squares distances, and squares of up to
#: 4 d 2**(2 _HEADROOM) stay finite for any d below 2**40, while distances
#: down to _RESOLVABLE keep normal squares. Distinct points closer than about
#: 2**-(_HEADROOM + 509) of the largest coordinate (1e-298) cannot be resolved.
_HEADROOM = 480
#: Distances below this (in the rescaled coordinates) have squares in the
#: subnormal range or at 0: cKDTree would merge distinct points or misorder
#: neighbours.
_RESOLVABLE = math.sqrt(float(np.finfo(np.float64).tiny)) * 4


class _Samples:
    """A sample set as its distinct points (rescaled) and how often each occurs.

    Copies are counted, not stored: every search then runs over distinct
    points, so the cost is O(n log n) however many samples are tied (a
    k-d tree over thousands of copies of one point would search them all).
    """

    def __init__(self, scaled: NDArray[np.float64], exponent: int, name: str) -> None:
        self.name = name
        self.exponent = exponent
        self.n = scaled.shape[0]
        # + 0.0 turns -0.0 into 0.0: the same point, which must count as a copy.
        if scaled.shape[1] == 1:
            values, self.counts = np.unique(scaled[:, 0] + 0.0, return_counts=True)
            self.points = values[:, np.newaxis]
        else:
            self.points, self.counts = np.unique(scaled + 0.0, axis=0, return_counts=True)
        if self.points.shape[0] == 1:
            raise ValueError(
                f"every sample of {name} coincides with the point {self.user(self.points[0])}; "
                "no neighbour at a positive distance exists, so the density cannot be estimated"
            )
        self.tree = cKDTree(self.points)

    def user(self, point: NDArray[np.float64]) -> NDArray[np.float64]:
        """A point in the caller's coordinates (undoing `_unit_scale`, exactly)."""
        return np.ldexp(point, self.exponent)

    def neighbours(
        self, queries: NDArray[np.float64], k: int, *, own: bool
    ) -> tuple[NDArray[np.float64], NDArray[np.intp]]:
        """For each query point, its distance to the k-th nearest sample and the rank used.

        Samples count with their copies. With ``own`` the queries are this
        set's distinct points, in order, and one copy of each (the query
        itself) is not its own neighbour. Where the k-th neighbour is a copy
        of the query (distance 0), the rank moves on to the first sample at
        a positive distance, ``k_i = copies + 1``.
        """
        # k + 1 distinct points always hold k samples besides the query's own copies.
        n_near = min(k + 1, self.points.shape[0])
        found = self.tree.query(queries, k=list(range(1, n_near + 1)), workers=-1)
        # A list of ranks always gives 2-D arrays (one row per query).
        distances = np.asarray(found[0], dtype=np.float64)
        index = np.asarray(found[1], dtype=np.intp)
        weights = self.counts[index]
        zero = distances == 0
        if own:
            itself = index == np.arange(queries.shape[0])[:, np.newaxis]
            weights = weights - itself
            merged = zero & ~itself
        else:  # at most one distinct point can equal the query
            merged = zero & (np.cumsum(zero, axis=1) > 1)
            first_zero = np.flatnonzero(zero[:, 0])
            wrong = (self.points[index[first_zero, 0]] != queries[first_zero]).any(axis=1)
            merged[first_zero[wrong], 0] = True
        copies = np.sum(weights * zero, axis=1)
        tied = copies >= k
        # Untied: the first neighbour at which the running count of samples reaches k.
        column = np.argmax(np.cumsum(weights, axis=1) >= k, axis=1)
        # Tied: the first distinct neighbour at a positive distance.
        column[tied] = np.argmax(distances[tied] > 0, axis=1)
        rows = np.arange(queries.shape[0])
        chosen = distances[rows, column]
        bad = merged.any(axis=1) | (chosen < _RESOLVABLE)
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            j = int(np.flatnonzero(merged[i])[0]) if merged[i].any() else int(column[i])
            raise ValueError(
                f"{self.name} has distinct points closer together than float64 can resolve at "
                f"the scale of the samples (the point {self.user(queries[i])} and its neighbour "
                f"{self.user(self.points[index[i, j]])}: a squared distance underflows); "
                "the estimators need the gaps between distinct samples to stay above about "
                "1e-298 of the largest coordinate"
            )
        ranks = np.where(tied, copies + 1, k)
        return chosen, ranks.astype(np.intp)


def _unit_scale(*samples: NDArray[np.float64]) -> tuple[list[NDArray[np.float64]], int]:
    """The samples times 2**-e, so that the largest coordinate lies just below 2**_HEADROOM.

    cKDTree squares distances: unscaled, coordinates beyond ~1e154 overflow
    and gaps below ~1e-154 underflow. Placed high in the range, the squares
    of gaps from 2**-509 up to the largest distance are all normal floats.
    A power of two rescales exactly, the KL estimate is invariant to it, and
    a differential entropy shifts by d * e * log 2.
    """
    largest = max(float(np.abs(s).max()) for s in samples)
    exponent = int(np.frexp(largest)[1]) - _HEADROOM if largest > 0 else 0
    with np.errstate(under="ignore"):
        return [np.ldexp(s, -exponent) for s in samples], exponent


def _weighted_mean(values: NDArray[np.floating[Any]], counts: NDArray[np.intp]) -> float:
    """The mean over samples of a quantity computed once per distinct point."""
    return float(np.dot(counts, values) / counts.sum())


def kl_divergence_knn(x: ArrayLike, y: ArrayLike, *, k: int = 1, base: float | None = None) -> float:
    r"""Estimate :math:`D_{\mathrm{KL}}(P \,\|\, Q)` from samples, by k-nearest-neighbour distances.

    The estimator of Wang, Kulkarni and Verdú (2009): for samples
    :math:`x_1, \dots, x_n \sim P` and :math:`y_1, \dots, y_m \sim Q` in
    :math:`\mathbb R^d`,

    .. math:: \hat D = \frac dn \sum_{i=1}^n \log\frac{\nu_k(i)}{\rho_k(i)}
              + \log\frac{m}{n - 1}

    where :math:`\rho_k(i)` is the Euclidean distance from :math:`x_i` to
    its k-th nearest neighbour among the other :math:`x_j`, and
    :math:`\nu_k(i)` the distance to its k-th nearest neighbour among the
    :math:`y_j`. In nats (or ``base`` units). It is consistent
    (:math:`\hat D \to D` as :math:`n, m \to \infty`) for continuous
    distributions with densities, needs no bandwidth, and works in any
    dimension, though its bias grows with :math:`d`.

    Parameters
    ----------
    x : array_like, shape (n,) or (n, d)
        Samples from P, the reference distribution; rows are samples, 1-D
        input is one-dimensional data. At least ``k + 1`` samples.
    y : array_like, shape (m,) or (m, d)
        Samples from Q, with the same ``d``; at least ``k`` samples.
        ``x`` and ``y`` must be independent samples: passing the same
        array twice is not a sample from P = Q (see Notes).
    k : int, optional
        The neighbour rank (default 1). Larger ``k`` lowers the variance
        and raises the bias.
    base : float, optional
        Logarithm base; ``None`` (default) for nats, ``2`` for bits.

    Returns
    -------
    float
        The estimate. Unlike the true divergence it can be slightly
        negative (when P and Q are close). Always finite, never NaN.

    Raises
    ------
    ValueError
        If ``x`` or ``y`` is empty, contains NaN or inf, is not 1-D or
        2-D, has too few samples for ``k``, or their dimensions differ; if
        ``k`` is not a positive integer; if all samples of ``x``, or all
        samples of ``y``, are one point (a constant sample has no density
        to estimate, whether or not an ``x`` lies on it); if two distinct
        samples are closer than float64 can resolve at the scale of the
        data (a distance below about 1e-298 times the largest coordinate,
        e.g. ``[0, 1e-300, 1]``: a k-d tree squares distances, and such
        points would be merged or misordered); or if ``base`` is invalid. The message names
        the argument and shows the offending points in the caller's
        coordinates.
        Masked arrays (refused rather than read as if unmasked) and values
        of the wrong type (a string, None, a complex number, a flag that is
        not a bool) raise ``ValueError`` too, naming the argument.

    See Also
    --------
    entropy_knn, kl_normal, kl_mvn

    Notes
    -----
    **Accuracy:** the formula is evaluated to within 1e-12 relative of a
    brute-force evaluation over all pairwise distances, ties included (tested).
    As an estimate of the true divergence its error is statistical, not
    numerical.

    **Ties and duplicates.** For continuous distributions two samples
    coincide with probability 0, but rounded or discretised data has
    exact copies, and then :math:`\rho_k(i)` or :math:`\nu_k(i)` can be 0
    (a naive implementation returns inf or NaN; the ``universal-divergence``
    package returns NaN). Nothing is jittered or dropped here. Where the
    k-th neighbour of :math:`x_i` coincides with it, the first neighbour at
    a positive distance is used instead, at rank :math:`k_i` (one more than
    the number of copies of :math:`x_i` among the other :math:`x_j`), and
    likewise rank :math:`l_i` among the :math:`y_j`. That is the estimator
    with point-dependent ranks from the same paper,

    .. math:: \hat D = \frac1n \sum_{i=1}^n \Bigl[
              d \log\frac{\nu_{l_i}(i)}{\rho_{k_i}(i)} + \psi(k_i) - \psi(l_i) \Bigr]
              + \log\frac{m}{n - 1},

    with :math:`\psi` the digamma function; it reduces to the formula
    above wherever there are no ties (:math:`k_i = l_i = k`). Copies then
    act as counts: a point with many copies in ``x`` and few in ``y``
    raises the estimate, as it should. The cases with no answer — every
    sample of ``x`` or of ``y`` equal to one point — raise ``ValueError``.
    Passing the same
    array as ``x`` and ``y`` makes every :math:`x_i` a copy of a
    :math:`y_j` and gives a clearly negative value (about -1 for
    :math:`k = 1`), not 0; split one sample in two halves instead.

    **Computation.** Each sample set is reduced to its distinct points
    and their counts (one sort, O(n log n)); one ``scipy.spatial.cKDTree``
    per set is built over the distinct points and queried once for the
    ``k + 1`` nearest distinct neighbours of each distinct point of ``x``
    (in parallel on all cores, ``workers=-1``). The ranks and distances
    above follow from the counts of those neighbours, so the cost does not
    grow with the number of copies: 64 000 copies of one value among
    128 000 samples run as fast as 128 000 distinct values
    (``benchmarks/bench_knn_ties.py``). The coordinates are first scaled
    by a power of two (exactly), since the tree squares distances.

    References: Q. Wang, S. R. Kulkarni and S. Verdú, "Divergence
    estimation for multidimensional densities via k-nearest-neighbor
    distances", IEEE Trans. Inf. Theory 55(5), 2392–2405, 2009.

    Examples
    --------
    >>> import numpy as np
    >>> from divergence import kl_divergence_knn, kl_normal
    >>> rng = np.random.default_rng(0)
    >>> x = rng.normal(0.0, 1.0, size=5000)
    >>> y = rng.normal(1.0, 1.0, size=5000)
    >>> kl_normal(0.0, 1.0, 1.0, 1.0)
    0.5
    >>> abs(kl_divergence_knn(x, y, k=5) - 0.5) < 0.05
    True
    """
    log_base = log_of_base(base)
    k = check_positive_int(k, "k")
    why = f" for k = {k} neighbours"
    xs = as_samples(x, "x", min_samples=k + 1, why=why)
    ys = as_samples(y, "y", min_samples=k, why=why)
    check_same_dimension(xs, ys, ("x", "y"))
    (n, d), m = xs.shape, ys.shape[0]
    (xs, ys), exponent = _unit_scale(xs, ys)
    sx, sy = _Samples(xs, exponent, "x"), _Samples(ys, exponent, "y")
    rho, k_ranks = sx.neighbours(sx.points, k, own=True)
    nu, l_ranks = sy.neighbours(sx.points, k, own=False)
    log_ratio = _weighted_mean(np.log(nu) - np.log(rho), sx.counts)
    bias = _weighted_mean(digamma(k_ranks) - digamma(l_ranks), sx.counts)
    estimate = d * log_ratio + bias + math.log(m / (n - 1))
    return float(estimate / log_base)


def entropy_knn(x: ArrayLike, *, k: int = 1, base: float | None = None) -> float:
    r"""Estimate the differential entropy of P from samples (Kozachenko–Leonenko).

    .. math:: \hat h = \psi(n) - \psi(k) + \log V_d + \frac dn \sum_{i=1}^n \log \rho_k(i),
              \qquad V_d = \frac{\pi^{d/2}}{\Gamma(d/2 + 1)}

    for samples :math:`x_1, \dots, x_n \sim P` in :math:`\mathbb R^d`, where
    :math:`\rho_k(i)` is the Euclidean distance from :math:`x_i` to its
    k-th nearest neighbour among the others, :math:`\psi` is the digamma
    function and :math:`V_d` the volume of the unit ball. In nats (or
    ``base`` units). Consistent for continuous distributions; like every
    differential entropy it can be negative and depends on the units of
    ``x`` (scaling ``x`` by ``c`` adds :math:`d \log c`).

    Parameters
    ----------
    x : array_like, shape (n,) or (n, d)
        Samples; rows are samples, 1-D input is one-dimensional data. At
        least ``k + 1`` samples.
    k : int, optional
        The neighbour rank (default 1).
    base : float, optional
        Logarithm base; ``None`` (default) for nats, ``2`` for bits.

    Returns
    -------
    float
        The estimate; always finite, never NaN.

    Raises
    ------
    ValueError
        If ``x`` is empty, contains NaN or inf, is not 1-D or 2-D, or has
        fewer than ``k + 1`` samples; if ``k`` is not a positive integer;
        if all samples coincide; if two distinct samples are closer than
        float64 can resolve at the scale of the data (see
        `kl_divergence_knn`); or if ``base`` is invalid. The message shows
        the offending points in the caller's coordinates.
        Masked arrays (refused rather than read as if unmasked) and values
        of the wrong type (a string, None, a complex number, a flag that is
        not a bool) raise ``ValueError`` too, naming the argument.

    See Also
    --------
    kl_divergence_knn, entropy_normal, entropy_mvn

    Notes
    -----
    **Accuracy:** the formula is evaluated to within 1e-12 relative of a
    brute-force evaluation over all pairwise distances, ties included (tested).

    Ties are handled as in `kl_divergence_knn`: where the k-th neighbour of
    :math:`x_i` is a copy of it, the first neighbour at a positive distance
    is used, at rank :math:`k_i`, and :math:`\psi(k)` becomes the mean of
    :math:`\psi(k_i)`:
    :math:`\hat h = \psi(n) + \log V_d + \frac1n \sum_i [d \log\rho_{k_i}(i) - \psi(k_i)]`.
    Copies then act as counts (a point with many copies gets a high
    density), and no zero distance reaches the logarithm. As there, the
    search runs over distinct points with their counts, so ties cost
    nothing extra. ``scipy.stats.differential_entropy``
    estimates 1-D entropy from spacings and has no multivariate estimator.

    References: L. F. Kozachenko and N. N. Leonenko, "Sample estimate of
    the entropy of a random vector", Probl. Inf. Transm. 23(2), 95–101,
    1987; A. Kraskov, H. Stögbauer and P. Grassberger, Phys. Rev. E 69,
    066138, 2004, eq. (20).

    Examples
    --------
    >>> import numpy as np
    >>> from divergence import entropy_knn, entropy_normal
    >>> x = np.random.default_rng(0).normal(0.0, 2.0, size=5000)
    >>> abs(entropy_knn(x, k=3) - entropy_normal(2.0)) < 0.05
    True
    """
    log_base = log_of_base(base)
    k = check_positive_int(k, "k")
    xs = as_samples(x, "x", min_samples=k + 1, why=f" for k = {k} neighbours")
    n, d = xs.shape
    (xs,), exponent = _unit_scale(xs)
    sx = _Samples(xs, exponent, "x")
    rho, ranks = sx.neighbours(sx.points, k, own=True)
    log_unit_ball = 0.5 * d * math.log(math.pi) - float(gammaln(0.5 * d + 1))
    estimate = (
        float(digamma(n))
        - _weighted_mean(digamma(ranks), sx.counts)
        + log_unit_ball
        + d * exponent * math.log(2.0)  # undoing _unit_scale
        + d * _weighted_mean(np.log(rho), sx.counts)
    )
    return float(estimate / log_base)
