"""Maximum-likelihood fits and log-likelihoods of Bernoulli, categorical and normal models."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, overload

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy.linalg import solve_triangular

from ._floats import (
    centred_moments,
    difference,
    half_square,
    half_squared_norm,
    ldexp,
    quotient,
    to_unit,
)
from ._results import to_result
from ._typing import Family, FloatArray
from ._validation import (
    as_binary_samples,
    as_category_samples,
    as_distribution,
    as_float_array,
    as_positive,
    as_probabilities,
    as_samples,
    as_vector,
    broadcast_named,
    check_nonnegative_scalar,
    check_positive_int,
    cholesky_factor,
)

__all__ = [
    "BernoulliFit",
    "CategoricalFit",
    "MultivariateNormalFit",
    "NormalFit",
    "fit_bernoulli",
    "fit_categorical",
    "fit_normal",
    "log_likelihood",
    "negative_log_likelihood",
]

_LOG_2PI = math.log(2 * math.pi)
_LOG2 = math.log(2.0)

#: At most 2**32 categories: one float64 and one int64 per category must fit in memory.
_MAX_CATEGORIES = 2**32

#: The parameters each family takes in `log_likelihood`, by name.
_PARAMETERS = {
    "bernoulli": ("p",),
    "categorical": ("probabilities",),
    "normal": ("mean", "sigma"),  # 1-D x; 2-D x takes ("mean", "cov")
}


def _readonly(array: NDArray[Any]) -> NDArray[Any]:
    array.setflags(write=False)
    return array


# --- fit results ------------------------------------------------------------------------


@dataclass(frozen=True)
class BernoulliFit:
    """Result of `fit_bernoulli`.

    Attributes
    ----------
    p : float
        The fitted probability of a 1: the fraction of ones.
    n : int
        The number of samples.
    log_likelihood : float
        The maximised log-likelihood in nats, ``log_likelihood(x, "bernoulli", p=p)``.
    """

    p: float
    n: int
    log_likelihood: float


@dataclass(frozen=True, eq=False)
class CategoricalFit:
    """Result of `fit_categorical`.

    Attributes
    ----------
    probabilities : ndarray, shape (n_categories,)
        The fitted probabilities (read-only).
    counts : ndarray, shape (n_categories,)
        How often each category occurs in the samples (read-only, integers).
    smoothing : float
        The pseudo-count added to every category (0 for the plain MLE).
    n : int
        The number of samples.
    log_likelihood : float
        The log-likelihood in nats of the samples at ``probabilities``: the
        maximum when ``smoothing`` is 0.

    Notes
    -----
    Instances compare by identity (``eq=False``), since they hold arrays.
    """

    probabilities: NDArray[np.float64]
    counts: NDArray[np.int64]
    smoothing: float
    n: int
    log_likelihood: float


@dataclass(frozen=True)
class NormalFit:
    """Result of `fit_normal` for 1-D samples.

    Attributes
    ----------
    mean : float
        The sample mean.
    sigma : float
        The maximum-likelihood standard deviation: the root of the mean
        squared deviation, dividing by ``n`` (``ddof=0``), not ``n - 1``.
    n : int
        The number of samples.
    log_likelihood : float
        The maximised log-likelihood in nats, :math:`-\\tfrac n2 (\\log(2\\pi\\sigma^2) + 1)`.
    """

    mean: float
    sigma: float
    n: int
    log_likelihood: float


@dataclass(frozen=True, eq=False)
class MultivariateNormalFit:
    """Result of `fit_normal` for 2-D samples (rows are samples).

    Attributes
    ----------
    mean : ndarray, shape (d,)
        The sample mean (read-only).
    cov : ndarray, shape (d, d)
        The maximum-likelihood covariance, dividing by ``n`` (read-only).
    n : int
        The number of samples.
    log_likelihood : float
        The maximised log-likelihood in nats,
        :math:`-\\tfrac n2 (d \\log 2\\pi + \\log\\det\\Sigma + d)`.

    Notes
    -----
    Instances compare by identity (``eq=False``), since they hold arrays.
    """

    mean: NDArray[np.float64]
    cov: NDArray[np.float64]
    n: int
    log_likelihood: float


# --- log-likelihoods of validated samples -------------------------------------------------


def _bernoulli_ll(x: NDArray[np.float64], p: ArrayLike) -> float | NDArray[np.float64]:
    p = as_probabilities(p, "p")
    ones = float(x.sum())
    zeros = x.size - ones
    with np.errstate(divide="ignore"):  # log 0 = -inf where the data rule p out
        ll = (ones * np.log(p) if ones else 0.0) + (zeros * np.log1p(-p) if zeros else 0.0)
    return to_result(np.asarray(ll, dtype=np.float64))


def _categorical_ll(counts: NDArray[np.int64], theta: NDArray[np.float64]) -> float | NDArray[np.float64]:
    seen = counts > 0  # 0 log 0 = 0: categories never observed cost nothing
    with np.errstate(divide="ignore"):
        ll = (counts[seen] * np.log(theta[..., seen])).sum(axis=-1)
    return to_result(np.asarray(ll))


def _normal_ll(x: NDArray[np.float64], mean: ArrayLike, sigma: ArrayLike) -> float | NDArray[np.float64]:
    mu, sd = broadcast_named({"mean": as_float_array(mean, "mean"), "sigma": as_positive(sigma, "sigma")})
    n = x.size
    # sum (x - mu)^2 = sum (x - xbar)^2 + n (xbar - mu)^2: one pass over x for
    # any grid. x is brought to O(1) by a power of two first, so that neither
    # the squares nor their sum over- or underflow for samples near 1e308 or
    # 1e-308; each part is standardised, halved and squared in a form that
    # overflows only where the log-likelihood itself does.
    unit, exponent = to_unit(x)
    means, deviations, scatter = centred_moments(unit[:, np.newaxis])
    # sum (x - mu)^2 = (S2 - S1^2/n) + n (xbar - mu + S1/n)^2 for the rounded
    # mean xbar, S1 and S2 the sums of the deviations and of their squares:
    # two non-negative parts, exact up to rounding.
    spread_unit = math.sqrt(max(float(scatter[0, 0]), 0.0))
    correction = math.fsum(deviations[:, 0]) / n
    # xbar - mu is taken where xbar was computed, in x's scaled units (the
    # mean of subnormal samples would round when scaled back); a mu too large
    # for those units is so far from the samples that xbar - mu is taken as
    # it stands.
    with np.errstate(over="ignore", under="ignore"):
        mu_unit = np.ldexp(mu, -exponent)
    in_range = np.isfinite(mu_unit)
    near_ratio, near_exponent = quotient((means[0] - np.where(in_range, mu_unit, 0.0)) + correction, sd)
    far, far_exponent = difference(float(ldexp(means[0], exponent)), mu)
    far_ratio, far_exponent_sd = quotient(far, sd)
    shift_ratio = np.where(in_range, near_ratio, far_ratio)
    shift_exponent = np.where(in_range, near_exponent + exponent, far_exponent_sd + far_exponent)
    spread_ratio, spread_exponent = quotient(spread_unit, sd)
    with np.errstate(over="ignore"):
        spread_part = half_square(spread_ratio, spread_exponent + exponent)
        shift_part = n * half_square(shift_ratio, shift_exponent)
        ll = -n * (0.5 * _LOG_2PI + np.log(sd)) - spread_part - shift_part
    return to_result(ll)


def _mvn_ll(x: NDArray[np.float64], mean: NDArray[np.float64], factor: NDArray[np.float64]) -> float:
    """Log-likelihood of the rows of ``x`` given the mean and the Cholesky factor of cov."""
    n, d = x.shape
    # Whitened residuals: L z = x - mu, so sum ||z||^2 is the Mahalanobis total.
    # The residuals and the factor are brought to O(1) by powers of two (x - mu
    # may overflow, L may be near 1e154 or 1e-154), put back when squaring.
    residuals, residual_exponent = difference(x, mean)
    residuals, shift = to_unit(residuals)
    factor_unit, factor_exponent = to_unit(factor)
    with np.errstate(over="ignore", invalid="ignore"):
        z = solve_triangular(factor_unit, residuals.T, lower=True, check_finite=False)
    exponent = residual_exponent + shift - factor_exponent
    log_det = 2 * float(np.log(np.diag(factor_unit)).sum()) + 2 * d * factor_exponent * _LOG2
    with np.errstate(over="ignore"):
        # asarray: older scipy stubs type solve_triangular's result as floating[Any].
        mahalanobis = float(np.sum(half_squared_norm(np.asarray(z.T, dtype=np.float64), exponent)))
        return float(-0.5 * n * (d * _LOG_2PI + log_det) - mahalanobis)


def _check_parameters(family: Any, params: dict[str, Any], multivariate: bool) -> None:
    if not isinstance(family, str) or family not in _PARAMETERS:
        raise ValueError(f"family must be one of {tuple(_PARAMETERS)}, got {family!r}")
    names = ("mean", "cov") if multivariate else _PARAMETERS[family]
    if set(params) != set(names):
        given = ", ".join(sorted(params)) or "none"
        samples = f" with {2 if multivariate else 1}-D samples" if family == "normal" else ""
        raise TypeError(f"family {family!r}{samples} takes the parameters {', '.join(names)} as keywords; got {given}")


# --- public API -------------------------------------------------------------------------


def log_likelihood(x: ArrayLike, family: Family, **params: ArrayLike) -> float | FloatArray:
    r"""Log-likelihood of i.i.d. samples under a Bernoulli, categorical or normal model.

    .. math:: \ell(\theta) = \sum_{i=1}^n \log p_\theta(x_i)

    in nats. The parameters broadcast, so evaluating a whole grid of
    parameter values is one call: that is how a page plots the
    log-likelihood against a parameter and marks the maximum found by
    `fit_bernoulli`, `fit_categorical` or `fit_normal`.

    ============= ===================== ========================================
    ``family``    samples ``x``          parameters (keywords)
    ============= ===================== ========================================
    "bernoulli"   0s and 1s, any shape   ``p``: probability of a 1, any shape
    "categorical" labels 0 .. K-1        ``probabilities``: shape (..., K)
    "normal"      1-D reals              ``mean``, ``sigma`` (> 0): broadcast
    "normal"      2-D, rows are samples  ``mean`` (d,), ``cov`` (d, d)
    ============= ===================== ========================================

    Parameters
    ----------
    x : array_like
        The samples. For "bernoulli" and "categorical" every entry is one
        sample, whatever the shape. For "normal", 1-D input is univariate
        and 2-D input is ``n`` samples of dimension ``d``.
    family : {"bernoulli", "categorical", "normal"}
        The model.
    **params : array_like
        The model's parameters, by name as in the table. Bernoulli ``p``
        and normal ``mean``/``sigma`` may be arrays of any (broadcastable)
        shape; ``probabilities`` may have leading batch axes, with the K
        categories along the last axis. The multivariate normal takes a
        single ``mean`` and ``cov``.

    Returns
    -------
    float or ndarray
        A float for scalar parameters (a single distribution), otherwise
        an array of the parameters' broadcast (batch) shape. ``-inf`` where
        the parameters give probability 0 to an observed sample (a Bernoulli
        ``p = 0`` with a 1 among the samples, a category with probability
        0 that occurs), without a RuntimeWarning; never NaN.

    Raises
    ------
    ValueError
        If ``x`` is empty, contains NaN or inf, or lies outside the
        family's support (not 0/1; not an integer label below K; not 1-D
        or 2-D for "normal"); if ``family`` is unknown; if a parameter is
        invalid (``p`` outside [0, 1], ``probabilities`` not a distribution,
        ``sigma <= 0``, ``cov`` not symmetric positive definite, shapes that
        do not match or broadcast). The message names the argument.
        Masked arrays (refused rather than read as if unmasked) and values
        of the wrong type (a string, None, a complex number, a flag that is
        not a bool) raise ``ValueError`` too, naming the argument.
    TypeError
        If the parameter keywords are not exactly the family's.

    See Also
    --------
    negative_log_likelihood, fit_bernoulli, fit_categorical, fit_normal

    Notes
    -----
    **Accuracy:** for the normal model, absolute error below 1e-13 times the
    sum of the magnitudes of the terms, :math:`n|\log(\sqrt{2\pi}\sigma)| +
    \sum_i (x_i-\mu)^2/2\sigma^2`, for samples and parameters anywhere in
    float64, subnormals to 1e308 (tested against 100-digit mpmath); the result
    is finite wherever the true value is. The Bernoulli and categorical terms
    all have one sign: their sums are accurate to the rounding of the
    logarithms and the sum.

    **Types:** the static return type is ``float | ndarray``: whether the
    result is a float depends on the shapes of the parameters, which the
    keyword arguments' types cannot express.

    For the normal model the squared deviations are summed once, as
    :math:`\sum_i (x_i - \mu)^2 = \sum_i (x_i - \bar x)^2 + n(\bar x - \mu)^2`,
    so a grid of :math:`(\mu, \sigma)` costs one pass over ``x``. The
    multivariate normal is evaluated through the Cholesky factor of ``cov``.
    ``scipy.stats`` distributions give the same numbers with
    ``dist.logpdf(x).sum()`` (``logpmf`` for discrete ones), one parameter
    value per call.

    Examples
    --------
    >>> import numpy as np
    >>> from divergence import fit_bernoulli, log_likelihood
    >>> x = [1, 0, 1, 1]
    >>> grid = np.array([0.25, 0.5, 0.75])
    >>> np.round(log_likelihood(x, "bernoulli", p=grid), 4)
    array([-4.4466, -2.7726, -2.2493])
    >>> fit = fit_bernoulli(x)
    >>> fit.p, round(fit.log_likelihood, 4)
    (0.75, -2.2493)
    """
    if not isinstance(family, str) or family not in _PARAMETERS:
        raise ValueError(f"family must be one of {tuple(_PARAMETERS)}, got {family!r}")
    if family == "normal":
        data = as_samples(x, "x")
        multivariate = np.ndim(x) == 2
        _check_parameters(family, params, multivariate)
        if not multivariate:
            return _normal_ll(data[:, 0], params["mean"], params["sigma"])
        mean = as_vector(params["mean"], "mean")
        if mean.size != data.shape[1]:
            raise ValueError(f"mean has {mean.size} entries but the samples x have {data.shape[1]} dimensions")
        return _mvn_ll(data, mean, cholesky_factor(params["cov"], "cov", mean.size))
    _check_parameters(family, params, False)
    if family == "bernoulli":
        return _bernoulli_ll(as_binary_samples(x, "x"), params["p"])
    theta = as_distribution(params["probabilities"], "probabilities")
    labels = as_category_samples(x, "x", theta.shape[-1])
    return _categorical_ll(np.bincount(labels, minlength=theta.shape[-1]), theta)


def negative_log_likelihood(x: ArrayLike, family: Family, **params: ArrayLike) -> float | FloatArray:
    r"""Negative log-likelihood: ``-log_likelihood(x, family, **params)``.

    .. math:: \mathrm{NLL}(\theta) = -\sum_{i=1}^n \log p_\theta(x_i)

    in nats, the quantity a training loop minimises. Divided by ``n`` it is
    the cross entropy of the model relative to the empirical distribution
    of the samples, so minimising it minimises the KL divergence from the
    empirical distribution to the model.

    Parameters
    ----------
    x, family, **params
        As in `log_likelihood`.

    Returns
    -------
    float or ndarray
        ``+inf`` where the model rules out an observed sample; never NaN.

    Raises
    ------
    ValueError, TypeError
        As `log_likelihood`.

    Notes
    -----
    **Accuracy:** as `log_likelihood`.

    **Types:** as `log_likelihood`: ``float | ndarray``.

    Examples
    --------
    >>> from divergence import negative_log_likelihood
    >>> round(negative_log_likelihood([0.0, 2.0], "normal", mean=1.0, sigma=1.0), 6)
    2.837877
    """
    ll = log_likelihood(x, family, **params)
    return 0.0 - ll  # not -ll: a zero NLL should print as 0.0, not -0.0


def fit_bernoulli(x: ArrayLike) -> BernoulliFit:
    r"""Maximum-likelihood fit of a Bernoulli distribution.

    .. math:: \hat p = \frac{1}{n} \sum_{i=1}^n x_i, \qquad
              \ell(\hat p) = k \log \hat p + (n - k) \log(1 - \hat p)

    with :math:`k` the number of ones and :math:`0 \log 0 = 0`.

    Parameters
    ----------
    x : array_like
        Samples: 0s and 1s (or bools), any shape; every entry is a sample.

    Returns
    -------
    BernoulliFit
        ``p``, ``n`` and the maximised ``log_likelihood`` in nats (0 when
        all samples agree: a certain outcome).

    Raises
    ------
    ValueError
        If ``x`` is empty, contains NaN or inf, or has an entry other than
        0 or 1.
        Masked arrays (refused rather than read as if unmasked) and values
        of the wrong type (a string, None, a complex number, a flag that is
        not a bool) raise ``ValueError`` too, naming the argument.

    Notes
    -----
    **Accuracy:** ``p`` is the correctly rounded fraction of ones (up to one
    rounding of the division).

    Examples
    --------
    >>> from divergence import fit_bernoulli
    >>> fit_bernoulli([1, 1, 1, 0])
    BernoulliFit(p=0.75, n=4, log_likelihood=-2.249340578475233)
    """
    samples = as_binary_samples(x, "x")
    p = float(samples.mean())
    return BernoulliFit(p=p, n=samples.size, log_likelihood=float(_bernoulli_ll(samples, p)))


def fit_categorical(x: ArrayLike, n_categories: int, *, smoothing: float = 0.0) -> CategoricalFit:
    r"""Maximum-likelihood fit of a categorical distribution, with optional additive smoothing.

    .. math:: \hat\theta_j = \frac{c_j + \alpha}{n + K\alpha}, \qquad
              \ell(\hat\theta) = \sum_j c_j \log \hat\theta_j

    where :math:`c_j` counts the samples equal to :math:`j`, :math:`K` is
    ``n_categories`` and :math:`\alpha` is ``smoothing``. With
    :math:`\alpha = 0` this is the maximum-likelihood estimate (the
    empirical frequencies); :math:`\alpha = 1` is Laplace's rule of
    succession, which gives unseen categories positive probability.

    Parameters
    ----------
    x : array_like
        Integer category labels in ``0 .. n_categories - 1``, any shape;
        every entry is a sample. Integer-valued floats are accepted.
    n_categories : int
        The number of categories K (>= 1); categories that never occur
        get probability 0 (or :math:`\alpha/(n + K\alpha)` when smoothed).
    smoothing : float, optional
        The pseudo-count :math:`\alpha \ge 0` added to every category.

    Returns
    -------
    CategoricalFit
        ``probabilities``, ``counts``, ``smoothing``, ``n`` and the
        ``log_likelihood`` in nats at the fitted probabilities (the maximum
        when ``smoothing`` is 0; lower otherwise).

    Raises
    ------
    ValueError
        If ``x`` is empty, contains NaN or inf, or has a label that is not
        an integer in range; if ``n_categories`` is not a positive integer
        or exceeds 2**32 (one float per category must fit in memory);
        if ``smoothing`` is negative or not finite.
        Masked arrays (refused rather than read as if unmasked) and values
        of the wrong type (a string, None, a complex number, a flag that is
        not a bool) raise ``ValueError`` too, naming the argument.

    Notes
    -----
    **Accuracy:** probabilities within 1e-15 relative of :math:`(c_j +
    \alpha)/(n + K\alpha)` for any smoothing from 0 to 1.8e308 (tested against
    mpmath): a large smoothing is divided through first, so ``K * smoothing``
    never overflows.

    Examples
    --------
    >>> from divergence import fit_categorical
    >>> fit = fit_categorical([0, 2, 2, 2], 3)
    >>> fit.probabilities
    array([0.25, 0.  , 0.75])
    >>> fit_categorical([0, 2, 2, 2], 3, smoothing=1.0).probabilities
    array([0.28571429, 0.14285714, 0.57142857])
    """
    k = check_positive_int(n_categories, "n_categories", maximum=_MAX_CATEGORIES)
    alpha = check_nonnegative_scalar(smoothing, "smoothing")
    labels = as_category_samples(x, "x", k)
    counts = np.bincount(labels, minlength=k)
    if alpha <= 1.0:
        fitted = (counts + alpha) / (labels.size + k * alpha)
    else:  # divided through by alpha: k * alpha may overflow, the probabilities cannot
        with np.errstate(under="ignore"):
            fitted = (counts / alpha + 1.0) / (labels.size / alpha + k)
    theta = np.asarray(fitted, dtype=np.float64)
    return CategoricalFit(
        probabilities=_readonly(theta),
        counts=_readonly(counts.astype(np.int64)),
        smoothing=alpha,
        n=labels.size,
        log_likelihood=float(_categorical_ll(counts, theta)),
    )


@overload
def fit_normal(x: Sequence[float]) -> NormalFit: ...
@overload
def fit_normal(x: Sequence[Sequence[float]]) -> MultivariateNormalFit: ...
@overload
def fit_normal(x: ArrayLike) -> NormalFit | MultivariateNormalFit: ...


def fit_normal(x: ArrayLike) -> NormalFit | MultivariateNormalFit:
    r"""Maximum-likelihood fit of a normal distribution, univariate or multivariate.

    .. math:: \hat\mu = \frac1n \sum_i x_i, \qquad
              \hat\Sigma = \frac1n \sum_i (x_i - \hat\mu)(x_i - \hat\mu)^\top, \qquad
              \ell = -\frac n2 \bigl(d \log 2\pi + \log\det\hat\Sigma + d\bigr)

    (for 1-D samples :math:`d = 1` and :math:`\hat\Sigma = \hat\sigma^2`).

    Parameters
    ----------
    x : array_like
        1-D: ``n`` real samples, fitted by a univariate normal. 2-D:
        ``n`` samples (rows) of dimension ``d`` (columns), fitted by a
        multivariate normal.

    Returns
    -------
    NormalFit or MultivariateNormalFit
        ``NormalFit(mean, sigma, n, log_likelihood)`` for 1-D input;
        ``MultivariateNormalFit(mean, cov, n, log_likelihood)`` for 2-D
        input. The log-likelihood is in nats.

    Raises
    ------
    ValueError
        If ``x`` is empty, contains NaN or inf, or is not 1-D or 2-D; if
        the fitted covariance is singular — all samples equal (1-D), fewer
        than ``d + 1`` samples, or a column that is constant or a linear
        combination of others — since the likelihood is then unbounded and
        has no maximum; or if the fitted ``sigma`` or a covariance entry
        lies outside the float64 range (a covariance of samples beyond
        about 1e154, or a spread below about 1e-154).
        Masked arrays (refused rather than read as if unmasked) and values
        of the wrong type (a string, None, a complex number, a flag that is
        not a bool) raise ``ValueError`` too, naming the argument.

    Notes
    -----
    **Accuracy:** for 1-D samples anywhere in float64 (subnormals to 1e308,
    nearly constant samples included) the mean is within 1e-15 relative (an
    exactly rounded sum), ``sigma`` and the log-likelihood within 1e-12 (tested
    against 100-digit mpmath). Each column is scaled by a power of two before
    anything is squared, and the variance is the corrected two-pass sum, so no
    intermediate over- or underflows. A ``sigma`` (or covariance entry) that
    itself lies outside the float64 range raises ``ValueError``.

    **Types:** a flat ``Sequence[float]`` is typed to give `NormalFit`, a
    nested sequence `MultivariateNormalFit` (overloads); for an ndarray the
    static type is the union.

    The maximum-likelihood variance divides by ``n``, like ``np.var`` and
    ``np.cov(..., bias=True)``, not by ``n - 1`` as ``np.cov`` does by
    default and ``statistics.stdev`` does; ``scipy.stats.norm.fit`` gives
    the same ``(mean, sigma)`` as here.

    Examples
    --------
    >>> from divergence import fit_normal
    >>> fit = fit_normal([1.0, 2.0, 3.0, 4.0])
    >>> fit.mean, round(fit.sigma, 6)
    (2.5, 1.118034)
    >>> fit_normal([[0.0, 0.0], [2.0, 0.0], [0.0, 2.0]]).cov
    array([[ 0.88888889, -0.44444444],
           [-0.44444444,  0.88888889]])
    """
    data = as_samples(x, "x")
    one_dimensional = np.ndim(x) == 1
    n, d = data.shape
    # Each column is brought to O(1) by a power of two (exact), so that
    # neither the mean nor the squared deviations over- or underflow for
    # samples near 1e308 or 1e-308; the variances are scaled back at the end.
    mantissa_columns = -np.frexp(np.max(np.abs(data), axis=0))[1]
    unit = ldexp(data, mantissa_columns)
    mean_unit, _, scatter = centred_moments(unit)
    cov_unit = scatter / n
    mean = ldexp(mean_unit, -mantissa_columns)
    pair_exponents = -(mantissa_columns[:, np.newaxis] + mantissa_columns[np.newaxis, :])
    if one_dimensional:
        if not cov_unit[0, 0] > 0:
            raise ValueError(
                f"x has zero variance (all {n} samples are equal), so the likelihood grows "
                "without bound as sigma -> 0 and has no maximum"
            )
        sigma_unit = math.sqrt(float(cov_unit[0, 0]))
        sigma = float(ldexp(sigma_unit, -int(mantissa_columns[0])))
        log_sigma = math.log(sigma_unit) - int(mantissa_columns[0]) * _LOG2
        if not (0 < sigma < np.inf):
            raise ValueError(f"the fitted sigma of x, exp({log_sigma:.6g}), is outside the float64 range")
        return NormalFit(
            mean=float(mean[0]),
            sigma=sigma,
            n=n,
            # At the maximum sum (x - mean)^2 = n sigma^2: no pass over x needed.
            log_likelihood=-0.5 * n * (_LOG_2PI + 2 * log_sigma + 1.0),
        )
    if n <= d:
        raise ValueError(
            f"x has {n} samples in {d} dimensions; the fitted covariance is singular "
            f"(at least {d + 1} samples are needed) and the likelihood has no maximum"
        )
    factor = cholesky_factor(cov_unit, "the covariance of x")
    cov = ldexp(cov_unit, pair_exponents)
    if not (np.isfinite(cov).all() and (np.diag(cov) > 0).all()):
        raise ValueError(
            "the fitted covariance of x has entries outside the float64 range "
            "(samples beyond about 1e154 or below about 1e-154 in some column); rescale x"
        )
    log_det = 2 * float(np.log(np.diag(factor)).sum()) - 2 * float(mantissa_columns.sum()) * _LOG2
    return MultivariateNormalFit(
        mean=_readonly(mean),
        cov=_readonly(cov),
        n=n,
        # At the maximum the Mahalanobis terms add up to n d.
        log_likelihood=-0.5 * n * (d * _LOG_2PI + log_det + d),
    )
