"""The GAN objective of Goodfellow et al. (2014) and its optimal discriminator."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import overload

import numpy as np
from numpy.typing import ArrayLike

from ._results import to_result
from ._typing import FloatArray
from ._validation import (
    as_distributions,
    as_nonnegative,
    as_probabilities,
    broadcast_named,
    log_of_base,
)

__all__ = ["gan_value", "optimal_discriminator"]

_LOG4 = math.log(4.0)
#: The floats closest to 0 and 1 strictly inside (0, 1).
_ABOVE_ZERO = float(np.finfo(np.float64).smallest_subnormal)
_BELOW_ONE = float(np.nextafter(1.0, 0.0))


@overload
def optimal_discriminator(p_data: float, p_model: float) -> float: ...
@overload
def optimal_discriminator(p_data: Sequence[float], p_model: Sequence[float]) -> FloatArray: ...
@overload
def optimal_discriminator(p_data: ArrayLike, p_model: ArrayLike) -> float | FloatArray: ...


def optimal_discriminator(p_data: ArrayLike, p_model: ArrayLike) -> float | FloatArray:
    r"""The discriminator that maximises the GAN objective for a fixed generator.

    .. math:: D^*(x) = \frac{p_{\mathrm{data}}(x)}{p_{\mathrm{data}}(x) + p_{\mathrm{model}}(x)}

    (Goodfellow et al., 2014, Proposition 1): the probability that a point
    at :math:`x` came from the data rather than from the model, when both
    are equally likely a priori.

    Parameters
    ----------
    p_data, p_model : array_like
        Probabilities or densities of the data and the model distribution
        at the same points (for example on a common grid); non-negative.
        They need not sum to 1: the ratio is the same for densities. They
        broadcast against each other.

    Returns
    -------
    float or ndarray
        Values in [0, 1], of the broadcast shape (a float for scalars): 1 where only the data
        has mass, 0 where only the model has. Where both are 0 every value
        is optimal (the point contributes nothing to the objective) and
        ``0.5`` is returned, so ``D*`` is 1/2 everywhere when the two
        distributions coincide; never NaN. Where both are positive, ``D*``
        lies strictly inside (0, 1) as it does mathematically: a ratio that
        would round to exactly 1 (``p_model / p_data`` below
        :math:`2^{-53}`, as in the far tails of two densities) or to 0 is
        returned as the nearest float inside the interval, so that
        `gan_value` stays finite; the error this makes in `gan_value` is
        below :math:`10^{-14}` relative.

    Raises
    ------
    ValueError
        If either input is empty, contains NaN, inf or negative entries,
        or the shapes do not broadcast. The message names the argument.
        Masked arrays (refused rather than read as if unmasked) and values
        of the wrong type (a string, None, a complex number, a flag that is
        not a bool) raise ``ValueError`` too, naming the argument.

    See Also
    --------
    gan_value

    Notes
    -----
    **Accuracy:** within 1e-15 relative of the exact ratio (a subnormal ratio:
    within half its last place), for densities anywhere from the subnormals to
    1.8e308 (tested against 100-digit mpmath), apart from the rounding into (0,
    1) described under Returns.

    **Types:** scalar (``float``) arguments are typed to give ``float`` and two
    flat sequences an ndarray (overloads); any other input has the static type
    ``float | ndarray``: an array gives an ndarray, a 0-d array a float.

    Examples
    --------
    >>> from divergence import optimal_discriminator
    >>> optimal_discriminator([0.5, 0.5, 0.0, 0.0], [0.0, 0.25, 0.75, 0.0])
    array([1.        , 0.66666667, 0.        , 0.5       ])
    """
    p, q = broadcast_named({"p_data": as_nonnegative(p_data, "p_data"), "p_model": as_nonnegative(p_model, "p_model")})
    with np.errstate(over="ignore"):
        total = p + q
    if not np.isfinite(total).all():  # densities near 1e308: the same ratio, halved
        p, q = p * 0.5, q * 0.5
        total = p + q
    with np.errstate(invalid="ignore"):  # 0 / 0 where neither has mass
        ratio = p / total
    # Where both have mass the ratio lies strictly inside (0, 1), but it
    # rounds to 1 when p_model / p_data < 2**-53 (and to 0 in the
    # subnormal range); there log(1 - D) would be -inf in gan_value.
    both = (p > 0) & (q > 0)
    ratio = np.where(both, np.clip(ratio, _ABOVE_ZERO, _BELOW_ONE), ratio)
    return to_result(np.where(total > 0, ratio, 0.5) + 0.0)  # + 0.0: never -0.0 (from p_data = -0.0)


@overload
def gan_value(
    p_data: Sequence[float],
    p_model: Sequence[float],
    discriminator: float | Sequence[float],
    *,
    base: float | None = ...,
    normalize: bool = ...,
) -> float: ...
@overload
def gan_value(
    p_data: ArrayLike,
    p_model: ArrayLike,
    discriminator: ArrayLike,
    *,
    base: float | None = ...,
    normalize: bool = ...,
) -> float | FloatArray: ...


def gan_value(
    p_data: ArrayLike,
    p_model: ArrayLike,
    discriminator: ArrayLike,
    *,
    base: float | None = None,
    normalize: bool = False,
) -> float | FloatArray:
    r"""The value of the GAN minimax game for given distributions and discriminator.

    .. math:: V(D, G) = \mathbb E_{x \sim p_{\mathrm{data}}}[\log D(x)]
              + \mathbb E_{x \sim p_{\mathrm{model}}}[\log(1 - D(x))]

    (Goodfellow et al., 2014, eq. 1), in nats (or ``base`` units), for
    distributions given as probability vectors over the same outcomes (or
    densities on a common grid, see ``normalize``). By Theorem 1, at the
    optimal discriminator `optimal_discriminator`

    .. math:: V(D^*, G) = -\log 4 + 2\,\mathrm{JSD}(p_{\mathrm{data}} \,\|\, p_{\mathrm{model}}),

    which is smallest, :math:`-\log 4`, exactly when the model equals the
    data distribution.

    Parameters
    ----------
    p_data, p_model : array_like
        Probability vectors along the last axis (other axes are a batch and
        broadcast), each summing to 1 unless ``normalize`` is true.
    discriminator : array_like
        :math:`D(x)` in [0, 1] at the same outcomes; broadcasts against the
        distributions (a scalar is a constant discriminator).
    base : float, optional
        Logarithm base; ``None`` (default) for nats, ``2`` for bits.
    normalize : bool, optional
        Rescale ``p_data`` and ``p_model`` to sum to 1. For densities
        :math:`f` on a uniform grid this turns them into the probabilities
        :math:`f(x_i)\,\Delta x / \sum_j f(x_j)\,\Delta x`, so the value is the
        Riemann-sum approximation of the integrals. (For a non-uniform grid
        pass :math:`f(x_i)\,\Delta x_i` with ``normalize=True``.)

    Returns
    -------
    float or ndarray
        At most 0 for any discriminator; between :math:`-\log 4` and 0 at
        the optimal one. ``-inf`` where D
        is 0 at an outcome the data can produce, or 1 at one the model can
        produce, without a RuntimeWarning. Outcomes a distribution gives
        probability 0 contribute nothing to its expectation
        (:math:`0 \log 0 = 0`). Never NaN.

    Raises
    ------
    ValueError
        If a distribution is empty, has NaN, inf or negative entries, is
        all zero, or does not sum to 1 (without ``normalize``); if the
        numbers of outcomes differ or shapes do not broadcast; if
        ``discriminator`` lies outside [0, 1]; or if ``base`` is invalid.
        The message names the argument.
        Masked arrays (refused rather than read as if unmasked) and values
        of the wrong type (a string, None, a complex number, a flag that is
        not a bool) raise ``ValueError`` too, naming the argument.

    See Also
    --------
    optimal_discriminator, js_divergence

    Notes
    -----
    **Accuracy:** within 1e-12 relative or 1e-14 absolute of the exact value
    (tested against 100-digit mpmath at the optimal discriminator). Near
    :math:`D = 1/2` the logarithms are taken as :math:`\log(1 \pm (2D - 1))`
    with :math:`2D - 1` exact, so at the optimal discriminator the rounding of
    :math:`D^*` costs only a second-order error and the value never falls below
    :math:`-\log 4`. A value that rounding, or distributions summing to 1 only
    within the tolerance, would put above 0 is returned as 0, the bound that
    holds for every discriminator.

    **Types:** flat sequences for the two distributions (and a float or flat
    sequence for the discriminator) are typed to give ``float`` (an overload);
    otherwise the static type is ``float | ndarray``, as the result's kind
    depends on the broadcast shape.

    Computed as
    :math:`-\log 4 + \sum_x p_{\mathrm{data}}(x)\log 2D(x)
    + \sum_x p_{\mathrm{model}}(x)\log 2(1 - D(x))`,
    which equals the definition because both distributions sum to 1, and
    gives exactly :math:`-\log 4` for :math:`D \equiv 1/2`. This is the
    objective of the paper's theory, not the non-saturating generator loss
    used in practice (:math:`-\mathbb E_{p_{\mathrm{model}}}[\log D]`). In
    training, the discriminator's side is a `binary_cross_entropy`:
    :math:`V = -\,\mathrm{BCE}` on labels 1 for data and 0 for model samples.

    Examples
    --------
    >>> import math
    >>> from divergence import gan_value, js_divergence, optimal_discriminator
    >>> p, q = [0.5, 0.5, 0.0], [0.0, 0.5, 0.5]
    >>> v = gan_value(p, q, optimal_discriminator(p, q))
    >>> math.isclose(v, -math.log(4) + 2 * js_divergence(p, q))
    True
    >>> gan_value(p, p, optimal_discriminator(p, p)) == -math.log(4)
    True
    """
    log_base = log_of_base(base)
    p, q = as_distributions({"p_data": p_data, "p_model": p_model}, normalize=normalize)
    p, q, d = broadcast_named(
        {"p_data": p, "p_model": q, "discriminator": as_probabilities(discriminator, "discriminator")}
    )
    # p > 0 with D = 0 (or q > 0 with D = 1) stays -inf. Near D = 1/2 the
    # logs are taken as log1p(+-(2D - 1)), with 2D - 1 exact there: at the
    # optimal discriminator the sum is 2 JSD >= 0, a maximum in D, so the
    # rounding of D* costs only a second-order error and cannot push the
    # value below -log 4.
    delta = 2 * d - 1.0  # exact for D >= 1/4
    middle = np.abs(delta) <= 0.5
    with np.errstate(divide="ignore"):
        log_2d = np.where(middle, np.log1p(np.where(middle, delta, 0.0)), np.log(2 * d))
        log_2_1md = np.where(middle, np.log1p(-np.where(middle, delta, 0.0)), np.log(2 * (1 - d)))
    with np.errstate(invalid="ignore"):  # 0 * -inf where a distribution has no mass: 0
        real = np.where(p > 0, p * log_2d, 0.0)
        fake = np.where(q > 0, q * log_2_1md, 0.0)
    value = -_LOG4 + real.sum(axis=-1) + fake.sum(axis=-1)
    # V <= 0 for every D (both logs are <= 0): a sum that rounding, or
    # distributions summing to 1 only within the tolerance, put above 0 is 0.
    return to_result(np.minimum(value, 0.0), log_base)
