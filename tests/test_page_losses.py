"""What the loss-function page claims, asserted on the examples it runs."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from scipy.special import expit

from divergence import (
    binary_cross_entropy,
    binary_cross_entropy_with_logits,
    cross_entropy,
    entropy,
    kl_divergence,
    mean_squared_error,
)

# --- MSE and BCE ------------------------------------------------------------------------


def test_signed_errors_cancel_but_squares_do_not(run_example) -> None:
    ex = run_example("losses/mse_bce.py")
    assert not np.any(ex.y_true == ex.y_pred)  # no prediction is exactly right
    assert ex.error.mean() == 0.0
    assert ex.squared.mean() == mean_squared_error(ex.y_true, ex.y_pred) > 0
    assert f"MSE        = {ex.squared.mean():.4f}" in ex.output


def test_bce_is_the_negative_log_of_the_bernoulli_likelihood(run_example) -> None:
    ex = run_example("losses/mse_bce.py")
    # Per example: y_hat^y (1 - y_hat)^(1 - y) is y_hat for y = 1 and 1 - y_hat for y = 0.
    np.testing.assert_allclose(ex.likelihood, np.where(ex.y_true == 1, ex.y_pred, 1 - ex.y_pred), rtol=0)
    np.testing.assert_allclose(-np.log(ex.likelihood), ex.bce, rtol=1e-15)
    # The data set: -log(product of likelihoods) / n is the mean BCE.
    assert ex.nll_per_example == pytest.approx(ex.bce.mean(), rel=1e-14)
    assert ex.nll_per_example == pytest.approx(binary_cross_entropy(ex.y_true, ex.y_pred), rel=1e-14)


@pytest.mark.parametrize("y_hat", [0.0, 1e-300, 0.2, 0.5, 0.9, 1.0])
@pytest.mark.parametrize("y", [0.0, 1.0])
def test_bernoulli_likelihood_with_the_convention_at_the_ends(y: float, y_hat: float) -> None:
    # The page: a factor with exponent 0 counts as 1 even when y_hat is 0 or 1 (numpy: 0.0 ** 0.0 == 1.0).
    likelihood = y_hat**y * (1 - y_hat) ** (1 - y)
    with np.errstate(divide="ignore"):
        assert -np.log(likelihood) == pytest.approx(binary_cross_entropy(y, y_hat), rel=1e-12)


def test_smallest_mean_bce_is_the_largest_likelihood() -> None:
    # Among candidate models (constant predictions here), the ranking by mean BCE is the reverse
    # of the ranking by data likelihood, because -log(.)/n is decreasing.
    rng = np.random.default_rng(1)
    y = (rng.random(40) < 0.3).astype(float)
    candidates = np.linspace(0.05, 0.95, 19)
    mean_bce = np.array([binary_cross_entropy(y, np.full_like(y, c)) for c in candidates])
    likelihood = np.array([np.prod(c**y * (1 - c) ** (1 - y)) for c in candidates])
    assert np.argmin(mean_bce) == np.argmax(likelihood)
    np.testing.assert_allclose(mean_bce, -np.log(likelihood) / len(y), rtol=1e-12)


@pytest.mark.parametrize(("y", "y_hat"), [(1.0, 0.8), (0.0, 0.8), (0.7, 0.8), (0.3, 0.01)])
def test_bce_is_the_cross_entropy_of_the_two_outcome_distributions(y: float, y_hat: float) -> None:
    p, q = [y, 1 - y], [y_hat, 1 - y_hat]
    assert binary_cross_entropy(y, y_hat) == pytest.approx(cross_entropy(p, q))
    # ... and the average over P of -log q: the soft-label reading of the same expression.
    assert binary_cross_entropy(y, y_hat) == pytest.approx(y * -np.log(y_hat) + (1 - y) * -np.log(1 - y_hat))


def test_mse_is_bounded_and_bce_is_not_for_label_one(run_example) -> None:
    ex = run_example("losses/loss_curves.py")
    assert ex.mse.max() <= 1.0 and mean_squared_error(1.0, 0.0) == 1.0  # the ceiling of 1
    assert ex.bce.max() > 5 * ex.mse.max()
    assert np.all(np.diff(ex.bce) < 0)  # BCE keeps growing as y_hat falls
    mse_wrong, bce_wrong = ex.wrong_losses
    assert mse_wrong == pytest.approx((1 - ex.wrong) ** 2) and bce_wrong == pytest.approx(-np.log(ex.wrong))
    assert 0 < 1 - mse_wrong < 0.02 and bce_wrong > 4.5  # "close to its ceiling" / "4.605 nats"
    assert ex.mse[-1] == 0.0 and ex.bce[-1] == 0.0  # both 0 at y_hat = 1
    assert ex.wrong_losses[1] < 5  # the dot is inside the plotted range (ylim 5)


# --- gradients ----------------------------------------------------------------------------


@pytest.mark.parametrize("y", [0.0, 1.0, 0.3])
def test_gradient_formulas_match_finite_differences(y: float) -> None:
    a = np.linspace(-12.0, 12.0, 97)
    s = expit(a)
    h = 1e-5

    def mse(t: np.ndarray) -> np.ndarray:
        return mean_squared_error(y, expit(t), reduction="none")

    def bce(t: np.ndarray) -> np.ndarray:
        return binary_cross_entropy_with_logits(y, t, reduction="none")

    np.testing.assert_allclose((mse(a + h) - mse(a - h)) / (2 * h), 2 * (s - y) * s * (1 - s), atol=1e-8)
    np.testing.assert_allclose((bce(a + h) - bce(a - h)) / (2 * h), s - y, atol=1e-8)


def test_gradient_check_example_agrees(run_example) -> None:
    ex = run_example("losses/gradient_check.py")
    lines = ex.output.splitlines()
    assert lines[0] == "max |formula - finite difference|:"
    for line in lines[1:4]:
        errors = [float(x.split()[-1]) for x in line.split(":")[-1].split(",")]
        assert len(errors) == 2 and max(errors) < 1e-8, line
    assert ex.s0 == expit(ex.a0) and ex.a0 < 0
    assert ex.grad_bce0 == pytest.approx(ex.s0 - 1) and ex.grad_mse0 == pytest.approx(
        2 * (ex.s0 - 1) * ex.s0 * (1 - ex.s0)
    )
    assert ex.ratio == pytest.approx(1 / (2 * ex.s0 * (1 - ex.s0)))
    assert abs(ex.grad_mse0) < 0.01 and abs(ex.grad_bce0) > 0.99 and ex.ratio > 100


def test_sigmoid_derivative() -> None:
    a = np.linspace(-10.0, 10.0, 81)
    h = 1e-6
    np.testing.assert_allclose((expit(a + h) - expit(a - h)) / (2 * h), expit(a) * (1 - expit(a)), atol=1e-9)


def test_mse_gradient_is_at_most_half_the_bce_gradient() -> None:
    a = np.linspace(-30.0, 30.0, 6001)
    s = expit(a)
    assert (s * (1 - s)).max() == pytest.approx(0.25) and s[np.argmax(s * (1 - s))] == pytest.approx(0.5)
    for y in np.linspace(0.0, 1.0, 11):
        assert np.all(np.abs(2 * (s - y) * s * (1 - s)) <= 0.5 * np.abs(s - y) + 1e-300)


def test_mse_gradient_vanishes_when_confidently_wrong_and_bce_does_not(run_example) -> None:
    ex = run_example("losses/gradients.py")
    assert expit(ex.wrong_below) < 0.02  # the comment in the example
    wrong = ex.a < ex.wrong_below  # label 1, very negative logit
    assert np.abs(ex.grad_mse[wrong]).max() < 0.04
    assert np.abs(ex.grad_bce[wrong]).min() > 0.98
    assert np.all(np.abs(ex.grad_bce) >= 2 * np.abs(ex.grad_mse) - 1e-15)
    assert ex.grad_mse.min() > -1.05 and ex.grad_bce.min() > -1.05 and max(ex.grad_mse.max(), ex.grad_bce.max()) <= 0.0


def test_gan_generator_gradients(run_example) -> None:
    # d/da log(1 - sigma(a)) = -sigma(a) (saturating); d/da log sigma(a) = 1 - sigma(a).
    a = np.linspace(-10.0, 10.0, 81)
    h = 1e-6

    def log_one_minus_d(t: np.ndarray) -> np.ndarray:
        return -np.logaddexp(0.0, t)  # log(1 - sigma(t)), computed stably

    def log_d(t: np.ndarray) -> np.ndarray:
        return -np.logaddexp(0.0, -t)  # log sigma(t)

    saturating = (log_one_minus_d(a + h) - log_one_minus_d(a - h)) / (2 * h)
    non_saturating = (log_d(a + h) - log_d(a - h)) / (2 * h)
    np.testing.assert_allclose(saturating, -expit(a), atol=1e-7)
    np.testing.assert_allclose(non_saturating, 1 - expit(a), atol=1e-7)
    # The non-saturating gradient is minus the BCE gradient for the label 1.
    np.testing.assert_allclose(non_saturating, -(expit(a) - 1), atol=1e-7)
    # At the page's confident logit: the saturating gradient is tiny, the other close to 1.
    ex = run_example("losses/gradient_check.py")
    assert -ex.s0 > -0.01 and 1 - ex.s0 > 0.99


# --- infinity and soft labels --------------------------------------------------------------


def test_bce_is_infinite_exactly_when_a_possible_outcome_gets_probability_zero(run_example) -> None:
    labels = np.array([0.0, 0.3, 1.0])
    predictions = np.array([0.0, 1e-300, 0.5, 1 - 1e-16, 1.0])
    y, y_hat = np.meshgrid(labels, predictions)
    loss = binary_cross_entropy(y, y_hat, reduction="none")
    expected_infinite = ((y > 0) & (y_hat == 0)) | ((y < 1) & (y_hat == 1))
    assert np.array_equal(np.isinf(loss), expected_infinite)
    ex = run_example("losses/finiteness.py")
    for (y_, y_hat_), value in zip(ex.cases, ex.case_bce, strict=False):
        infinite = (y_ > 0 and y_hat_ == 0) or (y_ < 1 and y_hat_ == 1)
        assert np.isinf(value) == infinite


def test_misconception_counter_examples(run_example) -> None:
    ex = run_example("losses/finiteness.py")
    (y2, p2), (y3, p3) = ex.cases[2], ex.cases[3]
    assert y2 == y3 == 1 and p2 == 0.5 and 0 < p3 < 1e-100
    assert ex.case_bce[2] == pytest.approx(np.log(2)) and np.isfinite(ex.case_bce[3])
    assert ex.case_bce[3] == pytest.approx(-np.log(p3))
    # Equal prediction and label: 0 for hard labels, the label's entropy for a soft one.
    assert ex.case_bce[0] == ex.case_bce[1] == 0.0
    assert ex.cases[6] == (ex.y_soft, ex.y_soft) and ex.case_bce[6] == pytest.approx(ex.h_soft) and ex.h_soft > 0


def test_soft_label_minimum_is_the_label_entropy(run_example) -> None:
    ex = run_example("losses/finiteness.py")
    assert ex.best == pytest.approx(ex.y_soft, abs=1e-4)
    assert ex.losses.min() == pytest.approx(entropy([ex.y_soft, 1 - ex.y_soft]), rel=1e-8)
    assert ex.h_soft == entropy([ex.y_soft, 1 - ex.y_soft]) and ex.losses.min() > 0
    assert np.isinf(ex.losses[0]) and np.isinf(ex.losses[-1])  # infinite at both ends


@pytest.mark.parametrize("y", [0.05, 0.3, 0.5, 0.8])
def test_soft_label_derivative_and_the_gap_is_kl(y: float) -> None:
    y_hat = np.linspace(0.001, 0.999, 999)
    loss = binary_cross_entropy(y, y_hat, reduction="none")
    # The derivative (y_hat - y) / (y_hat (1 - y_hat)): negative below y, positive above.
    h = 1e-7
    fd = (
        binary_cross_entropy(y, y_hat + h, reduction="none") - binary_cross_entropy(y, y_hat - h, reduction="none")
    ) / (2 * h)
    np.testing.assert_allclose(fd, (y_hat - y) / (y_hat * (1 - y_hat)), rtol=1e-5, atol=1e-6)
    assert np.all(np.diff(loss[y_hat < y]) < 0) and np.all(np.diff(loss[y_hat > y]) > 0)
    # Gibbs: BCE - h(y) = KL((y, 1 - y) || (y_hat, 1 - y_hat)) >= 0, 0 only at y_hat = y.
    kl = kl_divergence(
        np.stack([np.full_like(y_hat, y), 1 - np.full_like(y_hat, y)], -1), np.stack([y_hat, 1 - y_hat], -1)
    )
    np.testing.assert_allclose(loss - entropy([y, 1 - y]), kl, atol=1e-12)
    assert np.all(kl >= 0)
    assert binary_cross_entropy(y, y) == pytest.approx(entropy([y, 1 - y]))


# --- logits --------------------------------------------------------------------------------


def test_sigmoid_rounds_to_one_from_the_printed_threshold(run_example) -> None:
    ex = run_example("losses/logits.py")
    threshold = ex.threshold
    assert expit(np.nextafter(threshold, 0.0)) < 1.0 <= expit(np.nextafter(threshold, np.inf))
    assert np.all((ex.logits >= threshold) == (ex.y_hat == 1.0))
    assert round(threshold, 2) >= threshold  # "from a >= 36.74 on" (the printed, rounded value) is safe
    assert np.exp(-threshold) == pytest.approx(np.finfo(float).eps / 2, rel=1e-12)  # half the spacing above 1


def test_stable_form_is_the_same_loss() -> None:
    # (1 - y) a + log(1 + e^-a) = -y a + log(1 + e^a) = max(a, 0) - y a + log(1 + e^-|a|).
    a = np.linspace(-15.0, 15.0, 61)  # where rounding in sigmoid(a) costs little
    for y in (0.0, 0.3, 1.0):
        first = (1 - y) * a + np.log1p(np.exp(-a))
        second = -y * a + np.log1p(np.exp(a))
        combined = np.maximum(a, 0) - y * a + np.log1p(np.exp(-np.abs(a)))
        # (the first two lose digits to cancellation where the loss is tiny: hence the atol)
        np.testing.assert_allclose(first, second, rtol=1e-12, atol=1e-14)
        np.testing.assert_allclose(first, combined, rtol=1e-12, atol=1e-14)
        np.testing.assert_allclose(binary_cross_entropy_with_logits(y, a, reduction="none"), combined, rtol=1e-12)
        np.testing.assert_allclose(combined, binary_cross_entropy(y, expit(a), reduction="none"), rtol=1e-6)
    assert np.allclose(1 - expit(a), expit(-a), rtol=1e-8, atol=1e-16)  # 1 - sigma(a) loses digits for large a


def test_naive_bce_fails_at_large_logits_and_the_stable_form_does_not(run_example) -> None:
    ex = run_example("losses/logits.py")
    rounded = ex.y_hat == 1.0
    assert rounded.any() and np.all(np.isinf(ex.naive[rounded])) and np.all(np.isfinite(ex.naive[~rounded]))
    np.testing.assert_allclose(ex.stable, ex.logits + np.log1p(np.exp(-ex.logits)), rtol=1e-15)
    assert ex.first_infinite == ex.logits[rounded].min() and ex.last_finite == ex.logits[~rounded].max()
    assert ex.last_finite < ex.first_infinite and abs(ex.naive_error) > 0.01
    # At a = 40: sigmoid is exactly 1, the loss from logits is exactly 40.0, the nearest float64 to the true value.
    assert ex.sigmoid(ex.a40) == 1.0 and ex.loss40 == ex.a40
    assert ex.added_term < ex.spacing / 2 and ex.spacing == np.spacing(40.0)


# --- exercises -----------------------------------------------------------------------------


def test_loss_exercises(run_example) -> None:
    ex = run_example("losses/exercises.py")
    # 1.
    assert ex.a1 == pytest.approx(np.log(0.01 / 0.99)) and expit(ex.a1) == pytest.approx(ex.y_hat1)
    assert ex.bce1 == pytest.approx(-np.log(ex.y_hat1)) and ex.mse1 == pytest.approx((1 - ex.y_hat1) ** 2)
    assert abs(ex.grad_bce1) > 40 * abs(ex.grad_mse1)
    # 2.
    assert ex.best2 == pytest.approx(ex.y2, abs=1e-5) and ex.min2 == pytest.approx(ex.h2) and ex.h2 > 0
    assert expit(ex.a2) == pytest.approx(ex.y2)
    # 3.
    assert np.isinf(ex.naive3)
    assert ex.stable3 == pytest.approx(ex.a3) and ex.stable3 >= ex.a3


def test_conceptual_exercise_logit_grows_without_bound(run_example) -> None:
    ex = run_example("losses/exercises.py")
    steps = sorted(ex.record)
    a = np.array([ex.record[s][0] for s in steps])
    loss = np.array([ex.record[s][1] for s in steps])
    assert np.all(np.diff(a) > 0) and np.all(np.diff(loss) < 0) and np.all(loss > 0)
    # Each tenfold increase in steps adds a little more than ln 10 to a; the loss is about 1 / steps.
    assert np.all(np.diff(steps) > 0) and all(t2 == 10 * t1 for t1, t2 in itertools.pairwise(steps))
    gains = np.diff(a)
    assert np.all(gains > np.log(10)) and np.all(gains < np.log(10) + 0.05)
    np.testing.assert_allclose(loss * np.array(steps), 1.0, rtol=0.05)
    # For a finite logit the loss with label 1 is positive and its gradient negative.
    grid = np.linspace(-30.0, 30.0, 601)
    assert np.all(binary_cross_entropy_with_logits(1.0, grid, reduction="none") > 0)
    assert np.all(expit(grid) - 1 < 0)
