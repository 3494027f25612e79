"""What the JS divergence page claims, asserted on the examples it runs."""

from __future__ import annotations

import math

import mpmath
import numpy as np
import pytest

from divergence import entropy, js_distance, js_divergence, kl_divergence

LN2 = math.log(2)


def _jsd_exact(p, q) -> float:
    """The JS divergence in nats, summed term by term at 60 digits."""
    with mpmath.workdps(60):
        total = mpmath.mpf(0)
        for a, b in zip(p, q, strict=False):
            a, b = mpmath.mpf(float(a)), mpmath.mpf(float(b))
            m = (a + b) / 2
            if a > 0:
                total += a * mpmath.log(a / m) / 2
            if b > 0:
                total += b * mpmath.log(b / m) / 2
        return float(total)


def test_definition_both_terms_against_the_mixture(run_example) -> None:
    ex = run_example("js_divergence/definition.py")
    assert np.allclose(ex.m, (ex.p + ex.q) / 2)
    # The two KL terms differ, yet their average, the entropy form and the library agree.
    assert ex.kl_pm != pytest.approx(ex.kl_qm, rel=1e-3)
    assert ex.by_definition == pytest.approx(ex.jsd_pq, rel=1e-12)
    assert ex.by_entropy == pytest.approx(ex.jsd_pq, rel=1e-12)
    assert ex.jsd_pq == pytest.approx(_jsd_exact(ex.p, ex.q), rel=1e-13)
    # Symmetric, where KL is not.
    assert ex.jsd_pq == ex.jsd_qp
    assert ex.kl_pq != pytest.approx(ex.kl_qp, rel=1e-2)


def test_the_notes_formula_is_kl_plus_one_not_zero_for_equal_and_not_symmetric(run_example) -> None:
    ex = run_example("js_divergence/source_note.py")
    m = (ex.p + ex.q) / 2
    assert ex.note_pq == pytest.approx(kl_divergence(ex.p, m) + 1)
    assert ex.jsd_pp == 0.0 and ex.note_pp == 1.0
    assert abs(ex.note_pq - ex.note_qp) > 1e-3
    assert ex.jsd_pq == ex.jsd_qp < 1


def test_bounds_zero_for_equal_log2_for_disjoint_in_every_base(run_example) -> None:
    ex = run_example("js_divergence/bounds.py")
    assert ex.jsd_equal == 0.0
    assert np.all(ex.a * ex.b == 0)  # disjoint supports
    assert ex.max_nats == pytest.approx(LN2, rel=1e-15)
    assert ex.max_bits == pytest.approx(1.0, rel=1e-15)
    assert ex.max_hartleys == pytest.approx(math.log10(2), rel=1e-15)
    assert len(ex.jsd_random) == 100_000
    assert ex.jsd_random.min() >= 0 and ex.jsd_random.max() < LN2
    # In nats the fraction of the maximum is not the value itself; in bits it is.
    assert ex.pair_bits == pytest.approx(ex.pair_nats / LN2)
    assert ex.pair_nats < ex.pair_bits < 1


@pytest.mark.parametrize("seed", range(5))
def test_bound_attained_only_for_disjoint_supports(seed: int) -> None:
    rng = np.random.default_rng(seed)
    p, q = rng.dirichlet(np.ones(6), size=2)
    overlap = p.copy()
    overlap[:3] = 0
    overlap /= overlap.sum()
    disjoint = np.r_[p[:3], 0, 0, 0] / p[:3].sum()
    assert js_divergence(disjoint, overlap) == pytest.approx(LN2, rel=1e-14)
    assert js_divergence(p, q) < LN2 - 1e-6
    assert js_divergence(p, p) == 0.0


def test_triangle_inequality_fails_for_jsd_and_holds_for_its_root(run_example) -> None:
    ex = run_example("js_divergence/triangle.py")
    assert ex.direct == pytest.approx(LN2) and ex.direct > ex.via_r
    assert ex.direct_d <= ex.via_r_d
    assert ex.n_triples == 200_000
    assert ex.violations_jsd > 0 and ex.slack_jsd.min() < 0
    assert ex.violations_dist == 0 and ex.slack_dist.min() > 1e-12
    # The slacks are what the page says they are.
    i = int(np.argmin(ex.slack_dist))
    a, b, c = ex.a[i], ex.b[i], ex.c[i]
    sides = [js_distance(a, b), js_distance(b, c), js_distance(c, a)]
    assert ex.slack_dist[i] == pytest.approx(sum(sides) - 2 * max(sides), abs=1e-15)


def test_sliding_normals_kl_grows_without_bound_jsd_saturates(run_example) -> None:
    ex = run_example("js_divergence/sliding.py")
    # KL follows the closed form gap^2 / 2 on this grid, JSD rises monotonically towards log 2.
    assert np.allclose(ex.kl, ex.gaps**2 / 2, rtol=1e-6, atol=1e-12)
    assert ex.kl[-1] == pytest.approx(32.0, rel=1e-6)
    assert np.all(np.diff(ex.jsd) > 0) and np.all(ex.jsd < LN2)
    assert LN2 - ex.jsd[-1] < 1e-3
    assert ex.gaps[-1] == 8.0


def test_saturation_gradient_vanishes(run_example) -> None:
    ex = run_example("js_divergence/saturation.py")
    # Normals: dKL/dgap = gap keeps growing; dJSD/dgap peaks and then decays towards 0.
    assert np.allclose(ex.dkl_n, ex.gaps, rtol=1e-5)
    assert np.all(ex.djsd_n > 0)
    assert np.argmax(ex.djsd_n) == 2 and ex.gaps[2] == 2.0
    assert np.all(np.diff(ex.djsd_n[2:]) < 0)
    assert ex.djsd_n[-1] < 1e-3 * ex.djsd_n[2]
    # The finite difference is the derivative (checked against a smaller step).
    p = ex.p

    def f(s):
        return js_divergence(p, ex.normal_on_grid(s))

    h = 1e-4
    assert ex.djsd_n[3] == pytest.approx((f(4 + h) - f(4 - h)) / (2 * h), rel=1e-5)
    # Tents: KL is infinite for every shift > 0, JSD finite; exactly log 2 once they stop overlapping.
    assert np.all(np.isinf(ex.kl_t)) and np.all(ex.shifts > 0)
    assert np.all(ex.jsd_t <= LN2)
    disjoint = ex.shifts >= 2
    assert np.all(ex.jsd_t[disjoint] == pytest.approx(LN2, rel=1e-15))
    assert np.all(np.abs(ex.djsd_t[disjoint]) < 1e-12)
    assert np.all(ex.djsd_t[~disjoint] > 0.1)
    assert ex.jsd_t[0] < 0.5 * LN2  # still mostly overlapping at the smallest shift


def test_scipy_returns_the_distance_and_nan_for_nearly_equal_inputs(run_example) -> None:
    ex = run_example("js_divergence/scipy_compare.py")
    import scipy

    assert ex.scipy_version == scipy.__version__
    assert ex.scipy_value == pytest.approx(ex.ours_dist, rel=1e-12)
    assert ex.ours_jsd == pytest.approx(ex.ours_dist**2, rel=1e-12)
    assert ex.ours_jsd < ex.scipy_value
    # The NaN: a negative number under scipy's square root. (If a later scipy fixes
    # gh-20083, this assertion fails and the page's sentence must change with it.)
    assert math.isnan(ex.scipy_near) and ex.under_root < 0
    exact = _jsd_exact(ex.p_near, ex.q_near)
    assert ex.near_jsd == pytest.approx(exact, rel=1e-12)
    assert ex.series == pytest.approx(exact, rel=1e-9)
    assert ex.near_dist == pytest.approx(math.sqrt(exact), rel=1e-12)
    # gh-19436: scipy's infinite distance; this library's distance is the true value, ~1.3e-162,
    # though the divergence under the root is below the smallest subnormal.
    assert math.isinf(ex.scipy_tiny)
    assert ex.tiny_dist == pytest.approx(ex.exact_tiny, rel=1e-14)
    assert ex.exact_tiny == pytest.approx(math.sqrt(LN2 / 2 * 5e-324), rel=0.2)
    assert ex.exact_tiny**2 < 5e-324  # the divergence itself underflows


def test_exercises(run_example) -> None:
    ex = run_example("js_divergence/exercises.py")
    # 1. Both KL infinite, JSD = a log 2 with a the non-shared mass.
    assert math.isinf(ex.kl1_pq) and math.isinf(ex.kl1_qp)
    a = ex.p1[ex.q1 == 0].sum()
    assert ex.jsd1_bits == pytest.approx(a) and a == 0.5
    # 2. The value at the optimal discriminator is -log 4 + 2 JSD and beats D = 1/2.
    assert ex.value_star == pytest.approx(-math.log(4) + 2 * ex.jsd2, rel=1e-12)
    assert ex.value_half == pytest.approx(-math.log(4))
    assert -math.log(4) < ex.value_star < 0
    for _ in range(3):
        d = np.random.default_rng(_).uniform(0.01, 0.99, 3)
        other = np.sum(ex.p2 * np.log(d)) + np.sum(ex.q2 * np.log(1 - d))
        assert other <= ex.value_star
    # 3. JSD ~ t^2/2, and three coins in a row break the triangle inequality by about a factor 2.
    ratios = ex.jsd3 / (ex.ts**2 / 2)
    assert np.all(np.diff(np.abs(ratios - 1)) < 0) and abs(ratios[-1] - 1) < 1e-5
    assert ex.ends > ex.steps and ex.ends / ex.steps == pytest.approx(2, rel=1e-2)
    # 4. Disjoint tents: JSD stuck at log 2, W1 equal to the shift.
    assert np.allclose(ex.jsd4, LN2, rtol=1e-15)
    assert np.allclose(ex.w4, ex.shifts4, rtol=1e-9)
    assert ex.shifts4[1] == 2 * ex.shifts4[0]


def test_js_relations_hold_in_every_base() -> None:
    p, q = np.array([0.6, 0.3, 0.1]), np.array([0.2, 0.5, 0.3])
    m = (p + q) / 2
    for base in (2, math.e, 10):
        jsd = js_divergence(p, q, base=base)
        assert jsd == pytest.approx(entropy(m, base=base) - (entropy(p, base=base) + entropy(q, base=base)) / 2)
        assert js_distance(p, q, base=base) == pytest.approx(math.sqrt(jsd))
