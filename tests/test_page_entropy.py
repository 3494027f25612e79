"""What the entropy page claims, asserted on the examples it runs."""

from __future__ import annotations

import numpy as np
import pytest

from divergence import entropy, kl_divergence


def test_surprisal_grows_one_bit_per_halving(run_example) -> None:
    ex = run_example("entropy/surprisal.py")
    assert ex.probabilities[0] == 1.0 and ex.surprisal[0] == 0.0
    assert ex.probabilities[2] == ex.probabilities[1] / 2 and ex.surprisal[2] - ex.surprisal[1] == 1.0
    assert ex.surprisal[-1] == pytest.approx(-np.log2(ex.probabilities[-1]))


def test_coins(run_example) -> None:
    ex = run_example("entropy/coin_entropy.py")
    assert ex.h["fair"] == 1.0 and ex.h["double-headed"] == 0.0
    assert ex.h["double-headed"] < ex.h["biased"] < ex.h["fair"]


def test_entropy_is_the_weighted_average_of_surprisal_not_its_sum(run_example) -> None:
    ex = run_example("entropy/average.py")
    for name, p in ex.coins.items():
        p = np.array(p)
        kept = p > 0
        assert ex.h[name] == pytest.approx(np.sum(p[kept] * ex.surprisal[name][kept]))
    # The unweighted sum ranks the biased coin above the fair one, and is infinite for the certain coin.
    assert ex.unweighted_sum["biased"] > ex.unweighted_sum["fair"] and ex.h["biased"] < ex.h["fair"]
    assert np.isinf(ex.unweighted_sum["double-headed"]) and ex.h["double-headed"] == 0.0
    # No single outcome of the biased coin carries the entropy.
    assert not np.any(np.isclose(ex.surprisal["biased"], ex.h["biased"]))


def test_binary_entropy_curve_peaks_at_one_half_and_is_symmetric(run_example) -> None:
    ex = run_example("entropy/binary_entropy_curve.py")
    assert ex.p_max == 0.5 and ex.h.max() == 1.0 and ex.h[0] == ex.h[-1] == 0.0
    assert np.allclose(ex.h, ex.h[::-1], rtol=0, atol=1e-15)


def test_uniform_die_has_the_most_entropy_and_the_gap_is_kl(run_example) -> None:
    ex = run_example("dice/entropy_of_dice.py")
    for name, p in ex.dice.items():
        assert np.log2(6) - ex.h[name] == pytest.approx(kl_divergence(p, ex.uniform, base=2), abs=1e-12)
    assert ex.h["fair"] > ex.h["loaded"] > ex.h["heavily loaded"]
    assert ex.h_random.max() < ex.h["fair"]


def test_units_differ_by_constant_factors(run_example) -> None:
    ex = run_example("entropy/units.py")
    assert ex.h_nats == pytest.approx(np.log(2) * ex.h_bits) and ex.h_hartleys == pytest.approx(ex.h_nats / np.log(10))


def test_differential_entropy_can_be_negative_while_kl_cannot(run_example) -> None:
    ex = run_example("entropy/differential.py")
    assert ex.peak_density[-1] > 1 and ex.h[-1] < 0 < ex.h[0]
    assert ex.h == pytest.approx(0.5 * np.log(2 * np.pi * np.e * ex.sigmas**2))
    assert ex.kl_narrow_wide > 0


def test_entropy_exercises(run_example) -> None:
    ex = run_example("entropy/exercises.py")
    assert ex.h1_bits == pytest.approx(np.log2(ex.n1))
    assert ex.h2 == pytest.approx(np.sum(ex.p2 * ex.surprisal)) and ex.unweighted > ex.h2
    # A rare outcome moves the unweighted sum by about log2(1/eps), the entropy by about eps log2(1/eps).
    assert ex.unweighted_rare - ex.unweighted == pytest.approx(np.log2(1 / ex.eps), rel=1e-3)
    assert 0 < ex.h2_rare - ex.h2 < 2 * ex.eps * np.log2(1 / ex.eps)
    assert 0 < ex.p3 < 0.5 and entropy([ex.p3, 1 - ex.p3], base=2) == pytest.approx(ex.h3, abs=1e-9)
