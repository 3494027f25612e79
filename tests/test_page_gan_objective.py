"""What the GAN objective page claims, asserted on the examples it runs."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.special import expit, logit
from scipy.stats import norm, wasserstein_distance

from divergence import (
    binary_cross_entropy_with_logits,
    gan_value,
    js_divergence,
    kl_divergence,
    optimal_discriminator,
)

LOG4 = np.log(4)


def test_value_function_three_ways_and_bounds(run_example) -> None:
    ex = run_example("gan_objective/value_function.py")
    for name in ex.discriminators:
        assert ex.v[name] == pytest.approx(ex.v_by_definition[name], abs=1e-12)
        assert ex.v[name] == pytest.approx(ex.minus_bce[name], abs=1e-12)
        assert ex.v[name] <= 0
    assert ex.v["D = 1/2"] == pytest.approx(-LOG4, abs=1e-15)
    assert ex.v["D = 1/2"] < ex.v["guess"] < ex.v["D*"]


def test_constant_one_half_gives_minus_log_4_for_any_generator() -> None:
    rng = np.random.default_rng(1)
    for _ in range(20):
        p, q = rng.dirichlet(np.ones(5)), rng.dirichlet(np.ones(5))
        assert gan_value(p, q, 0.5) == pytest.approx(-LOG4, abs=1e-14)


def test_pointwise_maximiser_of_alpha_log_y_plus_beta_log_one_minus_y() -> None:
    y = np.linspace(1e-6, 1 - 1e-6, 200_001)
    for alpha, beta in [(0.3, 0.7), (0.9, 0.1), (0.5, 0.5), (2.0, 0.01)]:
        f = alpha * np.log(y) + beta * np.log1p(-y)
        assert y[np.argmax(f)] == pytest.approx(alpha / (alpha + beta), abs=1e-5)
    # Ends: only data mass -> 1, only generator mass -> 0, neither -> 1/2 (library convention).
    assert np.array_equal(optimal_discriminator([0.5, 0.0, 0.0], [0.0, 0.5, 0.0]), [1.0, 0.0, 0.5])


def test_optimal_discriminator_matches_brute_force(run_example) -> None:
    ex = run_example("gan_objective/optimal_discriminator.py")
    p, q = np.array(ex.p_data), np.array(ex.p_g)
    np.testing.assert_allclose(ex.d_star, p / (p + q), rtol=1e-15)
    assert ex.max_difference < 1e-6
    assert np.all(ex.v_random < ex.v_star)
    assert ex.v_star == pytest.approx(gan_value(p, q, ex.d_search), abs=1e-12)


def test_optimal_discriminator_stays_strictly_inside_where_both_are_positive() -> None:
    # Far in a tail the ratio rounds to 1; the library returns the float below 1 so log(1 - D*) stays finite.
    d = optimal_discriminator(1.0, 1e-20)
    assert 0 < d < 1
    assert np.isfinite(gan_value([0.5, 0.5], [1e-20, 1 - 1e-20], optimal_discriminator([0.5, 0.5], [1e-20, 1 - 1e-20])))


def test_optimal_discriminator_plot_crossings(run_example) -> None:
    ex = run_example("gan_objective/optimal_discriminator_plot.py")
    for c in ex.crossings:
        assert norm.pdf(c, ex.mu_data, ex.sigma_data) == pytest.approx(norm.pdf(c, ex.mu_g, ex.sigma_g), rel=1e-9)
        assert optimal_discriminator(
            norm.pdf(c, ex.mu_data, ex.sigma_data), norm.pdf(c, ex.mu_g, ex.sigma_g)
        ) == pytest.approx(0.5)
    left, right = ex.crossings
    assert ex.x[0] < left < right < ex.x[-1]
    between = (ex.x > left) & (ex.x < right)
    assert np.all(ex.d_star[between] > 0.5)
    assert np.all(ex.d_star[~between & ((ex.x < left - 1e-9) | (ex.x > right + 1e-9))] < 0.5)
    # The logit of D* is the log density ratio, quadratic in x here.
    a_star = logit(ex.d_star)
    ratio = norm.logpdf(ex.x, ex.mu_data, ex.sigma_data) - norm.logpdf(ex.x, ex.mu_g, ex.sigma_g)
    inside = (ex.d_star > 1e-12) & (ex.d_star < 1 - 1e-12)
    np.testing.assert_allclose(a_star[inside], ratio[inside], atol=1e-6)


def test_swapped_discriminator_is_worse_than_one_half(run_example) -> None:
    ex = run_example("gan_objective/swapped.py")
    assert ex.v_swapped == pytest.approx(ex.v_star - ex.jeffreys, abs=1e-12)
    assert ex.v_swapped < ex.v_half < ex.v_star
    assert ex.v_half == pytest.approx(-LOG4)
    assert ex.v_swapped_2 == -np.inf


def test_swapped_bound_jsd_at_most_a_quarter_of_jeffreys() -> None:
    rng = np.random.default_rng(2)
    for _ in range(200):
        p, q = rng.dirichlet(np.ones(6)), rng.dirichlet(np.ones(6))
        jeffreys = kl_divergence(p, q) + kl_divergence(q, p)
        assert js_divergence(p, q) <= jeffreys / 4 + 1e-15
        swapped = gan_value(p, q, optimal_discriminator(q, p))
        assert swapped <= -LOG4 - jeffreys / 2 + 1e-12


def test_value_at_optimum_is_minus_log_4_plus_twice_jsd(run_example) -> None:
    ex = run_example("gan_objective/jsd_identity.py")
    assert ex.c_discrete == pytest.approx(-LOG4 + 2 * ex.jsd_discrete, abs=1e-14)
    assert ex.c_discrete == pytest.approx(-LOG4 + ex.kl_to_m, abs=1e-14)
    assert ex.c_equal == -LOG4
    assert ex.c_quad == pytest.approx(-LOG4 + 2 * ex.jsd_quad, abs=1e-9)
    assert ex.c_grid == pytest.approx(-LOG4 + 2 * ex.jsd_grid, abs=1e-12)
    assert ex.c_quad == pytest.approx(ex.c_grid, abs=1e-6)  # two independent computations
    assert -LOG4 < ex.c_quad < 0


def test_identity_on_random_discrete_pairs_and_minimum_only_at_equality() -> None:
    rng = np.random.default_rng(3)
    for _ in range(100):
        p, q = rng.dirichlet(np.ones(7)), rng.dirichlet(np.ones(7))
        c = gan_value(p, q, optimal_discriminator(p, q))
        assert c == pytest.approx(-LOG4 + 2 * js_divergence(p, q), abs=1e-13)
        assert -LOG4 < c <= 0
        assert gan_value(p, p, optimal_discriminator(p, p)) == -LOG4


def test_value_curve_minimum_at_equal_means_and_below_zero(run_example) -> None:
    ex = run_example("gan_objective/value_curve.py")
    assert ex.mus[np.argmin(ex.c)] == 0.0 and ex.c.min() == pytest.approx(-LOG4, abs=1e-14)
    assert np.all(ex.c <= 0) and np.all(ex.c[ex.mus != 0] > -LOG4)
    assert ex.c[-1] > -0.01
    half = ex.mus >= 0
    assert np.all(np.diff(ex.c[half]) > 0)  # rises as the generator moves away
    assert np.allclose(ex.c, ex.c[::-1], atol=1e-12)


def test_js_bound_is_log_2_in_nats_and_one_bit(run_example) -> None:
    ex = run_example("gan_objective/js_bound.py")
    assert ex.jsd_nats == pytest.approx(np.log(2), abs=1e-15) and ex.jsd_bits == 1.0
    assert ex.c == pytest.approx(0.0, abs=1e-15)
    assert ex.c_misread > 0  # impossible: V <= 0 for every discriminator


def test_restricted_discriminator_cannot_see_the_jsd(run_example) -> None:
    ex = run_example("gan_objective/restricted.py")
    assert ex.v_linear == pytest.approx(-LOG4, abs=1e-8)
    assert ex.jsd > 0.05 and ex.c == pytest.approx(-LOG4 + 2 * ex.jsd, abs=1e-12)
    assert ex.v_quadratic == pytest.approx(ex.c, abs=1e-6)
    assert ex.v_linear < ex.v_quadratic


def test_generator_loss_gradients(run_example) -> None:
    ex = run_example("gan_objective/generator_loss.py")
    np.testing.assert_allclose(ex.fd_saturating, -ex.d_fake, atol=1e-8)
    np.testing.assert_allclose(ex.fd_non_saturating, -(1 - ex.d_fake), atol=1e-8)
    assert ex.fd_error < 1e-8
    # Early in training (D(G(z)) near 0) the saturating gradient vanishes, the non-saturating one does not.
    assert abs(ex.grad_saturating[0]) < 1e-3 and abs(ex.grad_non_saturating[0]) > 0.999
    assert ex.grad_non_saturating[0] / ex.grad_saturating[0] == pytest.approx((1 - ex.d_fake[0]) / ex.d_fake[0])
    # Same ratio with respect to D's output; the logit multiplies both by D(1 - D).
    np.testing.assert_allclose(ex.grad_d_non_saturating / ex.grad_d_saturating, (1 - ex.d_fake) / ex.d_fake)
    np.testing.assert_allclose(ex.grad_saturating, ex.grad_d_saturating * ex.d_fake * (1 - ex.d_fake))
    # Both negative: descent raises the logit under either loss.
    assert np.all(ex.grad_saturating < 0) and np.all(ex.grad_non_saturating < 0)


def test_generator_gradients_over_a_wide_logit_range() -> None:
    a = np.linspace(-10.0, 10.0, 81)
    h = 1e-6

    def saturating(t: np.ndarray) -> np.ndarray:
        return -binary_cross_entropy_with_logits(0.0, t, reduction="none")

    def non_saturating(t: np.ndarray) -> np.ndarray:
        return binary_cross_entropy_with_logits(1.0, t, reduction="none")

    np.testing.assert_allclose((saturating(a + h) - saturating(a - h)) / (2 * h), -expit(a), atol=1e-7)
    np.testing.assert_allclose((non_saturating(a + h) - non_saturating(a - h)) / (2 * h), -(1 - expit(a)), atol=1e-7)


def test_generator_loss_plot_lines(run_example) -> None:
    ex = run_example("gan_objective/generator_loss_plot.py")
    np.testing.assert_allclose(ex.grad_saturating, -ex.d)
    np.testing.assert_allclose(ex.grad_non_saturating, ex.d - 1)


def test_jsd_stuck_at_log_2_while_w1_decreases(run_example) -> None:
    ex = run_example("gan_objective/disjoint.py")
    disjoint = ex.thetas >= 2 * ex.w
    assert disjoint.sum() >= 3
    np.testing.assert_allclose(ex.jsd[disjoint], np.log(2), rtol=0, atol=1e-15)  # constant up to rounding
    assert np.allclose(ex.c[disjoint], 0.0, atol=1e-15)
    assert np.all(np.diff(ex.jsd[~disjoint]) < 0)  # falls only once the bumps overlap
    np.testing.assert_allclose(ex.w1, np.abs(ex.thetas), atol=1e-9)
    assert np.all(np.diff(ex.w1) < 0)  # keeps decreasing along the whole sequence
    assert np.all(np.isinf(ex.kl[ex.thetas > 0])) and ex.kl[-1] == 0
    np.testing.assert_allclose(ex.c, -LOG4 + 2 * ex.jsd, atol=1e-12)


def test_wasserstein_three_ways(run_example) -> None:
    ex = run_example("gan_objective/wasserstein.py")
    for computed in (ex.w1_cdf, ex.w1_scipy, ex.w1_points):
        np.testing.assert_allclose(computed, np.abs(ex.thetas), atol=1e-9)


def test_disjoint_plot_curves(run_example) -> None:
    ex = run_example("gan_objective/disjoint_plot.py")
    flat = ex.thetas >= 0.2 - 1e-12
    np.testing.assert_allclose(ex.jsd[flat], np.log(2), rtol=0, atol=1e-15)
    assert np.all(ex.jsd[~flat] < np.log(2) - 1e-6)
    np.testing.assert_allclose(ex.w1, ex.thetas, atol=1e-9)


def test_gan_objective_exercises(run_example) -> None:
    ex = run_example("gan_objective/exercises.py")
    np.testing.assert_allclose(ex.d1, ex.p1 / (ex.p1 + ex.q1))
    assert ex.c1 == pytest.approx(-LOG4 + 2 * ex.jsd1, abs=1e-14)
    assert ex.v1_swapped == pytest.approx(ex.c1 - ex.jeffreys1, abs=1e-12)
    assert ex.jsd1 <= ex.jeffreys1 / 4 and ex.v1_swapped < -LOG4 - ex.jeffreys1 / 2 + 1e-12
    # Simultaneous gradient steps on uv: the distance grows by sqrt(1 + eta^2) per step.
    np.testing.assert_allclose(ex.radius[1:] / ex.radius[:-1], np.sqrt(1 + ex.eta**2), rtol=1e-12)
    assert ex.radius[-1] > ex.radius[0]
    # f = -p_data / p_g gives the maximum likelihood gradient, theta for unit-variance normals.
    assert ex.grad_f == pytest.approx(ex.grad_ml, abs=1e-8) and ex.grad_ml == pytest.approx(ex.theta3, abs=1e-8)


def test_value_is_never_positive_and_d_star_beats_random_discriminators() -> None:
    rng = np.random.default_rng(4)
    for _ in range(50):
        p, q = rng.dirichlet(np.ones(5)), rng.dirichlet(np.ones(5))
        d = rng.uniform(size=(200, 5))
        values = gan_value(p, q, d)
        assert np.all(values <= 0)
        assert np.all(values <= gan_value(p, q, optimal_discriminator(p, q)) + 1e-15)


def test_equal_variances_make_the_optimal_logit_linear() -> None:
    x = np.linspace(-3.0, 3.0, 61)
    a_star = logit(optimal_discriminator(norm.pdf(x, 0.0, 1.0), norm.pdf(x, 2.0, 1.0)))
    np.testing.assert_allclose(np.diff(a_star, 2), 0.0, atol=1e-9)
    a_unequal = logit(optimal_discriminator(norm.pdf(x, 0.0, 1.0), norm.pdf(x, 2.0, 1.5)))
    assert np.all(np.abs(np.diff(a_unequal, 2)) > 1e-3)  # quadratic: constant, non-zero second difference


def test_w1_is_at_least_the_difference_of_means() -> None:
    rng = np.random.default_rng(5)
    support = np.linspace(-2.0, 2.0, 9)
    for _ in range(100):
        p, q = rng.dirichlet(np.ones(9)), rng.dirichlet(np.ones(9))
        w1 = wasserstein_distance(support, support, p, q)
        assert w1 >= abs(support @ p - support @ q) - 1e-12
