"""What the entropy, loss, cross entropy and KL pages claim, checked on the examples they show.

Each docs_src example is run the way tests/test_examples.py runs it, and the
identities and qualitative claims stated in the prose are asserted on its
results. A second group checks that those pages type no number by hand.
"""

from __future__ import annotations

import contextlib
import io
import re
import runpy
import warnings
from pathlib import Path

import numpy as np
import pytest
from scipy.special import expit
from site_build import DOCS, DOCS_SRC

from divergence import (
    binary_cross_entropy,
    binary_cross_entropy_with_logits,
    cross_entropy,
    entropy,
    kl_divergence,
    kl_normal,
    mean_squared_error,
)

PAGES = ("losses", "cross-entropy", "kl-divergence")


def run(example: str) -> dict:
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("error")
        return runpy.run_path(str(DOCS_SRC / example), run_name="__main__")


# --- losses ---------------------------------------------------------------------------


def test_signed_errors_cancel_but_squares_do_not() -> None:
    ns = run("losses/mse_bce.py")
    assert ns["error"].mean() == 0.0
    assert mean_squared_error(ns["y_true"], ns["y_pred"]) > 0


def test_mse_is_bounded_and_bce_is_not_for_label_one() -> None:
    ns = run("losses/loss_curves.py")
    assert ns["mse"].max() <= 1.0
    assert ns["bce"].max() > 5 * ns["mse"].max()
    assert binary_cross_entropy(1.0, 0.01) > 4 * mean_squared_error(1.0, 0.01)


@pytest.mark.parametrize("y", [0.0, 1.0, 0.3])
def test_gradient_formulas_match_finite_differences(y: float) -> None:
    z = np.linspace(-12.0, 12.0, 97)
    s = expit(z)
    h = 1e-5

    def mse(t: np.ndarray) -> np.ndarray:
        return mean_squared_error(y, expit(t), reduction="none")

    def bce(t: np.ndarray) -> np.ndarray:
        return binary_cross_entropy_with_logits(y, t, reduction="none")

    np.testing.assert_allclose((mse(z + h) - mse(z - h)) / (2 * h), 2 * (s - y) * s * (1 - s), atol=1e-8)
    np.testing.assert_allclose((bce(z + h) - bce(z - h)) / (2 * h), s - y, atol=1e-8)
    ns = run("losses/gradient_check.py")
    assert ns["err_mse"] < 1e-8 and ns["err_bce"] < 1e-8


def test_mse_gradient_vanishes_when_confidently_wrong_and_bce_does_not() -> None:
    ns = run("losses/gradients.py")
    wrong = ns["z"] < -4  # label 1, very negative logit
    assert np.abs(ns["grad_mse"][wrong]).max() < 0.04
    assert np.abs(ns["grad_bce"][wrong]).min() > 0.98
    assert np.all(np.abs(ns["grad_bce"]) >= np.abs(ns["grad_mse"]) - 1e-15)


def test_gan_generator_gradients() -> None:
    # d/da log(1 - sigma(a)) = -sigma(a) (saturating); d/da log sigma(a) = 1 - sigma(a).
    a = np.linspace(-10.0, 10.0, 81)
    h = 1e-6
    log_one_minus_d = lambda t: -np.logaddexp(0.0, t)  # log(1 - sigma(t)), computed stably  # noqa: E731
    log_d = lambda t: -np.logaddexp(0.0, -t)  # log sigma(t)  # noqa: E731
    saturating = (log_one_minus_d(a + h) - log_one_minus_d(a - h)) / (2 * h)
    non_saturating = (log_d(a + h) - log_d(a - h)) / (2 * h)
    np.testing.assert_allclose(saturating, -expit(a), atol=1e-7)
    np.testing.assert_allclose(non_saturating, 1 - expit(a), atol=1e-7)


def test_bce_is_infinite_exactly_when_a_possible_outcome_gets_probability_zero() -> None:
    labels = np.array([0.0, 0.3, 1.0])
    predictions = np.array([0.0, 1e-300, 0.5, 1 - 1e-16, 1.0])
    y, y_hat = np.meshgrid(labels, predictions)
    loss = binary_cross_entropy(y, y_hat, reduction="none")
    expected_infinite = ((y > 0) & (y_hat == 0)) | ((y < 1) & (y_hat == 1))
    assert np.array_equal(np.isinf(loss), expected_infinite)
    ns = run("losses/finiteness.py")
    for y_, y_hat_ in ns["cases"]:
        infinite = (y_ > 0 and y_hat_ == 0) or (y_ < 1 and y_hat_ == 1)
        assert np.isinf(binary_cross_entropy(y_, y_hat_)) == infinite


def test_soft_label_minimum_is_the_label_entropy() -> None:
    ns = run("losses/finiteness.py")
    assert ns["best"] == pytest.approx(ns["y_soft"], abs=1e-4)
    assert ns["losses"].min() == pytest.approx(entropy([ns["y_soft"], 1 - ns["y_soft"]]), rel=1e-8)
    assert ns["losses"].min() > 0


def test_sigmoid_rounds_to_one_from_the_printed_threshold() -> None:
    ns = run("losses/logits.py")
    threshold = ns["threshold"]
    assert expit(np.nextafter(threshold, 0.0)) < 1.0 <= expit(np.nextafter(threshold, np.inf))
    assert np.all((ns["logits"] >= threshold) == (ns["y_hat"] == 1.0))


def test_naive_bce_fails_at_large_logits_and_the_stable_form_does_not() -> None:
    assert expit(40.0) == 1.0
    ns = run("losses/logits.py")
    rounded = ns["y_hat"] == 1.0
    assert rounded.any() and np.all(np.isinf(ns["naive"][rounded]))
    np.testing.assert_allclose(ns["stable"], ns["logits"] + np.log1p(np.exp(-ns["logits"])), rtol=1e-15)
    # The stable form is the same loss: max(z, 0) - y z + log(1 + exp(-|z|)).
    z = np.linspace(-15.0, 15.0, 61)  # where rounding in sigmoid(z) costs little
    for y in (0.0, 0.3, 1.0):
        np.testing.assert_allclose(
            binary_cross_entropy_with_logits(y, z, reduction="none"),
            binary_cross_entropy(y, expit(z), reduction="none"),
            rtol=1e-6,
        )


def test_loss_exercises() -> None:
    ns = run("losses/exercises.py")
    assert ns["z1"] == pytest.approx(np.log(0.01 / 0.99))
    assert np.isinf(binary_cross_entropy(ns["y3"], expit(ns["z3"])))
    assert binary_cross_entropy_with_logits(ns["y3"], ns["z3"]) == pytest.approx(ns["z3"])


# --- cross entropy --------------------------------------------------------------------


def test_bce_is_the_binary_cross_entropy() -> None:
    for y, y_hat in [(1.0, 0.8), (0.0, 0.8), (0.7, 0.8), (0.3, 0.01)]:
        assert binary_cross_entropy(y, y_hat) == pytest.approx(cross_entropy([y, 1 - y], [y_hat, 1 - y_hat]))


def test_one_hot_cross_entropy_is_the_negative_log_of_the_true_class() -> None:
    ns = run("cross_entropy/categorical.py")
    assert ns["ce"] == pytest.approx(-np.log(ns["model"][1]))
    assert entropy(ns["target"]) == 0.0
    assert cross_entropy(ns["smoothed"], ns["model"]) > entropy(ns["smoothed"])


def test_argument_order_matters() -> None:
    ns = run("cross_entropy/order.py")
    assert cross_entropy(ns["p"], ns["q"]) != pytest.approx(cross_entropy(ns["q"], ns["p"]))
    assert np.isfinite(cross_entropy(ns["target"], ns["model"]))
    assert np.isinf(cross_entropy(ns["model"], ns["target"]))


def test_dice_table() -> None:
    ns = run("dice/cross_entropy_table.py")
    table, h, names = ns["table"], ns["h"], ns["names"]
    np.testing.assert_allclose(np.diag(table), [h[n] for n in names])  # diagonal = entropy
    assert np.all(table.argmin(axis=1) == np.arange(len(names)))  # row minimum on the diagonal
    np.testing.assert_allclose(table[:, 0], np.log2(6))  # fair-die model column
    assert h["loaded"] < h["fair"] and h["heavily loaded"] < h["loaded"]  # loaded = less random
    assert table[0, 1] > h["fair"]


def test_cross_entropy_is_entropy_plus_kl_and_never_below_entropy() -> None:
    rng = np.random.default_rng(0)
    p = rng.dirichlet(np.ones(7), size=2000)
    q = rng.dirichlet(np.ones(7), size=2000)
    np.testing.assert_allclose(cross_entropy(p, q), entropy(p) + kl_divergence(p, q), rtol=1e-12)
    assert np.all(cross_entropy(p, q) >= entropy(p))
    np.testing.assert_allclose(cross_entropy(p, p), entropy(p), rtol=1e-12)


def test_cross_entropy_of_a_distribution_with_itself_is_its_entropy() -> None:
    ns = run("cross_entropy/with_itself.py")
    for p in ns["coins"].values():
        assert cross_entropy(p, p) == entropy(p)
    assert cross_entropy([0.5, 0.5], [0.5, 0.5]) == pytest.approx(np.log(2))
    ns = run("cross_entropy/formula.py")
    assert -np.sum(ns["p"] * np.log(ns["p"])) == pytest.approx(entropy(ns["p"]))
    assert cross_entropy(ns["p"], ns["q"]) != pytest.approx(entropy(ns["p"]))


def test_cross_entropy_falls_to_the_entropy_as_q_moves_to_p() -> None:
    ns = run("cross_entropy/approach.py")
    ce, kl, h = ns["ce"], ns["kl"], ns["h_p"]
    assert np.all(np.diff(ce) < 0)
    assert ce[-1] == pytest.approx(h) and kl[-1] == pytest.approx(0.0, abs=1e-15)
    np.testing.assert_allclose(ce - kl, h, rtol=1e-12)


def test_cross_entropy_against_the_uniform_model_is_log_n() -> None:
    ns = run("cross_entropy/exercises.py")
    np.testing.assert_allclose(cross_entropy(ns["p3"], ns["uniform"], base=2), np.log2(6))


# --- KL divergence --------------------------------------------------------------------


def test_kl_is_cross_entropy_minus_entropy() -> None:
    ns = run("kl_divergence/definition.py")
    p, q = ns["p"], ns["q"]
    assert kl_divergence(p, q) == pytest.approx(ns["by_definition"])
    assert kl_divergence(p, q) == pytest.approx(cross_entropy(p, q) - entropy(p))
    assert -ns["by_definition"] < 0  # the note's sign error gives a negative "divergence"


def test_pointwise_term_net_area_is_the_kl_divergence() -> None:
    ns = run("kl_divergence/pointwise.py")
    assert ns["negative"] < 0 < ns["positive"]
    assert ns["kl"] == pytest.approx(ns["kl_exact"], rel=1e-4)
    assert ns["kl_grid"] == pytest.approx(ns["kl_exact"], rel=1e-4)
    assert ns["kl_exact"] == pytest.approx(kl_normal(0.0, 1.0, 1.0, 1.5))
    assert abs(ns["between"] - ns["kl"]) > 0.1  # the area between the curves is something else


def test_kl_is_non_negative_and_zero_only_for_equal_distributions() -> None:
    ns = run("kl_divergence/nonnegative.py")
    assert ns["kl"].min() > 0
    assert np.all(kl_divergence(ns["p"], ns["p"]) == 0)


def test_kl_is_asymmetric_and_infinite_where_q_rules_out_p() -> None:
    ns = run("kl_divergence/asymmetry.py")
    assert kl_divergence(ns["p"], ns["q"]) != pytest.approx(kl_divergence(ns["q"], ns["p"]))
    assert np.isinf(kl_divergence(ns["p0"], ns["q0"]))
    assert kl_divergence(ns["q0"], ns["p0"]) == pytest.approx(np.log(2))
    # Nor a metric: the triangle inequality fails.
    p, m, q = ns["p"], ns["m"], ns["q"]
    assert kl_divergence(p, q) > kl_divergence(p, m) + kl_divergence(m, q)


def test_forward_kl_covers_the_modes_and_reverse_kl_seeks_one() -> None:
    ns = run("kl_divergence/mode_fit.py")
    (mu_f, sigma_f), (mu_r, sigma_r) = ns["fits"]["forward"], ns["fits"]["reverse"]
    # Forward: moment matching, mean 0 and variance 1 + 3^2 = 10.
    assert mu_f == pytest.approx(0.0, abs=1e-3)
    assert sigma_f == pytest.approx(np.sqrt(10.0), abs=2e-3)
    assert sigma_f == pytest.approx(ns["std"], abs=2e-3)
    # Reverse: on one peak, about as narrow as the peak.
    assert abs(mu_r - 3.0) < 0.1 and abs(sigma_r - 1.0) < 0.1
    assert sigma_f > 2 * sigma_r
    # Each fit is best by its own criterion.
    assert ns["scores"]["forward"][0] < ns["scores"]["reverse"][0]
    assert ns["scores"]["reverse"][1] < ns["scores"]["forward"][1]
    # Missing a peak costs the reverse fit about ln 2, not nothing.
    assert ns["scores"]["reverse"][1] == pytest.approx(np.log(2), abs=0.01)
    # Started at the mirror image, the reverse fit picks the other peak.
    assert ns["mirrored"][0] == pytest.approx(-mu_r, abs=1e-3) and ns["mirrored"][1] == pytest.approx(sigma_r, abs=1e-3)


def test_kl_is_the_extra_code_length() -> None:
    ns = run("kl_divergence/coding.py")
    p, q = ns["p"], ns["q"]
    lengths_p = np.array([len(c) for c in ns["code_for_p"]])
    lengths_q = np.array([len(c) for c in ns["code_for_q"]])
    assert np.sum(p * lengths_p) == entropy(p, base=2)  # the dyadic code is optimal
    assert np.sum(p * lengths_q) == cross_entropy(p, q, base=2)
    assert np.sum(p * (lengths_q - lengths_p)) == pytest.approx(kl_divergence(p, q, base=2))
    for code in (ns["code_for_p"], ns["code_for_q"]):  # prefix-free
        assert not any(a != b and b.startswith(a) for a in code for b in code)


def test_kl_exercises() -> None:
    ns = run("kl_divergence/exercises.py")
    assert np.isfinite(kl_divergence(ns["p2"], ns["q2"])) and np.isinf(kl_divergence(ns["q2"], ns["p2"]))
    wide_approximates_narrow = kl_normal(ns["mu_p"], ns["sigma_p"], ns["mu_q"], ns["sigma_q"])
    narrow_approximates_wide = kl_normal(ns["mu_q"], ns["sigma_q"], ns["mu_p"], ns["sigma_p"])
    assert wide_approximates_narrow < narrow_approximates_wide


@pytest.mark.parametrize("name", PAGES)
def test_both_languages_share_heading_ids(name: str) -> None:
    def ids(path: Path) -> list[str]:
        return re.findall(r"^#+ .*\{#([\w-]+)\}$", path.read_text(encoding="utf-8"), flags=re.MULTILINE)

    assert ids(DOCS / f"{name}.md") == ids(DOCS / f"{name}.en.md")
    assert ids(DOCS / f"{name}.md")
