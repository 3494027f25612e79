"""k-nearest-neighbour estimators of KL divergence and entropy (divergence._estimators)."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from scipy.spatial.distance import cdist
from scipy.special import digamma, gammaln

import divergence as dv

MEAN_P, COV_P = np.zeros(2), np.array([[1.0, 0.5], [0.5, 1.0]])
MEAN_Q, COV_Q = np.array([0.5, -0.5]), np.array([[1.5, 0.0], [0.0, 0.8]])
TRUE_KL = dv.kl_mvn(MEAN_P, COV_P, MEAN_Q, COV_Q)  # 0.4329...


def _gaussian_pair(n, seed):
    rng = np.random.default_rng(seed)
    return rng.multivariate_normal(MEAN_P, COV_P, size=n), rng.multivariate_normal(MEAN_Q, COV_Q, size=n)


# --- brute-force references (all pairwise distances), ties as documented ---------------------


def _rank_and_distance(distances, k):
    """k_i and the k_i-th smallest distance: k, or one past the zeros if the k-th is 0."""
    ordered = np.sort(distances)
    rank = k if ordered[k - 1] > 0 else int(np.count_nonzero(ordered == 0)) + 1
    if rank > ordered.size:
        raise ValueError("no neighbour at a positive distance")
    return rank, ordered[rank - 1]


def _brute_kl(x, y, k):
    n, d = x.shape
    dxx = cdist(x, x)
    total = 0.0
    for i in range(n):
        k_i, rho = _rank_and_distance(np.delete(dxx[i], i), k)
        l_i, nu = _rank_and_distance(cdist(x[i : i + 1], y)[0], k)
        total += d * math.log(nu / rho) + digamma(k_i) - digamma(l_i)
    return total / n + math.log(len(y) / (n - 1))


def _brute_entropy(x, k):
    n, d = x.shape
    dxx = cdist(x, x)
    terms = []
    for i in range(n):
        k_i, rho = _rank_and_distance(np.delete(dxx[i], i), k)
        terms.append(d * math.log(rho) - digamma(k_i))
    return digamma(n) + 0.5 * d * math.log(math.pi) - gammaln(0.5 * d + 1) + np.mean(terms)


# --- accuracy ---------------------------------------------------------------------------------


@pytest.mark.parametrize("k", [1, 5])
def test_kl_knn_is_within_tolerance_at_n_10000(k):
    # Tolerance 0.06 nats (14 % of the truth) at n = m = 10^4 in 2-D; the
    # spread over seeds there is about 0.02.
    x, y = _gaussian_pair(10_000, seed=11)
    assert abs(dv.kl_divergence_knn(x, y, k=k) - TRUE_KL) < 0.06


def test_kl_knn_error_shrinks_with_n():
    def mean_abs_error(n):
        return np.mean([abs(dv.kl_divergence_knn(*_gaussian_pair(n, seed), k=5) - TRUE_KL) for seed in range(4)])

    small, large = mean_abs_error(300), mean_abs_error(10_000)
    assert large < 0.03
    assert large < small / 2


def test_kl_knn_of_identical_distributions_is_near_zero():
    rng = np.random.default_rng(3)
    x, y = rng.multivariate_normal(MEAN_P, COV_P, size=(2, 10_000))
    assert abs(dv.kl_divergence_knn(x, y, k=5)) < 0.02


def test_entropy_knn_against_closed_form():
    x = np.random.default_rng(5).multivariate_normal(np.zeros(3), np.diag([1.0, 4.0, 0.25]), size=10_000)
    assert dv.entropy_knn(x, k=5) == pytest.approx(dv.entropy_mvn(np.diag([1.0, 4.0, 0.25])), abs=0.05)
    one_d = np.random.default_rng(6).normal(2.0, 3.0, size=10_000)
    assert dv.entropy_knn(one_d, k=3) == pytest.approx(dv.entropy_normal(3.0), abs=0.03)
    assert dv.entropy_knn(one_d, k=3, base=2) == pytest.approx(dv.entropy_knn(one_d, k=3) / math.log(2), rel=1e-14)


# --- the formula itself, with and without ties ------------------------------------------


def test_estimators_match_brute_force_on_continuous_data():
    rng = np.random.default_rng(8)
    x, y = rng.normal(size=(60, 3)), rng.normal(0.5, 1.2, size=(45, 3))
    for k in (1, 2, 4):
        assert dv.kl_divergence_knn(x, y, k=k) == pytest.approx(_brute_kl(x, y, k), rel=1e-12)
        assert dv.entropy_knn(x, k=k) == pytest.approx(_brute_entropy(x, k), rel=1e-12)
    assert dv.kl_divergence_knn(x, y, base=2) == pytest.approx(_brute_kl(x, y, 1) / math.log(2), rel=1e-12)


tied_samples = hnp.arrays(
    np.float64,
    st.tuples(st.integers(2, 12), st.integers(1, 2)),
    elements=st.sampled_from([0.0, 1.0, 2.5]),
)


@settings(max_examples=150, deadline=None)
@given(x=tied_samples, y=tied_samples, k=st.integers(1, 3))
def test_tied_samples_follow_the_documented_rule_and_are_finite(x, y, k):
    y = y[:, : x.shape[1]] if y.shape[1] >= x.shape[1] else np.repeat(y, 2, axis=1)
    if x.shape[0] < k + 1 or y.shape[0] < k:
        with pytest.raises(ValueError, match="at least"):
            dv.kl_divergence_knn(x, y, k=k)
        return
    try:
        if np.unique(y, axis=0).shape[0] == 1:  # a constant y has no density to estimate
            raise ValueError
        expected = _brute_kl(x, y, k)
    except ValueError:
        with pytest.raises(ValueError, match="coincides"):
            dv.kl_divergence_knn(x, y, k=k)
    else:
        value = dv.kl_divergence_knn(x, y, k=k)
        assert math.isfinite(value)
        assert value == pytest.approx(expected, rel=1e-12, abs=1e-12)
    try:
        expected_h = _brute_entropy(x, k)
    except ValueError:
        with pytest.raises(ValueError, match="every sample of x coincides"):
            dv.entropy_knn(x, k=k)
    else:
        assert dv.entropy_knn(x, k=k) == pytest.approx(expected_h, rel=1e-12, abs=1e-12)


def test_rounded_data_gives_a_finite_sensible_kl():
    # Rounded to 0.1, ~400 copies of each value near the mode: copies act as
    # counts, and the estimate stays near the continuous truth.
    rng = np.random.default_rng(9)
    x, y = np.round(rng.normal(0.0, 1.0, 10_000), 1), np.round(rng.normal(1.0, 1.5, 10_000), 1)
    assert dv.kl_divergence_knn(x, y, k=5) == pytest.approx(dv.kl_normal(0.0, 1.0, 1.0, 1.5), abs=0.03)
    assert math.isfinite(dv.entropy_knn(x))


def test_same_array_twice_is_not_an_independent_sample():
    x = np.random.default_rng(10).normal(size=(2000, 2))
    # Every x_i is a copy of a y_j: psi(1) - psi(2) = -1 (documented).
    assert dv.kl_divergence_knn(x, x) == pytest.approx(-1.0, abs=0.01)


def test_samples_that_all_coincide_raise():
    with pytest.raises(ValueError, match="every sample of x coincides"):
        dv.kl_divergence_knn(np.ones((5, 2)), np.zeros((5, 2)))
    with pytest.raises(ValueError, match="every sample of y coincides"):
        dv.kl_divergence_knn([0.0, 1.0, 2.0], [1.0, 1.0, 1.0])
    # y all equal, even with no x on that point: Q has no density to estimate.
    with pytest.raises(ValueError, match=r"every sample of y coincides with the point \[5\.\]"):
        dv.kl_divergence_knn([0.0, 1.0, 2.0], [5.0, 5.0])
    with pytest.raises(ValueError, match="every sample of x coincides"):
        dv.entropy_knn([3.0, 3.0, 3.0])


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: dv.kl_divergence_knn([], [1.0, 2.0]), "x is empty"),
        (lambda: dv.kl_divergence_knn([1.0, 2.0], []), "y is empty"),
        (lambda: dv.kl_divergence_knn([1.0, np.nan], [1.0, 2.0]), "x contains NaN"),
        (lambda: dv.kl_divergence_knn([1.0, 2.0], [1.0, np.inf]), "y contains inf"),
        (lambda: dv.kl_divergence_knn(np.zeros((3, 2, 2)), np.zeros((3, 2))), "x must be 1-D .* or 2-D"),
        (lambda: dv.kl_divergence_knn(np.zeros((3, 2)), np.zeros((3, 3))), "x and y must have the same dimension"),
        (lambda: dv.kl_divergence_knn([1.0, 2.0], [1.0, 2.0], k=2), "x has 2 sample.*at least 3 .* k = 2"),
        (lambda: dv.kl_divergence_knn([1.0, 2.0, 3.0], [1.0], k=2), "y has 1 sample.*at least 2"),
        (lambda: dv.kl_divergence_knn([1.0, 2.0], [1.0, 2.0], k=0), "k must be a positive integer"),
        (lambda: dv.kl_divergence_knn([1.0, 2.0], [1.0, 2.0], k=1.0), "k must be a positive integer"),
        (lambda: dv.kl_divergence_knn([1.0, 2.0], [1.0, 2.0], k=True), "k must be a positive integer"),
        (lambda: dv.kl_divergence_knn([1.0, 2.0], [1.0, 2.0], base=-2), "base must be"),
        (lambda: dv.entropy_knn([1.0]), "x has 1 sample"),
        (lambda: dv.entropy_knn([[1.0, 2.0]] * 3, k=-1), "k must be a positive integer"),
        (lambda: dv.entropy_knn(5.0), "x must be 1-D"),
    ],
)
def test_bad_input_raises_value_error_naming_the_argument(call, match):
    with pytest.raises(ValueError, match=match):
        call()


@pytest.mark.parametrize("scale", [1e-200, 1e200])
def test_estimates_do_not_depend_on_the_scale_of_the_coordinates(scale):
    # cKDTree squares distances; the samples are rescaled by a power of two first.
    rng = np.random.default_rng(8)
    x, y = rng.normal(size=(2, 500, 2))
    y += 0.5
    assert dv.kl_divergence_knn(x * scale, y * scale) == pytest.approx(dv.kl_divergence_knn(x, y), rel=1e-9)
    assert dv.entropy_knn(x * scale) == pytest.approx(dv.entropy_knn(x) + 2 * math.log(scale), rel=1e-9)
