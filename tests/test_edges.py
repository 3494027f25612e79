"""The promises at the edges: the whole float64 range, special values, masked arrays, odd types.

Three parts:

* the reproducers of issue 10, each pinned to its true value;
* accuracy against a 100-digit mpmath oracle, with inputs drawn over the
  whole float64 range (subnormals to 1.8e308), at the tolerance each
  docstring states;
* a fuzz grid that throws special values, masked arrays and odd types at
  every argument of every public function: each call either succeeds with
  a result that keeps the documented bounds (never NaN, never a negative
  divergence) or raises ``ValueError`` naming the argument. Warnings are
  errors (``filterwarnings = error`` in pyproject.toml), so a RuntimeWarning
  anywhere fails the test that triggered it.
"""

from __future__ import annotations

import dataclasses
import math
from decimal import Decimal
from fractions import Fraction

import mpmath
import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import divergence as dv

mpmath.mp.dps = 100
MAX = float(np.finfo(np.float64).max)
LOG2, LOG4 = math.log(2.0), math.log(4.0)


def mpf(x: float) -> mpmath.mpf:
    return mpmath.mpf(float(x))


def close(value: float, truth: mpmath.mpf, rel: float, abs_: float = 0.0) -> bool:
    """``value`` within ``rel`` (relative) or ``abs_`` of the exact ``truth``; inf beyond the range."""
    if abs(truth) > MAX:
        return value == (math.inf if truth > 0 else -math.inf)
    return math.isfinite(value) and abs(mpf(value) - truth) <= max(rel * abs(truth), abs_)


# Floats spread evenly over the binary exponents, subnormals to the largest.
magnitudes = st.builds(math.ldexp, st.floats(0.5, 1.0, exclude_max=True), st.integers(-1074, 1024)).filter(
    lambda v: 0 < v <= MAX
)
signed = st.builds(lambda v, s: v * s, magnitudes, st.sampled_from([1.0, -1.0]))


# --- the reproducers of issue 10 -----------------------------------------------------------


def test_gaussian_closed_forms_do_not_overflow():
    assert dv.kl_normal(0.0, 1e308, 0.0, 1e308) == 0.0
    assert dv.kl_normal(0.0, 1e308, 0.0, 1.5e308) == pytest.approx(
        float(mpmath.log(1.5) + 1 / (2 * mpf(1.5) ** 2) - 0.5), rel=1e-14
    )
    truth = 2 * mpmath.log(mpf(1e300) / mpf(1.0)) / 2 + (1 + (2 * mpf(1e308)) ** 2) / (2 * mpf(1e300) ** 2) - 0.5
    assert close(dv.kl_normal(1e308, 1.0, -1e308, 1e300), truth, 1e-14)
    # True values beyond 1e308: inf, not NaN and not an error.
    assert dv.kl_mvn(np.full(2, 1e308), np.eye(2), np.full(2, -1e308), 1e300 * np.eye(2)) == math.inf
    assert dv.kl_mvn(np.zeros(2), 1e300 * np.eye(2), np.zeros(2), 1e-320 * np.eye(2)) == math.inf


def test_mle_reproducers():
    fit = dv.fit_normal([1e200, -1e200])
    assert (fit.mean, fit.sigma) == (0.0, 1e200)
    assert fit.log_likelihood == pytest.approx(-923.8719142640276, rel=1e-14)
    assert dv.fit_normal([1e-200, -1e-200]).sigma == 1e-200
    assert dv.log_likelihood([1e200, -1e200], "normal", mean=0.0, sigma=1e200) == pytest.approx(
        -923.8719142640276, rel=1e-14
    )
    probabilities = dv.fit_categorical([0, 1], 3, smoothing=1e308).probabilities
    assert probabilities == pytest.approx([1 / 3] * 3, rel=1e-15)


def test_gan_reproducers():
    assert dv.optimal_discriminator(1e308, 1e308) == 0.5
    p, q = [0, 0.9262557089254085, 0.0737442910745916], [1, 0, 0]
    value = dv.gan_value(p, q, dv.optimal_discriminator(p, q))
    assert -LOG4 <= value <= 0.0


def test_kl_bernoulli_reproducer():
    a, b = 0.3, 0.3 + 1e-12
    truth = mpf(a) * mpmath.log(mpf(a) / mpf(b)) + (1 - mpf(a)) * mpmath.log((1 - mpf(a)) / (1 - mpf(b)))
    assert close(dv.kl_bernoulli(a, b), truth, 1e-13)


def _brute_entropy_1d(x, k=1):
    # Kozachenko-Leonenko in 1-D, in exact arithmetic (distances |x_i - x_j|), no ties.
    x = [mpf(v) for v in x]
    n = len(x)
    logs = [mpmath.log(sorted(abs(a - b) for j, b in enumerate(x) if j != i)[k - 1]) for i, a in enumerate(x)]
    return float(mpmath.digamma(n) - mpmath.digamma(k) + mpmath.log(2) + sum(logs) / n)


def test_knn_reproducers():
    with pytest.raises(ValueError, match=r"coincides with the point \[7\.\]"):
        dv.entropy_knn([7.0, 7.0, 7.0])
    # Distinct points 1e-200 apart are resolved (the tree's squared distances
    # are placed high in the float range), not merged as copies...
    assert dv.entropy_knn([0, 1e-200, 1]) == pytest.approx(_brute_entropy_1d([0, 1e-200, 1]), rel=1e-12)
    assert dv.entropy_knn([0, 1e-200, 1]) != dv.entropy_knn([0, 0, 1])
    # ...and where float64 cannot resolve them, the error shows the user's points.
    with pytest.raises(ValueError, match=r"closer together than float64 can resolve .*\[0\.\].*\[1\.e-300\]"):
        dv.entropy_knn([0, 1e-300, 1])
    with pytest.raises(ValueError, match="every sample of y coincides"):
        dv.kl_divergence_knn([0.0, 1.0, 2.0], [5.0, 5.0, 5.0])


def test_masked_arrays_are_refused():
    masked = np.ma.masked_array([0.5, 0.25, 0.25], mask=[0, 0, 1])
    with pytest.raises(ValueError, match=r"p is a masked array.*p\.compressed\(\)"):
        dv.entropy(masked)
    with pytest.raises(ValueError, match="y_pred is a masked array"):
        dv.mean_squared_error([1.0, 2.0, 3.0], masked)
    # Even without a single masked entry: the type is refused, not the mask.
    with pytest.raises(ValueError, match="q is a masked array"):
        dv.kl_divergence([0.5, 0.5], np.ma.masked_array([0.5, 0.5]))


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: dv.entropy([0.5, 0.5], base=10**400), "base"),
        (lambda: dv.fit_categorical([0], 2, smoothing=10**400), "smoothing"),
        (lambda: dv.fit_categorical([0], 2**70), "n_categories"),
        (lambda: dv.entropy([[0.5, 0.5]], axis=np.array([0, 1])), "axis"),
        (lambda: dv.entropy([2.0, 2.0], normalize="False"), "normalize"),
        (lambda: dv.js_divergence([0.5, 0.5], [1.0, 1.0], normalize=1), "normalize"),
    ],
)
def test_validation_reproducers_name_the_argument(call, name):
    with pytest.raises(ValueError, match=name):
        call()


@pytest.mark.parametrize(
    "call",
    [
        lambda x: dv.entropy(x),
        lambda x: dv.kl_divergence(x, [0.5, 0.5]),
        lambda x: dv.kl_normal(x, 1.0, 0.0, 1.0),
        lambda x: dv.kl_mvn(x, np.eye(2), np.zeros(2), np.eye(2)),
        lambda x: dv.entropy_normal(x),
        lambda x: dv.mean_squared_error(x, [0.0, 0.0]),
        lambda x: dv.binary_cross_entropy_with_logits([0.0, 1.0], x),
        lambda x: dv.optimal_discriminator(x, [1.0, 1.0]),
        lambda x: dv.fit_normal(x),
        lambda x: dv.log_likelihood(x, "normal", mean=0.0, sigma=1.0),
        lambda x: dv.entropy_knn(x),
        lambda x: dv.kl_divergence_knn(x, [1.0, 2.0]),
        lambda x: dv.fit_bernoulli(x),
    ],
)
def test_both_infinities_raise_without_a_warning(call):
    with pytest.raises(ValueError, match=r"contains inf|contains NaN|negative"):
        call(np.array([np.inf, -np.inf]))


def test_loss_reproducers():
    assert dv.mean_squared_error([1.3e154, 1.3e154], [0, 0]) == pytest.approx(1.69e308, rel=1e-15)
    losses = dv.binary_cross_entropy([1.0], [1.0], reduction="none")
    assert losses[0] == 0.0 and not np.signbit(losses[0])


# --- accuracy against mpmath over the whole range ----------------------------------------


def _kl_normal_exact(mu_p, s_p, mu_q, s_q):
    # s_p**2 - s_q**2 and mu_p - mu_q are exact at 100 digits; grouped so that
    # the small mean term is not added to 1/2 (which would keep only its
    # leading digits).
    mu_p, s_p, mu_q, s_q = map(mpf, (mu_p, s_p, mu_q, s_q))
    return mpmath.log(s_q / s_p) + (s_p**2 - s_q**2) / (2 * s_q**2) + (mu_p - mu_q) ** 2 / (2 * s_q**2)


near = st.floats(-1e-6, 1e-6)


@settings(max_examples=150)
@given(signed, magnitudes, signed, magnitudes, near, st.booleans())
def test_kl_normal_is_accurate_over_the_whole_range(mu_p, s_p, mu_q, s_q, nudge, nearly_equal):
    if nearly_equal:  # the regime where the textbook formula cancels
        s_q = s_p * (1 + nudge)
        mu_q = mu_p + nudge * s_p
        if not (0 < s_q <= MAX and math.isfinite(mu_q)):
            return
    value = dv.kl_normal(mu_p, s_p, mu_q, s_q)
    assert value >= 0
    assert close(value, _kl_normal_exact(mu_p, s_p, mu_q, s_q), 1e-12, 1e-300)


@settings(max_examples=100)
@given(magnitudes)
def test_entropy_normal_is_accurate_over_the_whole_range(sigma):
    truth = mpmath.log(2 * mpmath.pi * mpmath.e * mpf(sigma) ** 2) / 2
    assert close(dv.entropy_normal(sigma), truth, 0.0, 1e-15 * (1 + abs(truth)))


def _spd(rng, d, scale, condition):
    q, _ = np.linalg.qr(rng.normal(size=(d, d)))
    matrix = (q * np.geomspace(1.0, 1.0 / condition, d)) @ q.T
    return (matrix + matrix.T) / 2 * scale


def _kl_mvn_exact(mean_p, cov_p, mean_q, cov_q):
    cp, cq = mpmath.matrix(cov_p.tolist()), mpmath.matrix(cov_q.tolist())
    shift = mpmath.matrix([mpf(a) - mpf(b) for a, b in zip(mean_q, mean_p, strict=False)])
    inverse = cq**-1
    d = len(mean_p)
    trace = sum((inverse * cp)[i, i] for i in range(d))
    quadratic = (shift.T * inverse * shift)[0, 0]
    # Two non-negative parts, added last: the quadratic one can be 1e-100 of
    # the trace, beyond 100 digits.
    covariance_part = trace - d + mpmath.log(mpmath.det(cq)) - mpmath.log(mpmath.det(cp))
    return (covariance_part + quadratic) / 2


@settings(max_examples=60)
@given(
    st.integers(1, 3),
    st.integers(0, 2**32 - 1),
    st.integers(-300, 300),
    st.integers(-300, 300),
    st.integers(-300, 300),
    st.booleans(),
)
def test_kl_mvn_is_accurate_over_the_whole_range(d, seed, e_p, e_q, e_mu, nearly_equal):
    rng = np.random.default_rng(seed)
    cov_p = _spd(rng, d, 10.0**e_p, 1e3)
    cov_q = cov_p * (1 + 1e-9) if nearly_equal else _spd(rng, d, 10.0**e_q, 1e3)
    mean_p = rng.normal(size=d) * 10.0**e_mu
    mean_q = mean_p + rng.normal(size=d) * 10.0 ** (e_mu - 5)
    value = dv.kl_mvn(mean_p, cov_p, mean_q, cov_q)
    truth = _kl_mvn_exact(mean_p, cov_p, mean_q, cov_q)
    # The documented bound for condition numbers up to 1e3 (see kl_mvn's Notes).
    assert value >= 0
    assert close(value, truth, 1e-12, 1e-10 * d * float(mpmath.sqrt(abs(truth))) + 1e-300)


@settings(max_examples=60)
@given(st.integers(1, 3), st.integers(0, 2**32 - 1), st.integers(-300, 300))
def test_entropy_mvn_is_accurate_over_the_whole_range(d, seed, e):
    cov = _spd(np.random.default_rng(seed), d, 10.0**e, 1e3)
    truth = (d * mpmath.log(2 * mpmath.pi * mpmath.e) + mpmath.log(mpmath.det(mpmath.matrix(cov.tolist())))) / 2
    assert close(dv.entropy_mvn(cov), truth, 0.0, 1e-13 * (d + abs(truth)))


@settings(max_examples=150)
@given(st.one_of(magnitudes, st.just(0.0)), st.one_of(magnitudes, st.just(0.0)))
def test_optimal_discriminator_is_accurate_and_inside_the_unit_interval(p, q):
    value = dv.optimal_discriminator(p, q)
    assert 0.0 <= value <= 1.0
    if p == q == 0:
        assert value == 0.5
    elif p > 0 and q > 0:
        assert 0.0 < value < 1.0
        truth = mpf(p) / (mpf(p) + mpf(q))
        # Rounded into (0, 1) where the ratio itself would round to 0 or 1.
        assert close(value, truth, 1e-15, 5e-324) or value in (5e-324, float(np.nextafter(1.0, 0.0)))


distributions = st.integers(2, 5).flatmap(
    lambda n: st.tuples(
        st.lists(st.one_of(magnitudes, st.just(0.0)), min_size=n, max_size=n),
        st.lists(st.one_of(magnitudes, st.just(0.0)), min_size=n, max_size=n),
    )
)


def _normalised(weights):
    w = np.array(weights) / 4  # largest 2**1022: the sum of five stays finite
    return w / w.sum() if w.any() else None


@settings(max_examples=150)
@given(distributions)
def test_gan_value_at_the_optimum_keeps_its_bounds_and_equals_the_jsd_form(pair):
    p, q = (_normalised(w) for w in pair)
    if p is None or q is None:
        return
    value = dv.gan_value(p, q, dv.optimal_discriminator(p, q), normalize=True)
    assert -LOG4 <= value <= 0.0
    truth = -mpmath.log(4) + 2 * _js_exact(p / math.fsum(p), q / math.fsum(q))
    assert close(value, truth, 1e-12, 1e-14)


def _js_exact(p, q):
    total = mpmath.mpf(0)
    for a, b in zip(map(mpf, p), map(mpf, q), strict=False):
        m = (a + b) / 2
        total += (a * mpmath.log(a / m) if a else 0) + (b * mpmath.log(b / m) if b else 0)
    return total / 2


def _kl_exact(p, q):
    # The form kl_divergence documents: p log(p/q) + q - p, equal to the
    # definition when both sum to 1.
    total = mpmath.mpf(0)
    for a, b in zip(map(mpf, p), map(mpf, q), strict=False):
        if a > 0 and b == 0:
            return mpmath.inf
        total += (a * mpmath.log(a / b) if a else 0) + b - a
    return total


@settings(max_examples=150)
@given(distributions)
def test_discrete_measures_are_accurate_with_subnormal_and_huge_weights(pair):
    p, q = (_normalised(w) for w in pair)
    if p is None or q is None:
        return
    kl = dv.kl_divergence(p, q)
    assert kl >= 0 and close(kl, _kl_exact(p, q), 1e-12, 1e-300)
    js = dv.js_divergence(p, q)
    assert 0 <= js <= LOG2 and close(js, _js_exact(p, q), 1e-12, 1e-300)
    h = dv.entropy(p)
    truth_h = -sum((mpf(a) * mpmath.log(mpf(a)) for a in p if a), mpmath.mpf(0))
    assert h >= 0 and close(h, truth_h, 1e-12, 1e-300)


samples = st.lists(st.floats(-1.0, 1.0), min_size=2, max_size=6)


@settings(max_examples=150)
@given(samples, st.integers(-1070, 1020), st.booleans())
@example([0.0, 0.125], -1070, False)  # sigma is exactly the smallest subnormal, 2**-1074
@example([0.0, 0.5, 0.5], -1072, False)  # sigma = 0.94 * 2**-1074 rounds to it
@example([0.0, 0.0625], -1070, False)  # sigma = 2**-1075 exactly: a tie, rounds to 0
def test_fit_normal_and_log_likelihood_are_accurate_over_the_whole_range(unit, exponent, nearly_constant):
    if nearly_constant:  # a spread of a few ulps of the mean
        unit = [0.75 + i * 2.0**-53 * v for i, v in enumerate(unit)]
    x = [math.ldexp(v, exponent) for v in unit]
    exact = [mpf(v) for v in x]
    n = len(x)
    mean = sum(exact) / n
    variance = sum((v - mean) ** 2 for v in exact) / n
    # Representable: sigma rounds to a positive float64 (at least half the smallest subnormal, 2**-1074).
    if variance == 0 or not (mpf(2) ** -1075 < mpmath.sqrt(variance) < MAX):
        with pytest.raises(ValueError, match="x"):
            dv.fit_normal(x)
        return
    fit = dv.fit_normal(x)
    sigma = mpmath.sqrt(variance)
    assert close(fit.mean, mean, 1e-15, 1e-320)
    assert close(fit.sigma, sigma, 1e-12, 1e-320)
    ll = -mpf(n) / 2 * (mpmath.log(2 * mpmath.pi * variance) + 1)
    assert close(fit.log_likelihood, ll, 1e-12, 1e-12)
    # At other parameters: the sum of the terms, to 1e-13 of their size.
    mu, sd = mean + 3 * sigma, 2 * sigma
    if abs(mu) < MAX:
        terms = [-(mpmath.log(2 * mpmath.pi) / 2 + mpmath.log(sd) + (v - mu) ** 2 / (2 * sd**2)) for v in exact]
        value = dv.log_likelihood(x, "normal", mean=float(mu), sigma=float(sd))
        size = sum(abs(t) for t in terms) + n * abs(mpmath.log(sd))
        exact_value = -sum(
            mpmath.log(2 * mpmath.pi) / 2
            + mpmath.log(mpf(float(sd)))
            + (v - mpf(float(mu))) ** 2 / (2 * mpf(float(sd)) ** 2)
            for v in exact
        )
        assert close(value, exact_value, 0.0, 1e-13 * float(size) + 1e-300)


@settings(max_examples=100)
@given(st.lists(signed, min_size=1, max_size=4), st.lists(signed, min_size=1, max_size=4))
def test_mean_squared_error_is_accurate_over_the_whole_range(y, y_hat):
    n = min(len(y), len(y_hat))
    y, y_hat = y[:n], y_hat[:n]
    squares = [(mpf(a) - mpf(b)) ** 2 for a, b in zip(y, y_hat, strict=False)]
    assert close(dv.mean_squared_error(y, y_hat), sum(squares) / n, 1e-13, 1e-320)
    assert close(dv.mean_squared_error(y, y_hat, reduction="sum"), sum(squares), 1e-13, 1e-320)


probabilities = st.one_of(st.floats(0.0, 1.0), magnitudes.filter(lambda v: v <= 1.0))


@settings(max_examples=100)
@given(probabilities, probabilities, signed)
def test_binary_cross_entropies_are_accurate(y, y_hat, z):
    y_, yh = mpf(y), mpf(y_hat)
    terms = []
    if y_ > 0:
        terms.append(-y_ * mpmath.log(yh) if yh > 0 else mpmath.inf)
    if y_ < 1:  # log1p: log(1 - 1e-102) is 0 at 100 digits
        terms.append(-(1 - y_) * mpmath.log1p(-yh) if yh < 1 else mpmath.inf)
    value = dv.binary_cross_entropy([y], [y_hat])
    assert value >= 0 and close(value, sum(terms, mpmath.mpf(0)), 1e-13, 1e-320)
    z_ = mpf(z)
    truth = y_ * mpmath.log1p(mpmath.exp(-z_)) + (1 - y_) * mpmath.log1p(mpmath.exp(z_))
    logits = dv.binary_cross_entropy_with_logits([y], [z])
    assert logits >= 0 and close(logits, truth, 1e-13, 1e-320)


@settings(max_examples=60)
@given(st.lists(st.integers(0, 3), min_size=1, max_size=8), st.one_of(magnitudes, st.just(0.0)))
def test_fit_categorical_probabilities_are_accurate_for_any_smoothing(labels, alpha):
    fit = dv.fit_categorical(labels, 4, smoothing=alpha)
    counts = np.bincount(labels, minlength=4)
    for c, value in zip(counts, fit.probabilities, strict=False):
        truth = (c + mpf(alpha)) / (len(labels) + 4 * mpf(alpha))
        assert close(value, truth, 1e-15, 1e-320)


# --- the fuzz grid: odd values at every argument of every public function -----------------

GOOD = {
    "entropy": (dv.entropy, {"p": [0.5, 0.5], "base": 2.0, "axis": -1, "normalize": False}),
    "cross_entropy": (
        dv.cross_entropy,
        {"p": [0.5, 0.5], "q": [0.25, 0.75], "base": 2.0, "axis": -1, "normalize": False},
    ),
    "kl_divergence": (
        dv.kl_divergence,
        {"p": [0.5, 0.5], "q": [0.25, 0.75], "base": 2.0, "axis": -1, "normalize": False},
    ),
    "js_divergence": (
        dv.js_divergence,
        {"p": [0.5, 0.5], "q": [0.25, 0.75], "base": 2.0, "axis": -1, "normalize": False},
    ),
    "js_distance": (dv.js_distance, {"p": [0.5, 0.5], "q": [0.25, 0.75], "base": 2.0, "axis": -1, "normalize": False}),
    "kl_normal": (dv.kl_normal, {"mu_p": 0.0, "sigma_p": 1.0, "mu_q": 1.0, "sigma_q": 2.0, "base": 2.0}),
    "entropy_normal": (dv.entropy_normal, {"sigma": 1.0, "base": 2.0}),
    "entropy_mvn": (dv.entropy_mvn, {"cov": [[2.0, 0.5], [0.5, 1.0]], "base": 2.0}),
    "kl_mvn": (
        dv.kl_mvn,
        {
            "mean_p": [0.0, 0.0],
            "cov_p": [[2.0, 0.5], [0.5, 1.0]],
            "mean_q": [1.0, 0.0],
            "cov_q": [[1.0, 0.0], [0.0, 1.0]],
            "base": 2.0,
        },
    ),
    "kl_bernoulli": (dv.kl_bernoulli, {"a": 0.3, "b": 0.6, "base": 2.0}),
    "binary_cross_entropy": (
        dv.binary_cross_entropy,
        {"y_true": [1.0, 0.0], "y_pred": [0.8, 0.3], "base": 2.0, "reduction": "mean"},
    ),
    "binary_cross_entropy_with_logits": (
        dv.binary_cross_entropy_with_logits,
        {"y_true": [1.0, 0.0], "logits": [2.0, -1.0], "base": 2.0, "reduction": "mean"},
    ),
    "mean_squared_error": (dv.mean_squared_error, {"y_true": [1.0, 0.0], "y_pred": [0.5, 0.5], "reduction": "mean"}),
    "optimal_discriminator": (dv.optimal_discriminator, {"p_data": [0.5, 0.5], "p_model": [0.2, 0.8]}),
    "gan_value": (
        dv.gan_value,
        {"p_data": [0.5, 0.5], "p_model": [0.2, 0.8], "discriminator": [0.7, 0.4], "base": 2.0, "normalize": False},
    ),
    "fit_bernoulli": (dv.fit_bernoulli, {"x": [1, 0, 1]}),
    "fit_categorical": (dv.fit_categorical, {"x": [0, 2, 1], "n_categories": 3, "smoothing": 1.0}),
    "fit_normal": (dv.fit_normal, {"x": [1.0, 2.0, 4.0]}),
    "log_likelihood": (dv.log_likelihood, {"x": [1.0, 2.0, 4.0], "family": "normal", "mean": 0.0, "sigma": 1.0}),
    "negative_log_likelihood": (dv.negative_log_likelihood, {"x": [1, 0, 1], "family": "bernoulli", "p": 0.5}),
    "log_likelihood_categorical": (
        dv.log_likelihood,
        {"x": [0, 1, 1], "family": "categorical", "probabilities": [0.3, 0.7]},
    ),
    "entropy_knn": (dv.entropy_knn, {"x": [0.0, 1.0, 2.5, 4.0], "k": 1, "base": 2.0}),
    "kl_divergence_knn": (dv.kl_divergence_knn, {"x": [0.0, 1.0, 2.5, 4.0], "y": [0.5, 1.5, 3.0], "k": 1, "base": 2.0}),
}
# The positional arguments of each function, in order; the rest are keywords.
POSITIONAL = {
    "entropy": 1,
    "cross_entropy": 2,
    "kl_divergence": 2,
    "js_divergence": 2,
    "js_distance": 2,
    "kl_normal": 4,
    "entropy_normal": 1,
    "entropy_mvn": 1,
    "kl_mvn": 4,
    "kl_bernoulli": 2,
    "binary_cross_entropy": 2,
    "binary_cross_entropy_with_logits": 2,
    "mean_squared_error": 2,
    "optimal_discriminator": 2,
    "gan_value": 3,
    "fit_bernoulli": 1,
    "fit_categorical": 2,
    "fit_normal": 1,
    "log_likelihood": 2,
    "negative_log_likelihood": 2,
    "log_likelihood_categorical": 2,
    "entropy_knn": 1,
    "kl_divergence_knn": 2,
}
# Bounds each result keeps whatever the input (base 2 > 1 everywhere above).
NON_NEGATIVE = {
    "entropy",
    "cross_entropy",
    "kl_divergence",
    "js_divergence",
    "js_distance",
    "kl_normal",
    "kl_mvn",
    "kl_bernoulli",
    "binary_cross_entropy",
    "binary_cross_entropy_with_logits",
    "mean_squared_error",
    "optimal_discriminator",
    "negative_log_likelihood",
}

ODD_VALUES = {
    "nan": math.nan,
    "inf": math.inf,
    "-inf": -math.inf,
    "both infinities": np.array([np.inf, -np.inf]),
    "huge": 1e308,
    "-huge": -1e308,
    "huge pair": [1.7e308, 1.7e308],
    "subnormal": 5e-324,
    "-0.0": -0.0,
    "zero": 0.0,
    "huge int": 10**400,
    "-huge int": -(10**400),
    "int": 3,
    "bool": True,
    "numpy bool": np.bool_(False),
    "string": "1",
    "string False": "False",
    "None": None,
    "complex": 1 + 2j,
    "empty": [],
    "ragged": [[1.0], [1.0, 2.0]],
    "masked": np.ma.masked_array([0.5, 0.5], mask=[0, 1]),
    "masked, no mask": np.ma.masked_array([0.5, 0.5]),
    "int array": np.array([0, 1]),
    "0-d array": np.array(0.5),
    "float32 max": np.float32(3.4e38),
    "float16": np.array([0.5, 0.5], dtype=np.float16),
    "3-D": np.full((2, 2, 2), 0.25),
    "dict": {"a": 1},
    "object": object(),
    "str array": np.array(["a"]),
    "fraction": Fraction(1, 3),
    "decimal": Decimal("0.5"),
    "datetime": np.datetime64("2020-01-01"),
    "list of None": [None, None],
}
if np.finfo(np.longdouble).maxexp > np.finfo(np.float64).maxexp:  # x86: 80-bit long double
    ODD_VALUES["long double beyond float64"] = np.array([np.longdouble("1e400")])


def _check_result(function_name, result, flipped=False):
    """The promises every successful call keeps (``flipped``: a base below 1 flips signs)."""
    if dataclasses.is_dataclass(result):
        values = [getattr(result, f.name) for f in dataclasses.fields(result)]
    else:
        values = [result]
    for value in values:
        array = np.asarray(value, dtype=np.float64)
        assert not np.isnan(array).any(), f"{function_name} returned NaN"
        if function_name in NON_NEGATIVE and not flipped:
            assert (array >= 0).all() and not np.signbit(array).any(), f"{function_name} returned {value!r}"
    if function_name == "js_divergence" and not flipped:
        assert np.all(np.asarray(result) <= 1.0)  # bits
    if function_name == "gan_value" and not flipped:
        assert np.all(np.asarray(result) <= 0.0)


CASES = [
    (function_name, argument, odd)
    for function_name, (_, arguments) in GOOD.items()
    for argument in arguments
    for odd in ODD_VALUES
]


@pytest.mark.parametrize("function_name", list(GOOD))
def test_the_fuzz_grid_calls_are_valid_as_given(function_name):
    function, arguments = GOOD[function_name]
    _check_result(function_name, _call(function_name, function, arguments))


def _call(function_name, function, arguments):
    values = list(arguments.values())
    n = POSITIONAL[function_name]
    return function(*values[:n], **dict(list(arguments.items())[n:]))


@pytest.mark.parametrize("function_name", list(GOOD))
def test_odd_values_at_every_argument_succeed_within_bounds_or_raise_value_error_naming_it(function_name):
    function, arguments = GOOD[function_name]
    for argument in arguments:
        for label, odd in ODD_VALUES.items():
            changed = {**arguments, argument: odd}
            try:
                result = _call(function_name, function, changed)
            except ValueError as error:
                # "the covariance of x" and "family 'x' ..." name the argument too.
                assert argument in str(error), (function_name, argument, label, str(error))
            except TypeError as error:
                # The one TypeError: a parameter keyword the family does not take.
                assert "takes the parameters" in str(error), (function_name, argument, label, str(error))
                assert function_name.startswith(("log_likelihood", "negative_log_likelihood"))
            else:
                flipped = argument == "base" and isinstance(odd, (float, Fraction, np.floating)) and 0 < odd < 1
                _check_result(function_name, result, flipped)


# Arrays of special and extreme floats, for every array argument.
special_floats = st.sampled_from(
    [0.0, -0.0, 5e-324, 2.2e-308, 1e-200, 0.5, 1.0, 1e200, 1.7e308, -1.0, -1.7e308, math.inf, -math.inf, math.nan]
)


@settings(max_examples=40)
@given(st.sampled_from(list(GOOD)), st.data())
def test_arrays_of_special_values_keep_the_promises(function_name, data):
    function, arguments = GOOD[function_name]
    changed = dict(arguments)
    for argument, value in arguments.items():
        if isinstance(value, list) and data.draw(st.booleans()):
            shape = np.shape(value)
            flat = data.draw(st.lists(special_floats, min_size=int(np.prod(shape)), max_size=int(np.prod(shape))))
            changed[argument] = np.reshape(flat, shape)
    try:
        result = _call(function_name, function, changed)
    except ValueError as error:
        assert any(name in str(error) for name in changed), str(error)
    else:
        _check_result(function_name, result)
