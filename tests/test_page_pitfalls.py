"""What the pitfalls page claims about scipy, and about PyTorch and Keras through their documented formulas."""

from __future__ import annotations

import math

import mpmath
import numpy as np
import pytest
from scipy.spatial.distance import jensenshannon
from scipy.stats import entropy as scipy_entropy

from divergence import binary_cross_entropy, cross_entropy, js_divergence, kl_divergence


def test_scipy_renormalises_silently_and_divergence_refuses(run_example) -> None:
    ex = run_example("pitfalls/renormalisation.py")
    assert ex.q.sum() != pytest.approx(1.0)
    assert ex.scipy_value == pytest.approx(ex.renormalised, rel=1e-12)
    assert ex.literal < 0  # the literal formula betrays the bad input
    assert "q" in ex.message and "sum" in ex.message
    with pytest.raises(ValueError, match="q"):
        kl_divergence(ex.p, ex.q)


def test_jensenshannon_is_the_distance_and_fails_where_divergence_does_not(run_example) -> None:
    ex = run_example("pitfalls/jensenshannon_scipy.py")
    assert ex.scipy_distance**2 == pytest.approx(ex.jsd, rel=1e-12)
    assert ex.distance == pytest.approx(ex.scipy_distance, rel=1e-12)
    assert math.isnan(ex.scipy_near) and ex.jsd_near > 0 and math.isfinite(ex.distance_near)
    assert math.isinf(ex.scipy_tiny) and ex.distance_tiny == pytest.approx(ex.exact_tiny, rel=1e-12)
    # JSD of ([0, 1], [eps, 1]) is eps ln(2) / 2 exactly.
    exact = mpmath.sqrt(mpmath.mpf(float(ex.q_tiny[0])) * mpmath.log(2) / 2)
    assert ex.exact_tiny == pytest.approx(float(exact), rel=1e-15)


def test_torch_kl_div_reproduction(run_example) -> None:
    ex = run_example("pitfalls/torch_kl_div.py")
    assert ex.batchmean == pytest.approx(ex.kl_pq, rel=1e-12)
    assert ex.mean == pytest.approx(ex.kl_pq / ex.p.shape[1], rel=1e-12)
    assert ex.swapped == pytest.approx(ex.kl_qp, rel=1e-12) and ex.kl_qp != pytest.approx(ex.kl_pq)
    assert ex.no_log < 0
    assert ex.kl32 < 0 and ex.TORCH_2_13_RESULT < 0 and ex.same == 0.0


def test_bce_clamp_and_clip(run_example) -> None:
    ex = run_example("pitfalls/bce_clamp_clip.py")
    assert ex.torch_losses[0] == 100.0 and ex.keras_losses[0] == pytest.approx(-math.log(1e-7))
    assert math.isinf(ex.our_losses[0])
    assert ex.our_losses[1] == pytest.approx(-math.log(1e-30)) and ex.torch_losses[1] == pytest.approx(ex.our_losses[1])
    assert ex.keras_losses[1] == ex.keras_losses[0]
    assert np.allclose(ex.torch_losses[2:], ex.our_losses[2:]) and np.allclose(ex.keras_losses[2:], ex.our_losses[2:])
    assert ex.from_logit == pytest.approx(-ex.logit)
    assert binary_cross_entropy(1.0, 0.5) == pytest.approx(math.log(2))


def test_argument_order(run_example) -> None:
    ex = run_example("pitfalls/argument_order.py")
    assert ex.ours == pytest.approx(-math.log(ex.y_pred[0]))
    assert ex.keras_right == pytest.approx(ex.ours) and ex.torch_right == pytest.approx(ex.ours)
    assert abs(ex.keras_swapped - ex.ours) > 1 and abs(ex.torch_probabilities - ex.ours) > 0.1
    assert ex.keras_bad == pytest.approx(-math.log(ex.y_bad[0] / ex.y_bad.sum()))
    with pytest.raises(ValueError, match="q"):
        cross_entropy(ex.y_true, ex.y_bad)


def test_zero_log_zero(run_example) -> None:
    ex = run_example("pitfalls/zero_log_zero.py")
    assert math.isnan(ex.naive_h) and math.isnan(ex.naive_kl)
    assert ex.h == pytest.approx(scipy_entropy(ex.p)) == pytest.approx(math.log(2))
    assert ex.kl_pq == pytest.approx(0.5 * math.log(2)) and math.isinf(ex.kl_qp)


def test_js_divergence_agrees_with_scipy_squared_on_ordinary_inputs() -> None:
    rng = np.random.default_rng(1)
    for p, q in zip(rng.dirichlet(np.ones(5), 50), rng.dirichlet(np.ones(5), 50), strict=False):
        assert js_divergence(p, q) == pytest.approx(jensenshannon(p, q) ** 2, rel=1e-9)
