"""BCE on probabilities and logits, and MSE."""

from __future__ import annotations

import math
import warnings

import mpmath
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from divergence import (
    binary_cross_entropy,
    binary_cross_entropy_with_logits,
    cross_entropy,
    mean_squared_error,
)


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


def test_bce_by_hand():
    expected = -(math.log(0.9) + math.log(0.8)) / 2
    assert binary_cross_entropy([1, 0], [0.9, 0.2]) == pytest.approx(expected, rel=1e-15)


def test_bce_is_zero_for_perfect_hard_predictions():
    assert binary_cross_entropy([1, 0, 1], [1.0, 0.0, 1.0]) == 0.0


@pytest.mark.parametrize(("y", "y_hat"), [(1, 0.0), (0, 1.0), (0.3, 0.0), (0.3, 1.0)])
def test_bce_is_infinite_where_the_prediction_rules_out_a_labelled_outcome(y, y_hat):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert binary_cross_entropy([y], [y_hat]) == math.inf


@given(st.floats(0, 1), st.floats(0, 1))
def test_bce_is_the_cross_entropy_of_two_outcome_distributions(y, y_hat):
    expected = cross_entropy([y, 1 - y], [y_hat, 1 - y_hat], normalize=False)
    assert binary_cross_entropy([y], [y_hat]) == pytest.approx(expected, rel=1e-12, abs=1e-15)


def test_soft_labels_have_their_entropy_as_minimum():
    y = 0.3
    grid = np.linspace(0.01, 0.99, 99)
    losses = binary_cross_entropy(np.full_like(grid, y), grid, reduction="none")
    assert grid[np.argmin(losses)] == pytest.approx(y)
    assert losses.min() == pytest.approx(-(y * math.log(y) + (1 - y) * math.log(1 - y)))


def test_reductions():
    y, y_hat = np.array([1.0, 0.0, 1.0]), np.array([0.8, 0.4, 0.6])
    each = binary_cross_entropy(y, y_hat, reduction="none")
    assert each.shape == (3,)
    assert binary_cross_entropy(y, y_hat, reduction="sum") == pytest.approx(each.sum())
    assert binary_cross_entropy(y, y_hat) == pytest.approx(each.mean())
    assert binary_cross_entropy(y, y_hat, base=2) == pytest.approx(each.mean() / math.log(2))


def logit_loss_reference(y, z):
    """-y log sigmoid(z) - (1-y) log(1 - sigmoid(z)), in 50-digit arithmetic."""
    y, z = mpmath.mpf(y), mpmath.mpf(z)
    return float(y * mpmath.log1p(mpmath.exp(-z)) + (1 - y) * mpmath.log1p(mpmath.exp(z)))


@given(st.floats(0, 1), st.floats(-1e4, 1e4))
def test_logits_match_high_precision(y, z):
    with mpmath.workdps(50):
        expected = logit_loss_reference(y, z)
    assert binary_cross_entropy_with_logits([y], [z]) == pytest.approx(expected, rel=1e-12, abs=1e-300)


@pytest.mark.parametrize("z", [40.0, 1e3, 1e4, 1e300])
def test_logits_never_overflow(z):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert binary_cross_entropy_with_logits([1.0], [z]) == pytest.approx(math.exp(-z), abs=0)
        assert binary_cross_entropy_with_logits([0.0], [z]) == pytest.approx(z, rel=1e-15)
        assert binary_cross_entropy_with_logits([1.0], [-z]) == pytest.approx(z, rel=1e-15)
        assert binary_cross_entropy_with_logits([0.5], [z]) == pytest.approx(z / 2, rel=1e-15)


def test_the_naive_form_fails_where_the_stable_one_does_not():
    z = 40.0
    assert sigmoid(z) == 1.0  # the information is gone before the log
    assert binary_cross_entropy([0.0], [sigmoid(z)]) == math.inf
    assert binary_cross_entropy_with_logits([0.0], [z]) == pytest.approx(40.0)


def test_mse():
    assert mean_squared_error([1.0, 0.0], [0.9, 0.2]) == pytest.approx(0.025)
    assert mean_squared_error([1.0, 0.0], [0.9, 0.2], reduction="sum") == pytest.approx(0.05)
    np.testing.assert_allclose(mean_squared_error([1.0, 0.0], [0.9, 0.2], reduction="none"), [0.01, 0.04])
    assert mean_squared_error(3, 1) == 4.0


def test_losses_broadcast():
    y = np.array([[1.0], [0.0]])
    y_hat = np.array([0.9, 0.5, 0.1])
    assert binary_cross_entropy(y, y_hat, reduction="none").shape == (2, 3)
    assert mean_squared_error(y, y_hat, reduction="none").shape == (2, 3)


@pytest.mark.parametrize(("y", "z"), [(1 - 2**-52, 1e4), (0.99999, 9.0), (0.5, 3.0)])
def test_logits_do_not_cancel_for_labels_near_one(y, z):
    with mpmath.workdps(50):
        expected = logit_loss_reference(y, z)
    assert binary_cross_entropy_with_logits([y], [z]) == pytest.approx(expected, rel=1e-13)


def test_huge_finite_inputs_give_inf_without_a_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert mean_squared_error([1e308, 1e308], [-1e308, -1e308]) == math.inf
        assert binary_cross_entropy_with_logits([1.0, 1.0], [-1e308, -1e308], reduction="sum") == math.inf


@pytest.mark.parametrize("reduction", [["mean"], np.array("mean"), np.array(["mean", "sum"])])
def test_reduction_must_be_a_string(reduction):
    with pytest.raises(ValueError, match="reduction must be one of"):
        mean_squared_error([1.0], [0.5], reduction=reduction)
