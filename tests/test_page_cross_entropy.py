"""What the cross entropy page claims, asserted on the examples it runs."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.special import expit, log_softmax, softmax

from divergence import binary_cross_entropy, cross_entropy, entropy, kl_divergence


def test_formula_log_q_is_the_cross_entropy_and_log_p_the_entropy(run_example) -> None:
    ex = run_example("cross_entropy/formula.py")
    assert ex.p[0] == 0.9 and np.all(ex.q == 0.5)
    assert ex.ce == pytest.approx(-np.sum(ex.p * np.log(ex.q))) and ex.ce == pytest.approx(np.log(2))
    assert ex.h == pytest.approx(-np.sum(ex.p * np.log(ex.p))) and ex.h == entropy(ex.p)
    assert ex.ce != pytest.approx(ex.h)  # the log p formula does not see the model


def test_conventions_zero_probability_terms(run_example) -> None:
    # p_i = 0 contributes 0 even where q_i = 0; q_i = 0 where p_i > 0 makes it infinite.
    assert cross_entropy([1.0, 0.0], [1.0, 0.0]) == 0.0
    assert np.isinf(cross_entropy([0.5, 0.5], [1.0, 0.0]))


def test_training_loss_is_a_sample_average_that_estimates_the_cross_entropy(run_example) -> None:
    ex = run_example("cross_entropy/sample_average.py")
    # Each sample's loss has expectation H(P, Q) (unbiased), and sigma is the sd of -log q(Y).
    assert np.sum(ex.p * -np.log(ex.q)) == pytest.approx(ex.h_pq)
    assert ex.sigma == pytest.approx(np.sqrt(np.sum(ex.p * (-np.log(ex.q) - ex.h_pq) ** 2)))
    # The averages are the per-sample losses averaged over the first N labels.
    for n, a in zip(ex.sizes, ex.average, strict=False):
        assert a == pytest.approx(np.mean(-np.log(ex.q[ex.labels[:n]])))
    # The error is within a few sd / sqrt(N) and small at the largest N; it shrinks overall.
    errors = np.abs(ex.average - ex.h_pq)
    assert np.all(errors <= 3 * ex.sigma / np.sqrt(ex.sizes))
    assert errors[-1] < 1e-3 < errors[0]
    assert errors[-1] < errors[0] / 100
    # Same average: NLL / N and the cross entropy of the empirical distribution.
    assert ex.nll_per_sample == pytest.approx(ex.average[-1], rel=1e-9)
    assert cross_entropy(ex.empirical, ex.q) == pytest.approx(ex.average[-1], rel=1e-9)


def test_minimising_the_sample_loss_is_maximum_likelihood(run_example) -> None:
    # The model that minimises the average -log q over the samples is the empirical distribution
    # (the categorical MLE), and its gap to any other model is KL(empirical || Q).
    ex = run_example("cross_entropy/sample_average.py")
    rng = np.random.default_rng(1)
    others = rng.dirichlet(np.ones(3), size=500)
    best = cross_entropy(ex.empirical, ex.empirical)
    assert np.all(cross_entropy(ex.empirical, others) >= best)
    np.testing.assert_allclose(
        cross_entropy(ex.empirical, others) - best, kl_divergence(ex.empirical, others), rtol=1e-9, atol=1e-12
    )


def test_bce_is_the_binary_cross_entropy(run_example) -> None:
    ex = run_example("cross_entropy/binary.py")
    assert ex.output.count("BCE") == 3
    for y, y_hat in [(1.0, 0.8), (0.0, 0.8), (0.7, 0.8), (0.3, 0.01)]:
        assert binary_cross_entropy(y, y_hat) == pytest.approx(cross_entropy([y, 1 - y], [y_hat, 1 - y_hat]))


def test_one_hot_cross_entropy_is_the_negative_log_of_the_true_class(run_example) -> None:
    ex = run_example("cross_entropy/categorical.py")
    assert ex.target.argmax() == 1 and ex.model[1] == 0.7
    assert ex.ce == pytest.approx(-np.log(ex.model[1]))
    assert ex.h_target == 0.0
    # The smoothed target's entropy is a floor no model can go below, and this model is above it.
    assert ex.ce_smoothed > ex.h_smoothed == entropy(ex.smoothed)
    rng = np.random.default_rng(2)
    assert np.all(cross_entropy(ex.smoothed, rng.dirichlet(np.ones(3), size=1000)) >= ex.h_smoothed)
    assert ex.per_example.mean() == pytest.approx(np.mean([-np.log(0.7), -np.log(0.6), -np.log(0.4)]))


def test_softmax_gradient_matches_finite_differences(run_example) -> None:
    ex = run_example("cross_entropy/softmax_gradient.py")
    assert set(ex.cases) == {"one-hot", "smoothed", "confidently wrong"}
    for name, (z, target) in ex.cases.items():
        assert target.sum() == pytest.approx(1.0)
        np.testing.assert_allclose(ex.formula[name], softmax(z) - target, rtol=0, atol=1e-15)
        np.testing.assert_allclose(ex.numeric[name], ex.formula[name], rtol=0, atol=1e-8)
        assert ex.gap[name] == np.abs(ex.formula[name] - ex.numeric[name]).max()
        # The components add up to 0 and each lies strictly between -1 and 1.
        assert abs(ex.formula[name].sum()) < 1e-12
        assert np.all(np.abs(ex.formula[name]) < 1)
    assert max(ex.gap.values()) < 1e-8
    # Confidently wrong: the dog gets almost no probability and its component is close to -1.
    z, target = ex.cases["confidently wrong"]
    assert softmax(z)[1] == pytest.approx(ex.formula["confidently wrong"][1] + 1) and softmax(z)[1] < 1e-4
    assert -1 < ex.formula["confidently wrong"][1] < -0.9999


@pytest.mark.parametrize("y", [0.0, 1.0, 0.3])
def test_two_class_softmax_gradient_is_the_bce_gradient(y: float) -> None:
    # With logits (z, 0): softmax = (sigmoid(z), 1 - sigmoid(z)),
    # and the first component of the gradient is sigmoid(z) - y.
    for z in np.linspace(-6, 6, 13):
        q = softmax([z, 0.0])
        assert q[0] == pytest.approx(expit(z))
        assert (q - np.array([y, 1 - y]))[0] == pytest.approx(expit(z) - y)


def test_logsumexp_is_stable_where_softmax_then_log_fails(run_example) -> None:
    ex = run_example("cross_entropy/log_softmax.py")
    assert ex.logits.dtype == np.float32 and ex.y == 0
    # The float32 limits quoted on the page.
    assert ex.overflow == pytest.approx(88.72, abs=0.005) and ex.underflow == pytest.approx(-103.28, abs=0.005)
    with np.errstate(over="ignore"):
        assert np.isinf(np.exp(np.float32(89.0))) and np.exp(np.float32(-104.0)) == 0.0
    # The exact loss, from scipy's log_softmax in float64.
    exact = np.array([-log_softmax(z.astype(np.float64))[ex.y] for z in ex.logits])
    np.testing.assert_allclose(ex.exact, exact, rtol=1e-12)
    np.testing.assert_allclose(ex.stable, exact, rtol=1e-5)
    # Row 1: every route agrees. Row 2: naive is nan (overflow), shifting fixes it.
    # Row 3: naive and shifted are inf, the true loss is finite (120 nats).
    assert ex.naive[0] == pytest.approx(exact[0], rel=1e-5) and ex.shifted[0] == pytest.approx(exact[0], rel=1e-5)
    assert np.isnan(ex.naive[1]) and ex.shifted[1] == pytest.approx(exact[1], rel=1e-5)
    assert ex.logits[1].max() > ex.overflow
    assert np.isinf(ex.naive[2]) and np.isinf(ex.shifted[2]) and np.isfinite(ex.stable[2])
    assert ex.logits[2][ex.y] - ex.logits[2].max() < ex.underflow
    assert ex.logits[2].max() - ex.logits[2][ex.y] == 120 and ex.exact[2] == pytest.approx(120.0)


def test_argument_order_matters(run_example) -> None:
    ex = run_example("cross_entropy/order.py")
    assert ex.h_pq == cross_entropy(ex.p, ex.q) and ex.h_qp == cross_entropy(ex.q, ex.p)
    assert ex.h_pq != pytest.approx(ex.h_qp)
    assert np.isfinite(ex.right_way) and np.isinf(ex.wrong_way) and ex.wrong_way > 0


def test_dice_table(run_example) -> None:
    ex = run_example("dice/cross_entropy_table.py")
    table, h, names = ex.table, ex.h, ex.names
    assert names == ["fair", "loaded", "heavily loaded"]
    np.testing.assert_allclose(np.diag(table), [h[n] for n in names])  # diagonal = entropy
    assert np.all(table.argmin(axis=1) == np.arange(len(names)))  # row minimum on the diagonal
    np.testing.assert_allclose(table[:, 0], np.log2(6))  # fair-die model column
    assert h["heavily loaded"] < h["loaded"] < h["fair"]  # loaded = less random
    assert table[0, 1] > h["fair"]
    assert table[1, 1] < table[1, 0]
    # The loaded die favours face 6 (quoted through a macro) and gives the other five faces too little.
    loaded, fair = ex.dice["loaded"], ex.dice["fair"]
    assert loaded.argmax() + 1 == 6 and loaded.size == 6
    assert np.sum(loaded < fair) == 5 and np.sum(loaded > fair) == 1


def test_cross_entropy_is_entropy_plus_kl_and_never_below_entropy() -> None:
    rng = np.random.default_rng(0)
    p = rng.dirichlet(np.ones(7), size=2000)
    q = rng.dirichlet(np.ones(7), size=2000)
    np.testing.assert_allclose(cross_entropy(p, q), entropy(p) + kl_divergence(p, q), rtol=1e-12)
    assert np.all(cross_entropy(p, q) >= entropy(p))
    np.testing.assert_allclose(cross_entropy(p, p), entropy(p), rtol=1e-12)
    # Equality only at Q = P, also when P has zeros (exercise 5).
    p0 = np.array([0.5, 0.5, 0.0])
    assert cross_entropy(p0, [0.5, 0.4, 0.1]) > entropy(p0)
    assert np.isinf(cross_entropy(p0, [1.0, 0.0, 0.0]))


def test_cross_entropy_of_a_distribution_with_itself_is_its_entropy(run_example) -> None:
    ex = run_example("cross_entropy/with_itself.py")
    for name, p in ex.coins.items():
        assert ex.h_self[name] == entropy(p)
    assert ex.h_self["fair coin"] == pytest.approx(np.log(2)) and ex.h_self["double-headed"] == 0.0
    # ln 2 is the largest entropy of a two-outcome distribution.
    grid = np.linspace(0, 1, 1001)
    assert np.all(entropy(np.stack([grid, 1 - grid], axis=-1)) <= np.log(2) + 1e-15)


def test_cross_entropy_falls_to_the_entropy_as_q_moves_to_p(run_example) -> None:
    ex = run_example("cross_entropy/approach.py")
    ce, kl, h = ex.ce, ex.kl, ex.h_p
    assert np.all(np.diff(ce) < 0)
    assert ce[-1] == pytest.approx(h) and kl[-1] == pytest.approx(0.0, abs=1e-15)
    np.testing.assert_allclose(ce - kl, h, rtol=1e-12)
    assert ex.identity_error == np.abs(ce - kl - h).max() < 1e-12
    assert ce[0] == pytest.approx(h + kl[0])
    # Q_0 is loaded towards the opposite face of P.
    assert ex.p.argmax() == 5 and ex.q0.argmax() == 0
    assert len(ex.fig.axes[0].lines) == 2 and len(ex.fig.axes[0].collections) == 1


def test_cross_entropy_exercises(run_example) -> None:
    ex = run_example("cross_entropy/exercises.py")
    # 1. four classes, the true one is the third (the page writes "third" in words).
    assert ex.p1.size == 4 and ex.p1.argmax() == 2 and ex.p1[2] == 1.0
    assert cross_entropy(ex.p1, ex.q1) == pytest.approx(-np.log(ex.q1[2]))
    assert cross_entropy(ex.p1, ex.q1, base=2) == pytest.approx(-np.log(ex.q1[2]) / np.log(2))
    # 2.
    h_pq, h_p, h_qp = cross_entropy(ex.p2, ex.q2), entropy(ex.p2), cross_entropy(ex.q2, ex.p2)
    assert h_pq > h_p and h_qp != pytest.approx(h_pq)
    # 3.
    np.testing.assert_allclose(cross_entropy(ex.p3, ex.uniform, base=2), np.log2(6))
    assert ex.uniform.size == 6
    # 4. the second class, loss and gradient from logits, unchanged by a shift; naive route is nan.
    assert ex.y4 == 1 and ex.z4.size == 3
    assert ex.loss4 == pytest.approx(-log_softmax(ex.z4)[ex.y4])
    np.testing.assert_allclose(ex.grad4, softmax(ex.z4) - np.eye(3)[ex.y4], atol=1e-15)
    assert abs(ex.grad4.sum()) < 1e-12
    assert ex.loss4_shifted == pytest.approx(ex.loss4, rel=1e-9)
    np.testing.assert_allclose(ex.grad4_shifted, ex.grad4, atol=1e-12)
    assert np.isnan(ex.naive4_shifted)
