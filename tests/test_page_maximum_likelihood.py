"""What the maximum likelihood page claims, asserted on the examples it runs."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import minimize_scalar
from scipy.stats import binom, norm

from divergence import (
    binary_cross_entropy,
    cross_entropy,
    entropy,
    fit_bernoulli,
    kl_divergence,
    kl_normal,
    log_likelihood,
    mean_squared_error,
    negative_log_likelihood,
)


def test_likelihood_and_log_likelihood_peak_at_k_over_n(run_example) -> None:
    ex = run_example("maximum_likelihood/likelihood_curve.py")
    k, n = int(ex.flips.sum()), ex.flips.size
    assert ex.theta_hat == k / n
    assert ex.theta_grid_max == pytest.approx(k / n, abs=1e-12)
    assert ex.theta[np.argmax(ex.likelihood)] == ex.theta_grid_max  # L and log L: same argmax
    assert ex.likelihood.max() == pytest.approx(np.exp(ex.ll_max)) and ex.likelihood.max() < 1
    assert np.isneginf(ex.ll[0]) and np.isneginf(ex.ll[-1])


def test_log_likelihood_survives_where_the_product_underflows(run_example) -> None:
    ex = run_example("maximum_likelihood/log_scale.py")
    assert ex.product == 0.0 and np.isfinite(ex.ll)
    assert ex.ll == pytest.approx(np.sum(np.log(ex.q)))
    assert ex.ll_log10 < np.log10(np.finfo(float).smallest_subnormal)


def test_likelihood_is_a_distribution_over_data_not_over_theta(run_example) -> None:
    ex = run_example("maximum_likelihood/not_a_density.py")
    assert ex.total_over_data == pytest.approx(1.0, abs=1e-12)
    k, n = int(ex.flips.sum()), ex.flips.size
    from scipy.special import beta

    assert ex.area_over_theta == pytest.approx(beta(k + 1, n - k + 1), rel=1e-8)
    assert abs(ex.area_over_theta - 1) > 0.99


def test_bernoulli_closed_form_matches_numerical_optimum(run_example) -> None:
    ex = run_example("maximum_likelihood/bernoulli_fit.py")
    assert ex.closed_form == ex.k / ex.n == ex.fit.p
    assert ex.numeric == pytest.approx(ex.closed_form, abs=1e-7)
    assert ex.fit.log_likelihood == pytest.approx(
        ex.k * np.log(ex.closed_form) + (ex.n - ex.k) * np.log(1 - ex.closed_form)
    )


def test_normal_closed_form_divides_by_n_and_beats_n_minus_one(run_example) -> None:
    ex = run_example("maximum_likelihood/normal_fit.py")
    assert ex.mu_hat == pytest.approx(ex.x.mean()) and ex.var_hat == pytest.approx(np.var(ex.x, ddof=0))
    assert ex.mu_numeric == pytest.approx(ex.mu_hat, abs=1e-6) and ex.var_numeric == pytest.approx(ex.var_hat, rel=1e-6)
    assert ex.fit.mean == pytest.approx(ex.mu_hat) and ex.fit.sigma**2 == pytest.approx(ex.var_hat)
    assert ex.var_unbiased == pytest.approx(ex.var_hat * ex.n / (ex.n - 1))
    assert ex.ll_mle > ex.ll_unbiased
    assert ex.ll_mle == pytest.approx(ex.fit.log_likelihood)


def test_mle_variance_is_biased_by_n_minus_one_over_n(run_example) -> None:
    ex = run_example("maximum_likelihood/variance_bias.py")
    s2 = ex.sigma**2
    # Standard error of a mean of `repeats` variance estimates: sqrt(2 sigma^4 / (N - 1) / repeats), about 0.013.
    assert ex.var_mle.mean() == pytest.approx((ex.n - 1) / ex.n * s2, abs=0.05)
    assert ex.var_unbiased.mean() == pytest.approx(s2, abs=0.05)
    assert ex.var_mle.mean() < s2 - 0.5
    # Unbiased is not closer: theory (2N - 1)/N^2 sigma^4 against 2 sigma^4 / (N - 1).
    assert ex.mse_mle == pytest.approx((2 * ex.n - 1) / ex.n**2 * s2**2, rel=0.05)
    assert ex.mse_unbiased == pytest.approx(2 * s2**2 / (ex.n - 1), rel=0.05)
    assert ex.mse_mle < ex.mse_unbiased


def test_average_nll_is_entropy_plus_kl_of_the_empirical_distribution(run_example) -> None:
    ex = run_example("maximum_likelihood/kl_identity.py")
    assert ex.max_gap < 1e-12
    for q in ex.models.values():
        nll = negative_log_likelihood(ex.rolls, "categorical", probabilities=q) / ex.n
        assert nll == pytest.approx(cross_entropy(ex.p_hat, q), abs=1e-12)
        assert nll == pytest.approx(entropy(ex.p_hat) + kl_divergence(ex.p_hat, q), abs=1e-12)
    assert np.array_equal(ex.fit.probabilities, ex.p_hat) and ex.kl_fitted == 0.0
    # The fitted model beats the true one on its own sample, by exactly KL(P_hat || P).
    assert ex.nll_fitted < ex.nll_true
    assert ex.nll_true - ex.nll_fitted == pytest.approx(ex.kl_hat_true, abs=1e-12)
    assert all(ex.p_hat > 0)  # every face was seen, so no term is infinite


def test_argmax_of_log_likelihood_is_argmin_of_kl(run_example) -> None:
    ex = run_example("maximum_likelihood/same_argmax.py")
    assert ex.theta_argmax_ll == ex.theta_argmin_kl == pytest.approx(ex.flips.mean())
    assert ex.largest_gap < 1e-12
    assert ex.kl.min() == pytest.approx(0.0, abs=1e-12)
    assert ex.mean_ll.max() == pytest.approx(-ex.h_hat, abs=1e-12)


def test_bce_and_mse_are_negative_log_likelihoods(run_example) -> None:
    ex = run_example("maximum_likelihood/losses_as_nll.py")
    assert ex.bce_sum == pytest.approx(ex.bernoulli_nll, rel=1e-12)
    # An unconditional model: the summed BCE is the library's Bernoulli NLL.
    theta = 0.3
    assert binary_cross_entropy(ex.labels, theta, reduction="sum") == pytest.approx(
        negative_log_likelihood(ex.labels, "bernoulli", p=theta)
    )
    assert ex.constant == pytest.approx(ex.n / 2 * np.log(2 * np.pi * ex.sigma**2))
    for name, y_hat in ex.predictions.items():
        assert ex.gaussian_nll[name] == pytest.approx(ex.constant + ex.n * ex.mse[name] / (2 * ex.sigma**2), rel=1e-12)
        assert ex.mse[name] == pytest.approx(np.mean((ex.targets - y_hat) ** 2))
    # The same ranking.
    assert sorted(ex.mse, key=ex.mse.get) == sorted(ex.gaussian_nll, key=ex.gaussian_nll.get)


def test_mse_argmin_differs_from_nll_with_unequal_sigmas(run_example) -> None:
    ex = run_example("maximum_likelihood/unequal_noise.py")
    assert ex.c_mse == pytest.approx(ex.y.mean(), abs=1e-6)
    assert ex.c_nll == pytest.approx(ex.weighted_mean, abs=1e-6)
    assert abs(ex.c_mse - ex.c_nll) > 0.5
    # With one shared sigma the NLL argmin is the MSE argmin again.
    shared = minimize_scalar(lambda c: -norm.logpdf(ex.y, loc=c, scale=1.3).sum()).x
    assert shared == pytest.approx(ex.c_mse, abs=1e-6)


def test_error_shrinks_like_one_over_root_n(run_example) -> None:
    ex = run_example("maximum_likelihood/convergence.py")
    assert ex.sizes[0] == 10 and ex.sizes[-1] == 100_000
    assert 0.85 < ex.ratio_min <= ex.ratio_max < 1.15
    assert np.all(np.diff(ex.theory) < 0)
    # 10,000 times more data: about 100 times smaller error.
    assert ex.rmse[0] / ex.rmse[-1] == pytest.approx(100, rel=0.2)
    # Fisher information of a Bernoulli: 1 / (theta (1 - theta)); the variance is its inverse over N.
    assert ex.theory**2 == pytest.approx(1 / (ex.sizes / (ex.theta * (1 - ex.theta))))


def test_misspecified_mle_converges_to_the_kl_projection(run_example) -> None:
    ex = run_example("maximum_likelihood/misspecified.py")
    # The projection matches the mean (exponential family): theta* = E_P[X] / 5.
    mean_p = np.sum(ex.counts * ex.p_true)
    assert ex.theta_star == pytest.approx(mean_p / ex.flips_per_trial, abs=1e-6)
    grid = np.linspace(0.001, 0.999, 999)
    kls = np.array([kl_divergence(ex.p_true, binom.pmf(ex.counts, ex.flips_per_trial, t)) for t in grid])
    assert ex.kl_min == pytest.approx(kls.min(), abs=1e-5) and ex.kl_min > 1
    assert ex.max_identity_gap < 1e-12
    assert abs(ex.theta_hat[-1] - ex.theta_star) < 0.01
    assert all(k >= ex.kl_min - 1e-9 for k in ex.kl_true)
    assert abs(ex.kl_true[-1] - ex.kl_min) < 0.01 and abs(ex.kl_hat[-1] - ex.kl_min) < 0.02
    # The MLE of the binomial model maximises the likelihood over theta.
    rng = np.random.default_rng(0)
    x = rng.choice(ex.counts, size=500, p=ex.p_true)
    numeric = minimize_scalar(
        lambda t: negative_log_likelihood(x, "categorical", probabilities=ex.model(t)),
        bounds=(1e-6, 1 - 1e-6),
        method="bounded",
        options={"xatol": 1e-10},
    ).x
    assert numeric == pytest.approx(x.mean() / ex.flips_per_trial, abs=1e-6)


def test_forward_and_reverse_kl_fits_differ(run_example) -> None:
    ex = run_example("maximum_likelihood/misspecified_plot.py")
    assert ex.theta_forward == pytest.approx(0.5, abs=1e-6)
    assert ex.theta_reverse < 0.2  # on the coin with heads 0.1
    assert ex.forward_scores[0] < ex.forward_scores[1] and ex.reverse_scores[1] < ex.reverse_scores[0]
    # Mirror image: the other minimum of the reverse KL.
    assert kl_divergence(ex.model(1 - ex.theta_reverse), ex.p_true) == pytest.approx(ex.reverse_scores[1], abs=1e-9)


def test_gaussian_misfit_converges_to_moment_matching(run_example) -> None:
    ex = run_example("maximum_likelihood/gaussian_misfit.py")
    assert ex.kl_min == pytest.approx(ex.kl_check, abs=1e-6) and ex.kl_min > 0.5
    assert ex.fit.mean == pytest.approx(ex.mu_star, abs=0.02) and ex.fit.sigma == pytest.approx(ex.sigma_star, abs=0.02)
    assert ex.excess == pytest.approx(ex.kl_min, abs=0.005)
    # Moment matching is the minimum: moving sigma or mu raises the KL (one-peak mixture components are not normal).
    for mu, sigma in [(ex.mu_star, ex.sigma_star * 0.9), (ex.mu_star, ex.sigma_star * 1.1), (0.3, ex.sigma_star)]:
        h_cross = 0.5 * np.log(2 * np.pi * sigma**2) + (ex.sigma_star**2 + (mu - ex.mu_star) ** 2) / (2 * sigma**2)
        assert h_cross - ex.h_p > ex.kl_min
    # A normal P would leave no gap: the closed form gives 0 at equality.
    assert kl_normal(ex.mu_star, ex.sigma_star, ex.mu_star, ex.sigma_star) == 0.0


def test_exercises(run_example) -> None:
    ex = run_example("maximum_likelihood/exercises.py")
    assert np.allclose(ex.fit1.probabilities, ex.counts1 / ex.counts1.sum())
    assert ex.mean_ll1 == pytest.approx(-ex.h1)
    assert np.isneginf(ex.log_q_new_mle) and np.isfinite(ex.log_q_new_smoothed)
    assert ex.smoothed1.log_likelihood < ex.fit1.log_likelihood
    assert ex.lam_closed == pytest.approx(1 / ex.x2.mean())
    assert ex.lam_numeric == pytest.approx(ex.lam_closed, abs=1e-6) and 1 / ex.scale_scipy == pytest.approx(
        ex.lam_closed
    )
    nll = ex.nll3
    assert nll[("fitted", "train")] < nll[("true", "train")]
    assert nll[("true", "test")] < nll[("fitted", "test")]
    assert nll[("fitted", "test")] - nll[("true", "test")] == pytest.approx(ex.kl3, abs=0.01)
    # The same 60 rolls as the page's KL section.
    ident = run_example("maximum_likelihood/kl_identity.py")
    assert np.array_equal(ex.train3, ident.rolls)
    # Exercise 4: with the predictions fixed, the NLL over sigma is minimised at sigma^2 = MSE.
    rng = np.random.default_rng(1)
    y, y_hat = rng.normal(size=50), rng.normal(size=50)
    best = minimize_scalar(
        lambda s: -norm.logpdf(y, y_hat, s).sum(), bounds=(1e-3, 10), method="bounded", options={"xatol": 1e-10}
    ).x
    assert best**2 == pytest.approx(mean_squared_error(y, y_hat), rel=1e-6)


def test_fit_bernoulli_is_used_on_the_shared_flips(run_example) -> None:
    flips = run_example("maximum_likelihood/mle_flips.py").flips
    assert fit_bernoulli(flips).log_likelihood == pytest.approx(log_likelihood(flips, "bernoulli", p=flips.mean()))
