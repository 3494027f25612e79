"""Every bad input raises ValueError naming the argument and the problem."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from divergence import (
    binary_cross_entropy,
    binary_cross_entropy_with_logits,
    cross_entropy,
    entropy,
    js_distance,
    js_divergence,
    kl_divergence,
    mean_squared_error,
)
from divergence._validation import SUM_TOLERANCE

PAIRWISE = [cross_entropy, kl_divergence, js_divergence, js_distance]
GOOD = [0.25, 0.75]


def call(func, p, q=GOOD, **kwargs):
    return func(p, **kwargs) if func is entropy else func(p, q, **kwargs)


BAD_DISTRIBUTIONS = [
    ([0.5, -0.1, 0.6], "negative"),
    ([0.5, math.nan, 0.5], "NaN"),
    ([0.5, math.inf, 0.5], "inf"),
    ([0.5, -math.inf, 0.5], "inf"),
    ([], "empty"),
    ([0.0, 0.0], "all zero"),
    ([0.2, 0.2], "does not sum to 1"),
    (0.5, "scalar"),
    (["a", "b"], "numbers"),
    ([1 + 0j, 0j], "numbers"),
    ([[0.5, 0.5], [1.0]], "rectangular"),
]


@pytest.mark.parametrize("func", [entropy, *PAIRWISE])
@pytest.mark.parametrize(("bad", "problem"), BAD_DISTRIBUTIONS)
def test_bad_p(func, bad, problem):
    with pytest.raises(ValueError, match=rf"\bp\b.*{problem}|{problem}.*\bp\b"):
        call(func, bad, q=np.resize(GOOD, len(bad)) if _is_flat_list(bad) else GOOD)


def _is_flat_list(x):
    return isinstance(x, list) and all(not isinstance(v, list) for v in x)


@pytest.mark.parametrize("func", PAIRWISE)
@pytest.mark.parametrize(("bad", "problem"), BAD_DISTRIBUTIONS[:7])
def test_bad_q(func, bad, problem):
    p = np.full(len(bad), 1 / len(bad)) if len(bad) else GOOD
    with pytest.raises(ValueError, match=rf"\bq\b.*{problem}"):
        func(p, bad)


@pytest.mark.parametrize("func", PAIRWISE)
def test_different_outcome_counts(func):
    with pytest.raises(ValueError, match=r"same number of outcomes.*p has 2, q has 3"):
        func(GOOD, [0.2, 0.3, 0.5])


@pytest.mark.parametrize("func", PAIRWISE)
def test_batch_shapes_that_do_not_broadcast(func):
    p = np.full((2, 3, 2), 0.5)
    q = np.full((4, 2), 0.5)
    with pytest.raises(ValueError, match=r"shapes of p \(2, 3, 2\), q \(4, 2\) do not broadcast"):
        func(p, q)


@pytest.mark.parametrize("func", [entropy, *PAIRWISE])
@pytest.mark.parametrize("axis", [1, -2, 1.0, "0", True, None])
def test_bad_axis(func, axis):
    with pytest.raises(ValueError, match="axis"):
        call(func, GOOD, axis=axis)


@pytest.mark.parametrize("func", [entropy, *PAIRWISE])
@pytest.mark.parametrize("base", [1, 1.0, 0, -2, math.inf, math.nan, "2", True, [2]])
def test_bad_base(func, base):
    with pytest.raises(ValueError, match="base"):
        call(func, GOOD, base=base)


def test_sum_tolerance_is_as_documented():
    almost = [0.5, 0.5 + 0.9 * SUM_TOLERANCE]
    assert entropy(almost) > 0
    with pytest.raises(ValueError, match=r"sum to 1.*normalize=True"):
        entropy([0.5, 0.5 + 1.1 * SUM_TOLERANCE])


def test_normalize_does_not_accept_what_cannot_be_a_distribution():
    with pytest.raises(ValueError, match="all zero"):
        entropy([0, 0, 0], normalize=True)
    with pytest.raises(ValueError, match="negative"):
        entropy([1, -1, 2], normalize=True)
    with pytest.raises(ValueError, match="too large"):
        entropy([1e308, 1e308])  # without normalize: a sum of inf is not 1


def test_normalize_accepts_weights_whose_sum_overflows():
    # Finite weights are a distribution once rescaled, even where their sum is inf.
    assert entropy([1e308, 1e308], normalize=True) == pytest.approx(math.log(2), rel=1e-15)
    assert entropy([1.5e308, 1.5e308, 0.0], normalize=True) == pytest.approx(math.log(2), rel=1e-15)


def test_bad_row_in_a_batch_is_reported():
    p = np.array([[0.5, 0.5], [0.6, 0.6]])
    with pytest.raises(ValueError, match=re.escape("a sum of 1.2")):
        entropy(p)


LOSSES = [binary_cross_entropy, binary_cross_entropy_with_logits, mean_squared_error]


@pytest.mark.parametrize("func", LOSSES)
@pytest.mark.parametrize("reduction", ["avg", "Mean", None])
def test_bad_reduction(func, reduction):
    with pytest.raises(ValueError, match="reduction must be one of"):
        func([1.0], [0.5], reduction=reduction)


@pytest.mark.parametrize("func", [binary_cross_entropy, binary_cross_entropy_with_logits])
@pytest.mark.parametrize("y_true", [[1.5], [-0.1]])
def test_labels_outside_unit_interval(func, y_true):
    with pytest.raises(ValueError, match=r"y_true must lie in \[0, 1\]"):
        func(y_true, [0.5])


@pytest.mark.parametrize("y_pred", [[1.0001], [-1e-9]])
def test_predictions_outside_unit_interval(y_pred):
    with pytest.raises(ValueError, match=r"y_pred must lie in \[0, 1\]"):
        binary_cross_entropy([1.0], y_pred)


@pytest.mark.parametrize("func", LOSSES)
@pytest.mark.parametrize("bad", [[math.nan], [math.inf], []])
def test_non_finite_or_empty_loss_inputs(func, bad):
    second = "logits" if func is binary_cross_entropy_with_logits else "y_pred"
    with pytest.raises(ValueError, match=second):
        func([1.0] if bad else [], bad) if bad else func([1.0], bad)


@pytest.mark.parametrize("func", LOSSES)
def test_loss_shapes_that_do_not_broadcast(func):
    with pytest.raises(ValueError, match="do not broadcast"):
        func([1.0, 0.0], [0.5, 0.5, 0.5])
