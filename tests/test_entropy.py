"""Entropy, cross entropy, KL and JS: known values, identities, scipy, mpmath."""

from __future__ import annotations

import math
import warnings

import mpmath
import numpy as np
import pytest
import scipy.spatial.distance
import scipy.stats
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from divergence import cross_entropy, entropy, js_distance, js_divergence, kl_divergence

LOG2 = math.log(2)
PAIRWISE = [cross_entropy, kl_divergence, js_divergence, js_distance]
ALL = [entropy, *PAIRWISE]


# --- strategies ------------------------------------------------------------------------


@st.composite
def distributions(draw, n=None, min_size=1, max_size=12, allow_zeros=True):
    """A probability vector built from non-negative weights (normalised here, in the test)."""
    size = n if n is not None else draw(st.integers(min_size, max_size))
    low = 0.0 if allow_zeros else 1e-3
    weights = draw(arrays(np.float64, size, elements=st.floats(low, 1.0)))
    assume(weights.sum() > 0)
    return weights / weights.sum()


@st.composite
def distribution_pairs(draw, **kwargs):
    p = draw(distributions(**kwargs))
    q = draw(distributions(n=p.size, allow_zeros=kwargs.get("allow_zeros", True)))
    return p, q


# --- known values ----------------------------------------------------------------------


def test_fair_coin_is_one_bit():
    assert entropy([0.5, 0.5], base=2) == 1.0


def test_fair_die_is_log2_6_bits():
    assert entropy(np.full(6, 1 / 6), base=2) == pytest.approx(math.log2(6), rel=1e-15)


def test_double_headed_coin_has_no_entropy():
    assert entropy([1.0, 0.0]) == 0.0
    assert entropy([1.0]) == 0.0


def test_biased_coin_in_nats():
    p = 0.9
    expected = -(p * math.log(p) + (1 - p) * math.log(1 - p))
    assert entropy([p, 1 - p]) == pytest.approx(expected, rel=1e-15)


def test_uniform_maximises_entropy_over_loaded_dice():
    rng = np.random.default_rng(7)
    fair = entropy(np.full(6, 1 / 6))
    loaded = rng.dirichlet(np.ones(6), size=200)
    assert (entropy(loaded) < fair).all()
    assert fair == pytest.approx(math.log(6), rel=1e-15)


def test_kl_of_coins_by_hand():
    p, q = [0.5, 0.5], [0.9, 0.1]
    expected = 0.5 * math.log(0.5 / 0.9) + 0.5 * math.log(0.5 / 0.1)
    assert kl_divergence(p, q) == pytest.approx(expected, rel=1e-15)
    assert kl_divergence(p, q) != pytest.approx(kl_divergence(q, p))  # not symmetric


def test_cross_entropy_of_a_distribution_with_itself_is_its_entropy_not_zero():
    p = [0.2, 0.3, 0.5]
    assert cross_entropy(p, p) == pytest.approx(entropy(p), rel=1e-15)
    assert cross_entropy(p, p) > 0


def test_disjoint_supports_give_one_bit_of_js():
    assert js_divergence([1.0, 0.0], [0.0, 1.0], base=2) == 1.0
    assert js_divergence([0.5, 0.5, 0, 0], [0, 0, 0.5, 0.5]) == LOG2
    assert js_distance([1.0, 0.0], [0.0, 1.0], base=2) == 1.0


def test_zero_times_log_zero_is_zero():
    assert entropy([0.5, 0.5, 0.0]) == entropy([0.5, 0.5])
    assert cross_entropy([0.5, 0.5, 0.0], [0.5, 0.5, 0.0]) == pytest.approx(LOG2)
    assert kl_divergence([0.5, 0.5, 0.0], [0.5, 0.5, 0.0]) == 0.0


def test_mass_where_p_is_zero_still_counts_in_kl():
    # KL(P||Q) with Q spreading half its mass where P has none: log 2.
    assert kl_divergence([1.0, 0.0], [0.5, 0.5]) == pytest.approx(LOG2, rel=1e-15)


@pytest.mark.parametrize("func", [kl_divergence, cross_entropy])
def test_infinite_without_a_warning_where_q_misses_p(func):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert func([0.5, 0.5], [1.0, 0.0]) == math.inf


def test_extreme_but_positive_probabilities_stay_finite():
    tiny = 1e-320  # subnormal: q/p overflows, p/q underflows
    assert kl_divergence([tiny, 1 - tiny], [0.5, 0.5]) == pytest.approx(LOG2, rel=1e-12)
    expected = 0.5 * (math.log(0.5) - math.log(tiny)) + 0.5 * math.log(0.5)
    assert kl_divergence([0.5, 0.5], [tiny, 1 - tiny]) == pytest.approx(expected, rel=1e-12)
    assert js_divergence([tiny, 1 - tiny], [1 - tiny, tiny]) == pytest.approx(LOG2, rel=1e-12)


# --- shapes, axes, types --------------------------------------------------------------


@pytest.mark.parametrize("func", ALL)
def test_one_distribution_gives_a_python_float(func):
    args = ([0.25, 0.75],) if func is entropy else ([0.25, 0.75], [0.5, 0.5])
    assert type(func(*args)) is float


@pytest.mark.parametrize("func", ALL)
def test_batches_follow_axis_and_broadcast(func):
    rng = np.random.default_rng(0)
    p = rng.dirichlet(np.ones(4), size=(3, 5))  # batch (3, 5), outcomes last
    q = rng.dirichlet(np.ones(4), size=5)  # batch (5,): broadcasts against p
    args = (p,) if func is entropy else (p, q)
    result = func(*args)
    assert isinstance(result, np.ndarray) and result.shape == (3, 5)
    for i in range(3):
        for j in range(5):
            single = func(p[i, j]) if func is entropy else func(p[i, j], q[j])
            assert result[i, j] == pytest.approx(single, rel=1e-14, abs=1e-300)
    moved = (np.moveaxis(p, -1, 0),) if func is entropy else (np.moveaxis(p, -1, 0), q.T[:, None])
    np.testing.assert_allclose(func(*moved, axis=0), result, rtol=1e-14)


@pytest.mark.parametrize("func", ALL)
def test_lists_ints_and_float32_are_accepted_and_results_are_float64(func):
    counts = [1, 3]
    as_f32 = np.array([0.25, 0.75], dtype=np.float32)
    for x in (counts, np.array(counts)):
        args = (x,) if func is entropy else (x, x)
        assert func(*args, normalize=True) == pytest.approx(
            func(*((np.array([0.25, 0.75]),) * (1 if func is entropy else 2)))
        )
    args = (as_f32,) if func is entropy else (as_f32, as_f32)
    assert type(func(*args)) is float
    batch = (np.tile(as_f32, (2, 1)),) * (1 if func is entropy else 2)
    assert func(*batch).dtype == np.float64


def test_blocked_and_threaded_paths_agree_with_one_block():
    # 2^20 outcomes: many blocks, several threads; compare with a plain sum.
    rng = np.random.default_rng(3)
    p = rng.random(1 << 20)
    q = rng.random(1 << 20)
    p /= p.sum()
    q /= q.sum()
    assert kl_divergence(p, q) == pytest.approx(float(np.sum(p * np.log(p / q))), rel=1e-12)
    m = (p + q) / 2
    js = 0.5 * float(np.sum(p * np.log(p / m)) + np.sum(q * np.log(q / m)))
    assert js_divergence(p, q) == pytest.approx(js, rel=1e-12)
    assert entropy(p) == pytest.approx(float(-np.sum(p * np.log(p))), rel=1e-12)


def test_zeros_inside_a_large_input_are_handled_in_every_block():
    rng = np.random.default_rng(4)
    p = rng.random(1 << 18)
    p[::1000] = 0.0
    p /= p.sum()
    q = np.roll(p, 1)
    kept = p > 0
    # q has mass where p is zero and vice versa: KL is infinite; JS finite.
    assert kl_divergence(p, q) == math.inf
    assert math.isfinite(js_divergence(p, q))
    r = np.where(kept, q, 0.0) + 1e-9
    r /= r.sum()
    expected = float(np.sum(p[kept] * np.log(p[kept] / r[kept])))
    assert kl_divergence(p, r) == pytest.approx(expected, rel=1e-10)


# --- identities (property-based) -----------------------------------------------------


@given(distribution_pairs())
def test_gibbs_inequality(pq):
    p, q = pq
    assert kl_divergence(p, q) >= 0
    assert kl_divergence(p, p) == 0


@given(distribution_pairs())
def test_kl_is_zero_only_for_equal_distributions(pq):
    p, q = pq
    if np.abs(p - q).max() > 1e-6:
        assert kl_divergence(p, q) > 0
        assert js_divergence(p, q) > 0


@given(distribution_pairs(allow_zeros=False))
def test_kl_is_cross_entropy_minus_entropy(pq):
    p, q = pq
    assert kl_divergence(p, q) == pytest.approx(cross_entropy(p, q) - entropy(p), rel=1e-9, abs=1e-12)


@given(distribution_pairs())
def test_cross_entropy_is_at_least_entropy(pq):
    p, q = pq
    assert cross_entropy(p, q) >= entropy(p) - 1e-12


@given(distribution_pairs())
def test_js_is_symmetric_finite_and_at_most_log2(pq):
    p, q = pq
    forward, backward = js_divergence(p, q), js_divergence(q, p)
    assert forward == backward
    assert 0 <= forward <= LOG2
    assert 0 <= js_divergence(p, q, base=2) <= 1


@st.composite
def distribution_triples(draw):
    n = draw(st.integers(1, 12))
    return tuple(draw(distributions(n=n)) for _ in range(3))


@given(distribution_triples())
def test_js_distance_obeys_the_triangle_inequality(pqr):
    p, q, r = pqr
    assert js_distance(p, r) <= js_distance(p, q) + js_distance(q, r) + 1e-12


@given(distribution_pairs(min_size=2), st.randoms(use_true_random=False))
def test_invariant_under_permuting_outcomes(pq, random):
    p, q = pq
    order = list(range(p.size))
    random.shuffle(order)
    for func in PAIRWISE:
        assert func(p[order], q[order]) == pytest.approx(func(p, q), rel=1e-12, abs=1e-15)
    assert entropy(p[order]) == pytest.approx(entropy(p), rel=1e-12, abs=1e-15)


@given(
    distribution_pairs(allow_zeros=False),
    st.floats(1.01, 100) | st.floats(0.01, 0.99),
)
def test_bases_convert_by_a_constant_factor(pq, base):
    p, q = pq
    for func in (cross_entropy, kl_divergence, js_divergence):
        assert func(p, q, base=base) == pytest.approx(func(p, q) / math.log(base), rel=1e-12)
    assert entropy(p, base=base) == pytest.approx(entropy(p) / math.log(base), rel=1e-12)


@given(arrays(np.float64, st.integers(1, 10), elements=st.floats(0, 1e6)))
def test_normalize_rescales_counts(weights):
    assume(weights.sum() > 0)
    assert entropy(weights, normalize=True) == pytest.approx(entropy(weights / weights.sum()), rel=1e-12, abs=1e-15)


# --- differential: scipy -------------------------------------------------------------


@settings(max_examples=200)
@given(distribution_pairs(allow_zeros=False, max_size=50))
def test_agrees_with_scipy_on_ordinary_inputs(pq):
    p, q = pq
    assert entropy(p) == pytest.approx(scipy.stats.entropy(p), rel=1e-12, abs=1e-15)
    assert kl_divergence(p, q) == pytest.approx(scipy.stats.entropy(p, q), rel=1e-9, abs=1e-15)
    # Compare the squares: for nearly equal inputs scipy's distance is the
    # square root of rounding noise (1e-8 where the truth is 1e-16), or NaN
    # when that noise is negative.
    with np.errstate(invalid="ignore"):
        theirs = scipy.spatial.distance.jensenshannon(p, q, base=2) ** 2
    ours = js_distance(p, q, base=2) ** 2
    if np.isnan(theirs):
        assert ours < 1e-15
    else:
        assert ours == pytest.approx(theirs, rel=1e-9, abs=1e-14)


def test_agrees_with_scipy_on_a_random_batch():
    rng = np.random.default_rng(11)
    p = rng.dirichlet(np.ones(7), size=500)
    q = rng.dirichlet(np.ones(7), size=500)
    np.testing.assert_allclose(kl_divergence(p, q), scipy.stats.entropy(p, q, axis=1), rtol=1e-10)
    np.testing.assert_allclose(
        js_distance(p.T, q.T, axis=0),
        scipy.spatial.distance.jensenshannon(p, q, axis=1),
        rtol=1e-10,
    )


# --- accuracy against mpmath ---------------------------------------------------------

mpmath.mp.dps = 60


def _normalised(x):
    values = [mpmath.mpf(float(v)) for v in x]
    total = mpmath.fsum(values)
    return [v / total for v in values]


def kl_reference(p, q):
    p, q = _normalised(p), _normalised(q)
    return float(mpmath.fsum(a * mpmath.log(a / b) for a, b in zip(p, q, strict=False) if a > 0))


def js_reference(p, q):
    p, q = _normalised(p), _normalised(q)
    total = mpmath.mpf(0)
    for a, b in zip(p, q, strict=False):
        m = (a + b) / 2
        total += (a * mpmath.log(a / m) if a else 0) + (b * mpmath.log(b / m) if b else 0)
    return float(total / 2)


@settings(max_examples=60, deadline=None)
@given(distribution_pairs(allow_zeros=False, max_size=20))
def test_ordinary_inputs_match_mpmath_to_1e12(pq):
    p, q = pq
    # abs: inputs that differ in the last bit before normalisation agree to
    # second order in that bit (~1e-32) with the normalised reference.
    assert kl_divergence(p, q) == pytest.approx(kl_reference(p, q), rel=1e-12, abs=1e-28)
    assert js_divergence(p, q) == pytest.approx(js_reference(p, q), rel=1e-12, abs=1e-28)


@pytest.mark.parametrize("eps", [1e-8, 1e-9, 1e-10, 1e-11, 1e-12])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_nearly_identical_distributions_stay_accurate(eps, seed):
    # q = p perturbed by eps and renormalised: KL ~ 1e-17 (eps = 1e-8) down to
    # ~1e-25 (eps = 1e-12), where scipy's relative error is about 1e1 and 1e9.
    rng = np.random.default_rng(seed)
    p = rng.dirichlet(np.ones(10))
    q = p * (1 + eps * rng.standard_normal(10))
    q /= q.sum()
    kl_true, js_true = kl_reference(p, q), js_reference(p, q)
    assert 1e-27 < kl_true < 1e-15
    assert kl_divergence(p, q) == pytest.approx(kl_true, rel=1e-6)
    assert js_divergence(p, q) == pytest.approx(js_true, rel=1e-6)


@pytest.mark.parametrize(
    ("p", "q"),
    [
        ([0.0, 1.0], [1 - 1e-8, 1e-8]),  # one outcome 1e-8 of the other's mass
        ([0.3, 0.7], [1 - 1e-12, 1e-12]),
        ([0.0117, 0.9883], [5e-324, 1.0]),  # q/p is subnormal: log would lose bits
        ([1e-300, 1 - 1e-300], [0.5, 0.5]),
        ([0.5, 0.5], [1e-310, 1.0]),
        ([0.0, 1.0], [5e-324, 1.0]),  # s/2 underflows to 0 for the first outcome
    ],
)
def test_lopsided_outcomes_match_mpmath(p, q):
    kl_true = kl_reference(p, q)
    assert kl_divergence(p, q) == pytest.approx(kl_true, rel=1e-12)
    assert js_divergence(p, q) == pytest.approx(js_reference(p, q), rel=1e-12)


def test_scipy_really_is_inaccurate_there():
    # The reason for the test above: a baseline that fails where we must not.
    rng = np.random.default_rng(0)
    p = rng.dirichlet(np.ones(10))
    q = p * (1 + 1e-12 * rng.standard_normal(10))
    q /= q.sum()
    truth = kl_reference(p, q)
    assert abs(scipy.stats.entropy(p, q) - truth) / truth > 1e3
    assert abs(kl_divergence(p, q) - truth) / truth < 1e-6


def test_a_row_with_zeros_does_not_hide_another_rows_subnormal_ratio():
    # The block-wide check for a subnormal q/p must skip the 0/0 of another row.
    alone = kl_divergence([0.3, 0.7], [5e-324, 1.0])
    batched = kl_divergence([[0.0, 1.0], [0.3, 0.7]], [[0.0, 1.0], [5e-324, 1.0]])
    assert batched[1] == pytest.approx(alone, rel=1e-14)
    assert alone == pytest.approx(kl_reference([0.3, 0.7], [5e-324, 1.0]), rel=1e-12)


def test_axis_counts_in_the_broadcast_shape_as_in_numpy():
    # q has one dimension fewer: it is aligned on the right, as numpy does, so
    # with axis=0 its columns would be (0.3, 0.3) and (0.7, 0.7): not distributions.
    p = np.array([[0.2, 0.6], [0.8, 0.4]])
    with pytest.raises(ValueError, match="q does not sum to 1 along axis 0"):
        kl_divergence(p, [0.3, 0.7], axis=0)
    q = np.array([[0.3], [0.7]])  # one distribution along axis 0, broadcast over columns
    expected = [kl_divergence(p[:, j], q[:, 0]) for j in range(2)]
    np.testing.assert_allclose(kl_divergence(p, q, axis=0), expected, rtol=1e-14)


def test_js_distance_needs_a_base_above_one():
    assert js_divergence([1.0, 0.0], [0.0, 1.0], base=0.5) == -1.0  # the log flips the sign
    with pytest.raises(ValueError, match="base must be greater than 1 for js_distance"):
        js_distance([1.0, 0.0], [0.0, 1.0], base=0.5)


def test_threads_survive_a_fork():
    # The pool is created lazily and forgotten in a forked child, whose copy
    # would have no threads behind it.
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("this platform cannot fork")
    rng = np.random.default_rng(5)
    p, q = rng.random((2, 1 << 19))
    p, q = p / p.sum(), q / q.sum()
    expected = kl_divergence(p, q)  # starts the parent's pool
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply_async(kl_divergence, (p, q)).get(timeout=60) == expected


def test_sparse_inputs_in_many_blocks_match_the_direct_sums():
    rng = np.random.default_rng(6)
    p, q = rng.random((2, 1 << 18))
    p[rng.random(p.size) < 0.1] = 0.0
    q[rng.random(q.size) < 0.1] = 0.0
    p, q = p / p.sum(), q / q.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        plogp = np.where(p > 0, p * np.log(p), 0.0)
        m = (p + q) / 2
        js = 0.5 * float(np.where(p > 0, p * np.log(p / m), 0.0).sum() + np.where(q > 0, q * np.log(q / m), 0.0).sum())
    assert entropy(p) == pytest.approx(-plogp.sum(), rel=1e-12)
    assert js_divergence(p, q) == pytest.approx(js, rel=1e-12)
    assert kl_divergence(p, q) == math.inf  # q misses outcomes p has
    both = q > 0
    r = np.where(both | (p == 0), q, 0.0)
    r = np.where(p > 0, np.maximum(r, 1e-9), r)
    r /= r.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        kl = float(np.where(p > 0, p * np.log(p / r), 0.0).sum())
        ce = -float(np.where(p > 0, p * np.log(r), 0.0).sum())
    assert kl_divergence(p, r) == pytest.approx(kl, rel=1e-10)
    assert cross_entropy(p, r) == pytest.approx(ce, rel=1e-12)


def test_js_distance_stays_accurate_when_the_divergence_underflows() -> None:
    # JSD([0, 1], [eps, 1]) = eps ln(2) / 2 is below the smallest float, yet its
    # square root, about 1.3e-162, is an ordinary number (scipy gives inf here).
    import mpmath

    from divergence import js_distance

    eps = 5e-324
    exact = float(mpmath.sqrt(mpmath.mpf(eps) * mpmath.log(2) / 2))
    assert js_distance([0.0, 1.0], [eps, 1.0]) == pytest.approx(exact, rel=1e-12)
    assert js_distance([0.0, 1.0], [eps, 1.0], base=2) == pytest.approx(exact / math.sqrt(math.log(2)), rel=1e-12)
    batch = js_distance([[0.0, 1.0], [0.5, 0.5]], [[eps, 1.0], [0.5, 0.5]])
    assert batch[0] == pytest.approx(exact, rel=1e-12) and batch[1] == 0.0
