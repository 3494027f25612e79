"""Closed forms for normal and Bernoulli distributions (divergence._gaussian)."""

import math
import warnings

import mpmath
import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from scipy import integrate, stats

import divergence as dv

RNG_SEED = 7

mus = st.floats(-5.0, 5.0)
sigmas = st.floats(0.05, 5.0)


def _kl_normal_mpmath(mu_p, s_p, mu_q, s_q):
    # Enough digits for the textbook formula to survive its own cancellation
    # (a shift of 1e-150 gives a divergence of 1e-300).
    with mpmath.workdps(700):
        mu_p, s_p, mu_q, s_q = map(mpmath.mpf, (mu_p, s_p, mu_q, s_q))
        return float(mpmath.log(s_q / s_p) + (s_p**2 + (mu_p - mu_q) ** 2) / (2 * s_q**2) - mpmath.mpf(1) / 2)


@pytest.mark.parametrize(
    ("mu_p", "s_p", "mu_q", "s_q"), [(0, 1, 0, 1), (0, 1, 1, 2), (1.5, 0.3, -0.5, 1.2), (0, 2, 0, 0.5)]
)
def test_kl_normal_against_numerical_integration(mu_p, s_p, mu_q, s_q):
    p, q = stats.norm(mu_p, s_p), stats.norm(mu_q, s_q)
    lo, hi = mu_p - 12 * s_p, mu_p + 12 * s_p
    expected, _ = integrate.quad(lambda t: p.pdf(t) * (p.logpdf(t) - q.logpdf(t)), lo, hi, epsabs=1e-13, limit=200)
    assert dv.kl_normal(mu_p, s_p, mu_q, s_q) == pytest.approx(expected, rel=1e-8, abs=1e-12)


def test_kl_normal_against_kl_divergence_on_a_fine_grid():
    grid, step = np.linspace(-15, 15, 200_001, retstep=True)
    p, q = stats.norm(0.3, 1.2).pdf(grid) * step, stats.norm(-0.4, 0.9).pdf(grid) * step
    discrete = dv.kl_divergence(p, q, normalize=True)
    assert dv.kl_normal(0.3, 1.2, -0.4, 0.9) == pytest.approx(discrete, rel=1e-7)


@given(mus, sigmas, mus, sigmas)
@example(4.625, 4.625, 4.625, 4.671875)  # t = -0.02: just past the series
def test_kl_normal_matches_mpmath_and_is_non_negative(mu_p, s_p, mu_q, s_q):
    value = dv.kl_normal(mu_p, s_p, mu_q, s_q)
    assert value >= 0
    assert value == pytest.approx(_kl_normal_mpmath(mu_p, s_p, mu_q, s_q), rel=1e-12, abs=1e-300)


@pytest.mark.parametrize(("s_p", "s_q"), [(1 + 1e-9, 1.0), (1.0, 1 - 3e-12), (1e-9, 1.0), (1.0, 1e-9), (1e-150, 1e150)])
def test_kl_normal_accurate_for_nearly_equal_and_extreme_scales(s_p, s_q):
    # The textbook formula cancels to noise for nearly equal sigmas and
    # takes log1p(-1) = -inf for very unequal ones; ours stays accurate.
    assert dv.kl_normal(0.0, s_p, 0.0, s_q) == pytest.approx(_kl_normal_mpmath(0, s_p, 0, s_q), rel=1e-9)


def test_kl_normal_broadcasts_and_base():
    values = dv.kl_normal(0.0, 1.0, np.array([[0.0], [1.0]]), np.array([1.0, 2.0, 3.0]))
    assert values.shape == (2, 3) and values[0, 0] == 0.0
    assert dv.kl_normal(0.0, 1.0, 1.0, 1.0, base=2) == pytest.approx(0.5 / math.log(2), rel=1e-15)
    assert isinstance(dv.kl_normal(0, 1, 0, 1), float)


def test_entropy_normal_against_integration_and_scipy():
    for sigma in (0.1, 1.0, 3.7):
        p = stats.norm(0.0, sigma)
        expected, _ = integrate.quad(lambda t: -p.pdf(t) * p.logpdf(t), -15 * sigma, 15 * sigma, limit=200)
        assert dv.entropy_normal(sigma) == pytest.approx(expected, rel=1e-9)
    sigmas_ = np.array([0.2, 1.0, 5.0])
    np.testing.assert_allclose(dv.entropy_normal(sigmas_), stats.norm(scale=sigmas_).entropy(), rtol=1e-14)
    assert dv.entropy_normal(0.1) < 0  # differential entropy can be negative
    assert dv.entropy_normal(1.0, base=2) == pytest.approx(dv.entropy_normal(1.0) / math.log(2))


def _random_spd(rng, d):
    a = rng.normal(size=(d, d))
    return a @ a.T + 0.5 * np.eye(d)


def test_entropy_mvn_against_scipy_and_univariate():
    rng = np.random.default_rng(RNG_SEED)
    cov = _random_spd(rng, 4)
    assert dv.entropy_mvn(cov) == pytest.approx(stats.multivariate_normal(cov=cov).entropy(), rel=1e-12)
    assert dv.entropy_mvn(np.diag([0.5**2, 2.0**2])) == pytest.approx(
        dv.entropy_normal(0.5) + dv.entropy_normal(2.0), rel=1e-14
    )
    assert dv.entropy_mvn([[1e-300]]) == pytest.approx(dv.entropy_normal(1e-150), rel=1e-14)  # no det underflow


def _kl_mvn_textbook(mp, cp, mq, cq):
    d = len(mp)
    inv = np.linalg.inv(cq)
    diff = mq - mp
    return 0.5 * (np.trace(inv @ cp) + diff @ inv @ diff - d + np.linalg.slogdet(cq)[1] - np.linalg.slogdet(cp)[1])


@pytest.mark.parametrize("d", [1, 2, 5])
def test_kl_mvn_against_textbook_formula(d):
    rng = np.random.default_rng(RNG_SEED + d)
    mp, mq = rng.normal(size=d), rng.normal(size=d)
    cp, cq = _random_spd(rng, d), _random_spd(rng, d)
    assert dv.kl_mvn(mp, cp, mq, cq) == pytest.approx(_kl_mvn_textbook(mp, cp, mq, cq), rel=1e-10)


def test_kl_mvn_against_numerical_integration_in_2d():
    mp, cp = np.array([0.2, -0.1]), np.array([[1.0, 0.4], [0.4, 0.8]])
    mq, cq = np.array([-0.3, 0.5]), np.array([[1.5, -0.2], [-0.2, 1.0]])
    axis, step = np.linspace(-9, 9, 901, retstep=True)
    grid = np.stack(np.meshgrid(axis, axis, indexing="ij"), axis=-1)
    p = stats.multivariate_normal(mp, cp).pdf(grid).ravel() * step**2
    q = stats.multivariate_normal(mq, cq).pdf(grid).ravel() * step**2
    assert dv.kl_mvn(mp, cp, mq, cq) == pytest.approx(dv.kl_divergence(p, q, normalize=True), rel=1e-6)


def test_kl_mvn_diagonal_is_a_sum_of_univariate_and_zero_for_equal():
    mp, sp, mq, sq = np.array([0.0, 1.0]), np.array([1.0, 0.5]), np.array([1.0, -1.0]), np.array([2.0, 0.7])
    expected = dv.kl_normal(mp, sp, mq, sq).sum()
    assert dv.kl_mvn(mp, np.diag(sp**2), mq, np.diag(sq**2)) == pytest.approx(expected, rel=1e-13)
    cov = _random_spd(np.random.default_rng(RNG_SEED), 3)
    assert dv.kl_mvn(np.ones(3), cov, np.ones(3), cov) == pytest.approx(0.0, abs=1e-14)
    # Nearly equal covariances: non-negative and of the right size, not noise.
    cov_q = cov * (1 + 1e-8)
    assert dv.kl_mvn(np.ones(3), cov, np.ones(3), cov_q) == pytest.approx(3 * 0.25 * 1e-16, rel=1e-3)


# Subnormal probabilities included: the closed form never forms q/p - 1 by
# subtracting from 1, so no bits are lost anywhere in [0, 1].
probabilities01 = st.floats(0.0, 1.0)


@given(probabilities01, probabilities01)
def test_kl_bernoulli_matches_mpmath_to_the_documented_accuracy(a, b):
    value = dv.kl_bernoulli(a, b)
    with mpmath.workdps(700):
        A, B = mpmath.mpf(a), mpmath.mpf(b)
        terms = []
        for u, v in ((A, B), (1 - A, 1 - B)):
            if u > 0:
                terms.append(u * mpmath.log(u / v) if v > 0 else mpmath.inf)
        expected = float(sum(terms, mpmath.mpf(0)))
    if math.isinf(expected):
        assert value == math.inf
    else:
        assert value == pytest.approx(expected, rel=1e-13, abs=1e-300)
    # The same number as the two-outcome discrete KL wherever that one is
    # exact (1 - a and 1 - b are exact floats).
    if 1 - (1 - a) == a and 1 - (1 - b) == b:
        assert value == pytest.approx(dv.kl_divergence([a, 1 - a], [b, 1 - b]), rel=1e-12, abs=1e-300)


def test_kl_bernoulli_edges_and_broadcasting():
    assert dv.kl_bernoulli(0.5, 0.0) == math.inf and dv.kl_bernoulli(0.5, 1.0) == math.inf
    assert dv.kl_bernoulli(0.0, 0.0) == 0.0 and dv.kl_bernoulli(1.0, 0.3) == pytest.approx(-math.log(0.3))
    assert dv.kl_bernoulli(0.5, 0.5, base=2) == 0.0
    grid = dv.kl_bernoulli(np.array([[0.1], [0.5]]), np.linspace(0.1, 0.9, 5))
    assert grid.shape == (2, 5) and grid[0, 0] == 0.0


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: dv.kl_normal(0.0, 0.0, 0.0, 1.0), "sigma_p must be > 0"),
        (lambda: dv.kl_normal(0.0, 1.0, 0.0, -1.0), "sigma_q must be > 0"),
        (lambda: dv.kl_normal(np.nan, 1.0, 0.0, 1.0), "mu_p contains NaN"),
        (lambda: dv.kl_normal(0.0, 1.0, np.inf, 1.0), "mu_q contains inf"),
        (lambda: dv.kl_normal([0.0, 1.0], 1.0, [0.0, 1.0, 2.0], 1.0), "mu_p .* mu_q .* do not broadcast"),
        (lambda: dv.kl_normal(0, 1, 0, 1, base=1), "base must be"),
        (lambda: dv.entropy_normal([]), "sigma is empty"),
        (lambda: dv.entropy_normal(-1.0), "sigma must be > 0"),
        (lambda: dv.entropy_mvn([[1.0, 2.0], [2.0, 1.0]]), "cov is not positive definite"),
        (lambda: dv.entropy_mvn([[1.0, 0.0], [0.0, 0.0]]), "cov is not positive definite"),
        (lambda: dv.entropy_mvn([1.0, 2.0]), "cov must be a square 2-D matrix"),
        (lambda: dv.kl_mvn([0.0], [[1.0]], [0.0, 0.0], np.eye(2)), "mean_p and mean_q must have the same dimension"),
        (lambda: dv.kl_mvn([[0.0]], [[1.0]], [0.0], [[1.0]]), "mean_p must be a 1-D vector"),
        (lambda: dv.kl_mvn([0.0, 0.0], np.eye(3), [0.0, 0.0], np.eye(2)), "cov_p must be 2 x 2"),
        (
            lambda: dv.kl_mvn([0.0, 0.0], np.eye(2), [0.0, 0.0], [[1.0, 1.0], [1.0, 1.0]]),
            "cov_q is not positive definite",
        ),
        (lambda: dv.kl_mvn([0.0, 0.0], [[1.0, 0.9], [0.1, 1.0]], [0.0, 0.0], np.eye(2)), "cov_p is not symmetric"),
        (lambda: dv.kl_mvn([0.0, 0.0], [[1.0, np.nan], [np.nan, 1.0]], [0.0, 0.0], np.eye(2)), "cov_p contains NaN"),
        (lambda: dv.kl_bernoulli(1.5, 0.5), r"a must lie in \[0, 1\]"),
        (lambda: dv.kl_bernoulli(0.5, -0.1), r"b must lie in \[0, 1\]"),
        (lambda: dv.kl_bernoulli([0.1, 0.2], [0.1, 0.2, 0.3]), "a .* b .* do not broadcast"),
    ],
)
def test_bad_input_raises_value_error_naming_the_argument(call, match):
    with pytest.raises(ValueError, match=match):
        call()


@pytest.mark.parametrize(
    ("mu_p", "s_p", "mu_q", "s_q"), [(0, 1e200, 0, 1e-200), (0, 1, 0, 1e-170), (0, 1, 1e200, 1e-200)]
)
def test_kl_normal_overflows_to_inf_not_nan(mu_p, s_p, mu_q, s_q):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert dv.kl_normal(mu_p, s_p, mu_q, s_q) == math.inf


def test_kl_mvn_overflows_to_inf_not_nan():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert dv.kl_mvn([0.0], [[1e300]], [0.0], [[1e-300]]) == math.inf


def test_a_diagonal_covariance_with_very_different_scales_is_positive_definite():
    cov = np.diag([1e10, 1e-10])
    assert dv.entropy_mvn(cov) == pytest.approx(dv.entropy_normal(1e5) + dv.entropy_normal(1e-5))
    with pytest.raises(ValueError, match="cov is not positive definite"):
        dv.entropy_mvn([[1.0, 1.0], [1.0, 1.0]])
