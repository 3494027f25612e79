"""The GAN objective and its optimal discriminator (divergence._gan)."""

import math
import warnings

import mpmath
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy import stats

import divergence as dv

LOG4 = math.log(4.0)


@st.composite
def distribution_pairs(draw):
    n = draw(st.integers(1, 8))
    weights = st.lists(st.floats(0.0, 1.0), min_size=n, max_size=n).filter(lambda w: sum(w) > 1e-3)
    p, q = np.array(draw(weights)), np.array(draw(weights))
    return p / p.sum(), q / q.sum()


@given(distribution_pairs())
def test_value_at_optimal_discriminator_is_minus_log4_plus_twice_jsd(pq):
    p, q = pq
    value = dv.gan_value(p, q, dv.optimal_discriminator(p, q))
    # The identity against the library's JSD, and gan_value against mpmath.
    assert value == pytest.approx(-LOG4 + 2 * dv.js_divergence(p, q), abs=1e-14)
    assert value == pytest.approx(_value_at_optimum_mpmath(p, q), abs=1e-14)
    assert -LOG4 - 1e-12 <= value <= 1e-12


def _value_at_optimum_mpmath(p, q):
    with mpmath.workdps(50):
        total = -mpmath.log(4)
        for a, b in zip(map(mpmath.mpf, p), map(mpmath.mpf, q), strict=False):
            total += sum((u * mpmath.log(2 * u / (a + b)) for u in (a, b) if u > 0), mpmath.mpf(0))
        return float(total)


@given(distribution_pairs(), st.lists(st.floats(0.0, 1.0), min_size=8, max_size=8))
def test_optimal_discriminator_maximises_the_value(pq, d):
    p, q = pq
    other = np.array(d[: p.size])
    assert dv.gan_value(p, q, other) <= dv.gan_value(p, q, dv.optimal_discriminator(p, q)) + 1e-12


@given(distribution_pairs())
def test_value_is_exactly_minus_log4_when_the_distributions_coincide(pq):
    p, _ = pq
    d = dv.optimal_discriminator(p, p)
    assert np.all(d == 0.5)
    assert dv.gan_value(p, p, d) == -LOG4
    assert dv.gan_value(p, p, 0.5) == -LOG4


def test_densities_on_a_grid():
    grid = np.linspace(-12.0, 12.0, 4001)
    p, q = stats.norm(0.0, 1.0).pdf(grid), stats.norm(1.5, 2.0).pdf(grid)
    d = dv.optimal_discriminator(p, q)
    value = dv.gan_value(p, q, d, normalize=True)
    assert value == pytest.approx(-LOG4 + 2 * dv.js_divergence(p, q, normalize=True), abs=1e-14)
    assert dv.gan_value(p, p, dv.optimal_discriminator(p, p), normalize=True) == -LOG4


def test_optimal_discriminator_values_and_broadcasting():
    d = dv.optimal_discriminator([0.5, 0.5, 0.0, 0.0], [0.0, 0.25, 0.75, 0.0])
    np.testing.assert_allclose(d, [1.0, 2 / 3, 0.0, 0.5], rtol=1e-15)
    assert dv.optimal_discriminator([[1.0], [2.0]], [1.0, 3.0]).shape == (2, 2)


def test_infinite_values_without_warnings_or_nan():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert dv.gan_value([0.5, 0.5], [0.5, 0.5], [0.0, 0.5]) == -math.inf
        assert dv.gan_value([0.5, 0.5], [0.5, 0.5], [1.0, 0.5]) == -math.inf
        # Outcomes a distribution never produces cost nothing, whatever D is there.
        assert dv.gan_value([1.0, 0.0], [0.0, 1.0], [1.0, 0.0]) == pytest.approx(0.0, abs=0)
        assert dv.gan_value([1.0, 0.0], [0.0, 1.0], [1.0, 0.0], base=2) == 0.0


def test_batches_and_base():
    p = np.array([[0.5, 0.5], [0.9, 0.1]])
    q = np.array([0.2, 0.8])
    values = dv.gan_value(p, q, dv.optimal_discriminator(p, q))
    assert values.shape == (2,)
    np.testing.assert_allclose(values, -LOG4 + 2 * dv.js_divergence(p, q), atol=1e-14)
    assert dv.gan_value([0.5, 0.5], [0.5, 0.5], 0.5, base=2) == pytest.approx(-2.0, rel=1e-15)


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: dv.optimal_discriminator([-0.1, 1.1], [0.5, 0.5]), "p_data has negative entries"),
        (lambda: dv.optimal_discriminator([0.5, 0.5], [np.nan, 0.5]), "p_model contains NaN"),
        (lambda: dv.optimal_discriminator([], [0.5]), "p_data is empty"),
        (lambda: dv.optimal_discriminator([0.5, 0.5], [0.2, 0.3, 0.5]), "p_data .* p_model .* do not broadcast"),
        (lambda: dv.gan_value([0.5, 0.6], [0.5, 0.5], 0.5), "p_data does not sum to 1"),
        (lambda: dv.gan_value([0.5, 0.5], [-0.5, 1.5], 0.5), "p_model has 1 negative entry"),
        (lambda: dv.gan_value([0.5, 0.5], [0.2, 0.3, 0.5], 0.5), "p_data has 2, p_model has 3"),
        (lambda: dv.gan_value([0.5, 0.5], [0.5, 0.5], [0.5, 1.5]), r"discriminator must lie in \[0, 1\]"),
        (lambda: dv.gan_value([0.5, 0.5], [0.5, 0.5], [0.5, np.nan]), "discriminator contains NaN"),
        (lambda: dv.gan_value([0.5, 0.5], [0.5, 0.5], [0.5, 0.5, 0.5]), "discriminator .* do not broadcast"),
        (
            lambda: dv.gan_value([0.0, 0.0], [0.5, 0.5], 0.5, normalize=True),
            "p_data has a distribution whose entries are all zero",
        ),
        (lambda: dv.gan_value([0.5, 0.5], [0.5, 0.5], 0.5, base=0), "base must be"),
    ],
)
def test_bad_input_raises_value_error_naming_the_argument(call, match):
    with pytest.raises(ValueError, match=match):
        call()


def test_far_tails_keep_the_value_finite():
    # p_model / p_data = e^-40 at the left end: p / (p + q) rounds to 1.0.
    grid = np.linspace(-12.0, 12.0, 2001)
    p, q = stats.norm(0.0, 1.0).pdf(grid), stats.norm(3.0, 1.0).pdf(grid)
    d = dv.optimal_discriminator(p, q)
    assert np.all((d > 0) & (d < 1))
    value = dv.gan_value(p, q, d, normalize=True)
    assert value == pytest.approx(-LOG4 + 2 * dv.js_divergence(p, q, normalize=True), abs=1e-12)
    p, q = np.array([1.0, 0.0]), np.array([1e-300, 1.0 - 1e-300])
    assert dv.gan_value(p, q, dv.optimal_discriminator(p, q)) == pytest.approx(
        -LOG4 + 2 * dv.js_divergence(p, q), abs=1e-14
    )
