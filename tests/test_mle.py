"""Maximum-likelihood fits and log-likelihoods (divergence._mle)."""

import dataclasses
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

import divergence as dv

RNG_SEED = 20240605


# --- Bernoulli --------------------------------------------------------------------------


def test_fit_bernoulli_matches_frequency_and_scipy():
    x = np.random.default_rng(RNG_SEED).integers(0, 2, size=200)
    fit = dv.fit_bernoulli(x)
    assert fit.p == x.mean() and fit.n == 200
    assert fit.log_likelihood == pytest.approx(stats.bernoulli(fit.p).logpmf(x).sum(), rel=1e-12)


def test_fit_bernoulli_of_a_certain_outcome_has_zero_log_likelihood():
    assert dv.fit_bernoulli([True, True, True]) == dv.BernoulliFit(p=1.0, n=3, log_likelihood=0.0)
    assert dv.fit_bernoulli([0, 0]).log_likelihood == 0.0


@given(
    x=st.lists(st.integers(0, 1), min_size=1, max_size=30),
    p=st.floats(0.0, 1.0),
)
def test_bernoulli_fit_is_the_maximum(x, p):
    fit = dv.fit_bernoulli(x)
    assert dv.log_likelihood(x, "bernoulli", p=p) <= fit.log_likelihood + 1e-9


def test_bernoulli_log_likelihood_on_a_grid_peaks_at_the_fit():
    x = [1, 1, 0, 1, 0, 1, 1, 1]
    grid = np.linspace(0.0, 1.0, 101)
    ll = dv.log_likelihood(x, "bernoulli", p=grid)
    assert ll.shape == grid.shape
    assert grid[np.argmax(ll)] == pytest.approx(dv.fit_bernoulli(x).p, abs=0.005)
    # p = 0 and p = 1 rule out observed outcomes: -inf, no warning, no NaN.
    assert ll[0] == -np.inf and ll[-1] == -np.inf
    np.testing.assert_allclose(dv.negative_log_likelihood(x, "bernoulli", p=grid[1:-1]), -ll[1:-1], rtol=0, atol=0)
    assert dv.log_likelihood(x, "bernoulli", p=np.full((2, 3), 0.5)).shape == (2, 3)


# --- categorical ------------------------------------------------------------------------


def test_fit_categorical_counts_and_log_likelihood():
    x = np.random.default_rng(RNG_SEED).integers(0, 4, size=300)
    fit = dv.fit_categorical(x, 5)  # category 4 never occurs
    counts = np.bincount(x, minlength=5)
    np.testing.assert_array_equal(fit.counts, counts)
    np.testing.assert_allclose(fit.probabilities, counts / 300, rtol=1e-15)
    assert fit.probabilities[4] == 0 and fit.smoothing == 0.0 and fit.n == 300
    assert fit.log_likelihood == pytest.approx(np.log(fit.probabilities[x]).sum(), rel=1e-12)
    # Per sample, the maximised NLL is the entropy of the empirical distribution.
    assert -fit.log_likelihood / 300 == pytest.approx(dv.entropy(counts / 300), rel=1e-12)


def test_fit_categorical_laplace_smoothing():
    fit = dv.fit_categorical([0, 0, 1], 3, smoothing=1.0)
    np.testing.assert_allclose(fit.probabilities, [3 / 6, 2 / 6, 1 / 6], rtol=1e-15)
    assert fit.smoothing == 1.0
    assert fit.log_likelihood == pytest.approx(2 * math.log(0.5) + math.log(2 / 6), rel=1e-14)
    assert fit.log_likelihood < dv.fit_categorical([0, 0, 1], 3).log_likelihood


@given(
    x=st.lists(st.integers(0, 3), min_size=1, max_size=40),
    weights=st.lists(st.floats(0.0, 1.0), min_size=4, max_size=4).filter(lambda w: sum(w) > 0.01),
)
def test_categorical_nll_is_n_times_cross_entropy_and_fit_maximises(x, weights):
    theta = np.array(weights) / sum(weights)
    empirical = np.bincount(x, minlength=4) / len(x)
    nll = dv.negative_log_likelihood(x, "categorical", probabilities=theta)
    assert nll == pytest.approx(len(x) * dv.cross_entropy(empirical, theta), rel=1e-9)
    assert -nll <= dv.fit_categorical(x, 4).log_likelihood + 1e-9


def test_categorical_log_likelihood_batches_and_rules_out():
    x = [0, 1, 1]
    thetas = np.array([[0.5, 0.5], [0.25, 0.75], [1.0, 0.0]])
    ll = dv.log_likelihood(x, "categorical", probabilities=thetas)
    np.testing.assert_allclose(ll[:2], [3 * math.log(0.5), math.log(0.25) + 2 * math.log(0.75)])
    assert ll[2] == -np.inf


# --- normal -----------------------------------------------------------------------------


def test_fit_normal_univariate_matches_scipy():
    x = np.random.default_rng(RNG_SEED).normal(3.0, 2.0, size=500)
    fit = dv.fit_normal(x)
    assert isinstance(fit, dv.NormalFit)
    mean, sigma = stats.norm.fit(x)
    assert fit.mean == pytest.approx(mean, rel=1e-13) and fit.sigma == pytest.approx(sigma, rel=1e-13)
    expected = stats.norm(mean, sigma).logpdf(x).sum()
    assert fit.log_likelihood == pytest.approx(expected, rel=1e-12)
    assert fit.log_likelihood == pytest.approx(-250 * (math.log(2 * math.pi * sigma**2) + 1), rel=1e-12)


def test_normal_log_likelihood_grid_matches_scipy_and_peaks_at_fit():
    x = np.random.default_rng(RNG_SEED).normal(0.5, 1.5, size=100)
    means = np.linspace(-1.0, 2.0, 31)[:, None]
    sigmas = np.linspace(0.5, 3.0, 26)[None, :]
    ll = dv.log_likelihood(x, "normal", mean=means, sigma=sigmas)
    assert ll.shape == (31, 26)
    expected = stats.norm(means[..., None], sigmas[..., None]).logpdf(x).sum(axis=-1)
    np.testing.assert_allclose(ll, expected, rtol=1e-11)
    fit = dv.fit_normal(x)
    assert ll.max() <= fit.log_likelihood
    assert dv.log_likelihood(x, "normal", mean=fit.mean, sigma=fit.sigma) == pytest.approx(
        fit.log_likelihood, rel=1e-14
    )


def test_fit_normal_multivariate_matches_numpy_and_scipy():
    rng = np.random.default_rng(RNG_SEED)
    cov = np.array([[2.0, 0.6, 0.0], [0.6, 1.0, -0.3], [0.0, -0.3, 0.5]])
    x = rng.multivariate_normal([1.0, -1.0, 0.0], cov, size=400)
    fit = dv.fit_normal(x)
    assert isinstance(fit, dv.MultivariateNormalFit) and fit.n == 400
    np.testing.assert_allclose(fit.mean, x.mean(axis=0), rtol=1e-13)
    np.testing.assert_allclose(fit.cov, np.cov(x, rowvar=False, bias=True), rtol=1e-12)
    expected = stats.multivariate_normal(fit.mean, fit.cov).logpdf(x).sum()
    assert fit.log_likelihood == pytest.approx(expected, rel=1e-11)
    other = dv.log_likelihood(x, "normal", mean=np.zeros(3), cov=cov)
    assert other == pytest.approx(stats.multivariate_normal(np.zeros(3), cov).logpdf(x).sum(), rel=1e-11)
    assert other < fit.log_likelihood


def test_fit_results_are_frozen_and_their_arrays_read_only():
    fit = dv.fit_categorical([0, 1], 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fit.n = 3  # type: ignore[misc]
    with pytest.raises(ValueError, match="read-only"):
        fit.probabilities[0] = 1.0
    mvn = dv.fit_normal([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0]])
    with pytest.raises(ValueError, match="read-only"):
        mvn.cov[0, 0] = 1.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        dv.fit_normal([1.0, 2.0]).sigma = 0.0  # type: ignore[misc]


# --- bad input --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: dv.fit_bernoulli([]), "x is empty"),
        (lambda: dv.fit_bernoulli([0, 1, 2]), "x must contain only 0 and 1"),
        (lambda: dv.fit_bernoulli([0.5]), "x must contain only 0 and 1"),
        (lambda: dv.fit_bernoulli([0, np.nan]), "x contains NaN"),
        (lambda: dv.fit_categorical([], 3), "x is empty"),
        (lambda: dv.fit_categorical([0, 3], 3), r"x must contain integer category labels 0 \.\. 2"),
        (lambda: dv.fit_categorical([-1], 3), "x must contain integer category labels"),
        (lambda: dv.fit_categorical([0.5], 3), "x must contain integer category labels"),
        (lambda: dv.fit_categorical([0], 0), "n_categories must be a positive integer"),
        (lambda: dv.fit_categorical([0], True), "n_categories must be a positive integer"),
        (lambda: dv.fit_categorical([0], 2, smoothing=-1.0), "smoothing must be finite and >= 0"),
        (lambda: dv.fit_categorical([0], 2, smoothing=np.inf), "smoothing must be finite"),
        (lambda: dv.fit_normal([]), "x is empty"),
        (lambda: dv.fit_normal([2.0, 2.0, 2.0]), "x has zero variance"),
        (lambda: dv.fit_normal([1.0]), "x has zero variance"),
        (lambda: dv.fit_normal(np.ones((2, 2, 2))), "x must be 1-D .* or 2-D"),
        (lambda: dv.fit_normal([[0.0, 1.0], [1.0, 0.0]]), "x has 2 samples in 2 dimensions"),
        (
            lambda: dv.fit_normal([[0.0, 0.0], [1.0, 2.0], [2.0, 4.0], [3.0, 6.1]][:3]),
            "covariance of x is not positive definite",
        ),
        (lambda: dv.fit_normal([[0.0, 5.0], [1.0, 5.0], [2.0, 5.0]]), "covariance of x"),
        (lambda: dv.log_likelihood([0, 1], "poisson", lam=1.0), "family must be one of"),
        (lambda: dv.log_likelihood([0, 2], "bernoulli", p=0.5), "x must contain only 0 and 1"),
        (lambda: dv.log_likelihood([0, 1], "bernoulli", p=1.5), r"p must lie in \[0, 1\]"),
        (lambda: dv.log_likelihood([0, 1], "bernoulli", p=[]), "p is empty"),
        (lambda: dv.log_likelihood([0, 2], "categorical", probabilities=[0.5, 0.5]), "x must contain"),
        (lambda: dv.log_likelihood([0], "categorical", probabilities=[0.5, 0.6]), "probabilities does not sum to 1"),
        (lambda: dv.log_likelihood([0.0], "normal", mean=0.0, sigma=0.0), "sigma must be > 0"),
        (lambda: dv.log_likelihood([0.0], "normal", mean=np.nan, sigma=1.0), "mean contains NaN"),
        (lambda: dv.log_likelihood([0.0], "normal", mean=[0, 1], sigma=[1, 2, 3]), "mean .* sigma .* do not broadcast"),
        (lambda: dv.log_likelihood([[0.0, 0.0]], "normal", mean=[0.0], cov=np.eye(2)), "mean has 1 entries"),
        (
            lambda: dv.log_likelihood([[0.0, 0.0]], "normal", mean=[0.0, 0.0], cov=[[1.0, 2.0], [2.0, 1.0]]),
            "cov is not positive definite",
        ),
        (
            lambda: dv.log_likelihood([[0.0, 0.0]], "normal", mean=[0.0, 0.0], cov=[[1.0, 0.5], [0.0, 1.0]]),
            "cov is not symmetric",
        ),
        (lambda: dv.log_likelihood([[0.0, 0.0]], "normal", mean=[0.0, 0.0], cov=np.eye(3)), "cov must be 2 x 2"),
    ],
)
def test_bad_input_raises_value_error_naming_the_argument(call, match):
    with pytest.raises(ValueError, match=match):
        call()


@pytest.mark.parametrize(
    ("x", "family", "params"),
    [
        ([0, 1], "bernoulli", {}),
        ([0, 1], "bernoulli", {"q": 0.5}),
        ([0, 1], "categorical", {"p": [0.5, 0.5]}),
        ([0.0, 1.0], "normal", {"mean": 0.0, "cov": [[1.0]]}),
        ([[0.0, 1.0]], "normal", {"mean": [0.0, 0.0], "sigma": 1.0}),
    ],
)
def test_wrong_parameter_keywords_raise_type_error(x, family, params):
    with pytest.raises(TypeError, match=f"family '{family}'.* takes the parameters"):
        dv.log_likelihood(x, family, **params)


@settings(max_examples=30)
@given(st.lists(st.floats(-1e3, 1e3), min_size=2, max_size=20).filter(lambda v: np.ptp(v) > 1e-3))
def test_normal_fit_is_the_maximum(x):
    fit = dv.fit_normal(x)
    for mean, sigma in [(fit.mean + 0.1, fit.sigma), (fit.mean, fit.sigma * 1.1), (fit.mean, fit.sigma / 1.1)]:
        assert dv.log_likelihood(x, "normal", mean=mean, sigma=sigma) < fit.log_likelihood


def test_normal_log_likelihood_with_a_tiny_sigma_is_not_nan():
    # sigma**2 underflows to 0; the residuals are 0: the density is huge, finite.
    expected = -2 * (0.5 * math.log(2 * math.pi) + math.log(1e-200))
    assert dv.log_likelihood([1.0, 1.0], "normal", mean=1.0, sigma=1e-200) == pytest.approx(expected)
    assert dv.log_likelihood([1.0, 2.0], "normal", mean=1.0, sigma=1e-200) == -math.inf


def test_family_must_be_a_name():
    with pytest.raises(ValueError, match="family must be one of"):
        dv.log_likelihood([0.0, 1.0], ["normal"], mean=0.0, sigma=1.0)
