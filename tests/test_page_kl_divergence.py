"""What the KL divergence page claims, asserted on the examples it runs."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import norm

from divergence import cross_entropy, entropy, kl_divergence, kl_normal


def test_kl_is_cross_entropy_minus_entropy(run_example) -> None:
    ex = run_example("kl_divergence/definition.py")
    assert ex.kl == pytest.approx(ex.by_definition, rel=1e-12)
    assert ex.kl == pytest.approx(ex.h_pq - ex.h_p, rel=1e-12)
    assert ex.h_pq == pytest.approx(cross_entropy(ex.p, ex.q)) and ex.h_p == pytest.approx(entropy(ex.p))
    assert ex.kl_bits == pytest.approx(ex.kl / np.log(2))
    assert -ex.by_definition < 0  # the sign error gives a negative "divergence"


def test_pointwise_term_net_area_is_the_kl_divergence(run_example) -> None:
    ex = run_example("kl_divergence/pointwise.py")
    assert ex.negative < 0 < ex.positive
    assert ex.kl == pytest.approx(ex.kl_exact, rel=1e-4)
    assert ex.kl_grid == pytest.approx(ex.kl_exact, rel=1e-4)
    assert ex.kl_exact == pytest.approx(kl_normal(ex.mu_p, ex.sigma_p, ex.mu_q, ex.sigma_q))
    # The term is positive exactly where p > q.
    assert np.all((ex.term > 0) == (ex.p > ex.q))
    # The area between the curves is something else, also at the four decimals shown.
    assert abs(ex.between - ex.kl) > 0.1


def test_normal_closed_form_matches_kl_normal_and_the_integral(run_example) -> None:
    ex = run_example("kl_divergence/normal.py")
    np.testing.assert_allclose(ex.closed, ex.library, rtol=1e-12)
    np.testing.assert_allclose(ex.closed, ex.integral, rtol=1e-8)
    # "to every digit printed" (six decimals)
    assert np.all(np.abs(ex.closed - ex.integral) < 5e-7)
    # The first pair is the plotted one; the second swaps it and differs.
    pw = run_example("kl_divergence/pointwise.py")
    assert ex.pairs[0] == (pw.mu_p, pw.sigma_p, pw.mu_q, pw.sigma_q)
    assert ex.closed[0] == pytest.approx(pw.kl, rel=1e-4)
    assert ex.pairs[1] == (ex.pairs[0][2], ex.pairs[0][3], ex.pairs[0][0], ex.pairs[0][1])
    assert abs(ex.closed[1] - ex.closed[0]) > 0.1
    # The page's rewriting with r = sigma1^2 / sigma2^2, and zero only for equal mean and equal sigma.
    for mu1, s1, mu2, s2 in ex.pairs:
        r = s1**2 / s2**2
        assert ex.kl_closed_form(mu1, s1, mu2, s2) == pytest.approx(
            0.5 * (r - 1 - np.log(r)) + (mu1 - mu2) ** 2 / (2 * s2**2)
        )
    assert ex.kl_closed_form(1.0, 2.0, 1.0, 2.0) == 0.0
    assert ex.kl_closed_form(1.0, 2.0, 1.0, 2.1) > 0 and ex.kl_closed_form(1.0, 2.0, 1.1, 2.0) > 0


def test_kl_is_non_negative_and_zero_only_for_equal_distributions(run_example) -> None:
    ex = run_example("kl_divergence/nonnegative.py")
    assert len(ex.kl) == 100_000
    assert ex.kl.min() > 0
    assert np.all(kl_divergence(ex.p, ex.p) == 0)


def test_gibbs_inequality_holds_when_q_rules_out_an_outcome() -> None:
    # The case the proof treats first: q_i = 0 < p_i gives +inf, not an undefined log.
    assert kl_divergence([0.5, 0.5], [1.0, 0.0]) == np.inf
    # Equality needs q_i = 0 where p_i = 0 too: a Q that agrees on P's support but spreads mass elsewhere.
    assert kl_divergence([0.5, 0.5, 0.0], [0.5, 0.4, 0.1]) > 0


def test_kl_is_asymmetric_infinite_where_q_rules_out_p_and_no_metric(run_example) -> None:
    ex = run_example("kl_divergence/asymmetry.py")
    assert abs(ex.kl_pq - ex.kl_qp) > 1e-3
    assert np.isinf(ex.kl_p0q0) and ex.kl_p0q0 > 0
    assert ex.kl_q0p0 == pytest.approx(np.log(2))
    # The triangle inequality fails.
    assert ex.kl_pq > ex.detour
    assert ex.detour == pytest.approx(kl_divergence(ex.p, ex.m) + kl_divergence(ex.m, ex.q))
    # Disjoint supports: both directions infinite.
    assert np.isinf(kl_divergence([1.0, 0.0], [0.0, 1.0])) and np.isinf(kl_divergence([0.0, 1.0], [1.0, 0.0]))


def test_forward_kl_covers_the_modes_and_reverse_kl_seeks_one(run_example) -> None:
    ex = run_example("kl_divergence/mode_fit.py")
    (mu_f, sigma_f), (mu_r, sigma_r) = ex.fits["forward"], ex.fits["reverse"]
    # Forward: moment matching, mean 0 and variance 1 + 3^2 = 10.
    assert mu_f == pytest.approx(0.0, abs=1e-3) and ex.mean == 0.0
    assert sigma_f == pytest.approx(np.sqrt(10.0), abs=2e-3)
    assert sigma_f == pytest.approx(ex.std, abs=2e-3)
    # Reverse: on the right-hand peak, about as narrow as the peak.
    assert abs(mu_r - ex.peaks[1]) < 0.1 and abs(sigma_r - 1.0) < 0.1
    assert sigma_f > 2 * sigma_r
    # Each fit is best by its own criterion, and the reverse fit is much worse by the forward one.
    assert ex.scores["forward"][0] < ex.scores["reverse"][0]
    assert ex.scores["reverse"][1] < ex.scores["forward"][1]
    assert ex.scores["reverse"][0] > 10 * ex.scores["forward"][0]
    # Missing a peak costs the reverse fit about ln 2 (the page prints ln 2 to three decimals).
    assert ex.scores["reverse"][1] == pytest.approx(np.log(2), abs=0.01)
    assert f"{np.log(2):.3f}" == "0.693"
    # Started at the mirror image, the reverse fit picks the other peak.
    assert ex.mirrored[0] == pytest.approx(-mu_r, abs=1e-3) and ex.mirrored[1] == pytest.approx(sigma_r, abs=1e-3)


def test_reverse_kl_seeks_one_mode_only_when_the_peaks_are_far_apart(run_example) -> None:
    ex = run_example("kl_divergence/mode_separation.py")
    near, middle, far = ex.distances
    for d in (near, middle):  # between the peaks, covering both
        mu, sigma, _ = ex.reverse_fits[d]
        assert abs(mu) < 1e-2 and sigma > d
    mu, sigma, _ = ex.reverse_fits[far]  # on one peak
    assert abs(abs(mu) - far) < 0.1 and abs(sigma - 1.0) < 0.1
    # At the middle distance P clearly has two peaks (a dip at 0), yet the fit covers both.
    p = 0.5 * norm.pdf(np.array([0.0, middle]), -middle, 1.0) + 0.5 * norm.pdf(np.array([0.0, middle]), middle, 1.0)
    assert p[0] < 0.6 * p[1]
    # The kept fit is the better of the starts: a fit on one peak is worse at the middle distance.
    x = ex.x
    pm = 0.5 * norm.pdf(x, -middle, 1.0) + 0.5 * norm.pdf(x, middle, 1.0)
    on_peak = kl_divergence(norm.pdf(x, middle, 1.0), pm, normalize=True)
    assert ex.reverse_fits[middle][2] < on_peak


def test_mle_minimises_the_forward_kl_from_the_empirical_distribution() -> None:
    # H(P^, Q) = H(P^) + KL(P^ || Q): the two objectives differ by a constant in Q.
    p_hat = np.array([0.5, 0.3, 0.2])
    qs = np.random.default_rng(0).dirichlet(np.ones(3), size=50)
    diff = cross_entropy(p_hat, qs) - kl_divergence(p_hat, qs)
    np.testing.assert_allclose(diff, entropy(p_hat), rtol=1e-12)


def test_kl_is_the_extra_code_length(run_example) -> None:
    ex = run_example("kl_divergence/coding.py")
    p, q = ex.p, ex.q
    lengths_p = np.array([len(c) for c in ex.code_for_p])
    lengths_q = np.array([len(c) for c in ex.code_for_q])
    assert np.sum(p * lengths_p) == ex.h_p == entropy(p, base=2)  # the dyadic code is optimal
    assert np.sum(p * lengths_q) == ex.h_pq == cross_entropy(p, q, base=2)
    assert np.sum(p * (lengths_q - lengths_p)) == pytest.approx(ex.kl)
    assert ex.bits_per_symbol["P"] == pytest.approx(ex.h_p, abs=0.01)  # "all but equal"
    assert ex.bits_per_symbol["Q"] == ex.h_pq
    for code in (ex.code_for_p, ex.code_for_q):  # prefix-free
        assert not any(a != b and b.startswith(a) for a in code for b in code)


def test_kl_exercises(run_example) -> None:
    ex = run_example("kl_divergence/exercises.py")
    # 1. The extra bits per toss of the fair-coin code: one bit per toss minus the entropy.
    assert ex.kl1_pq == pytest.approx(1.0 - entropy(ex.p1, base=2))
    assert abs(ex.kl1_pq - ex.kl1_qp) > 1e-3
    # 2. Only the direction averaged under Q is infinite.
    assert np.isfinite(ex.kl2_pq) and np.isinf(ex.kl2_qp)
    # 3. The closed form, with the terms written on the page, against kl_normal.
    assert (ex.mu_p, ex.sigma_p, ex.mu_q, ex.sigma_q) == (0.0, 1.0, 0.0, 2.0)
    assert ex.kl3_pq == pytest.approx(np.log(2) + 1 / 8 - 1 / 2)
    assert ex.kl3_qp == pytest.approx(-np.log(2) + 2 - 1 / 2)
    assert ex.kl3_pq == pytest.approx(kl_normal(ex.mu_p, ex.sigma_p, ex.mu_q, ex.sigma_q), rel=1e-12)
    assert ex.kl3_qp == pytest.approx(kl_normal(ex.mu_q, ex.sigma_q, ex.mu_p, ex.sigma_p), rel=1e-12)
    assert ex.kl3_pq < ex.kl3_qp
    # 4. Cauchy against a standard normal: the truncated integral grows without bound, about L / pi.
    assert np.all(np.diff(ex.truncated) > 0)
    for lo, hi, a, b in zip(ex.cutoffs, ex.cutoffs[1:], ex.truncated, ex.truncated[1:], strict=False):
        assert b - a == pytest.approx((hi - lo) / np.pi, rel=0.02)


def test_information_gain_is_kl_of_posterior_from_prior(run_example) -> None:
    ex = run_example("kl_divergence/roles.py")
    # "the grid and the closed form agree", at the four decimals printed
    assert f"{ex.gain:.4f}" == f"{ex.gain_exact:.4f}" and ex.gain == pytest.approx(ex.gain_exact, abs=1e-4)
    assert ex.gain > 0
    # The posterior printed on the page: Beta(heads + 1, tails + 1), i.e. theta^7 (1 - theta)^3 for 7 of 10.
    w = ex.posterior / ex.posterior.sum()
    mean = np.sum(w * ex.theta)
    assert mean == pytest.approx((ex.heads + 1) / (ex.tosses + 2), abs=1e-6)
    # The slots matter here too: swapped, it is another number.
    assert abs(kl_divergence(ex.prior, ex.posterior, normalize=True) - ex.gain) > 0.5
