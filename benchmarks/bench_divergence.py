"""Time divergence against scipy on the same arrays, in one run, and print ratios.

Run by hand (``make bench``); nothing here is asserted by the test suite.
Ratios > 1 mean divergence is faster. Input validation is on, as always.
"""

from __future__ import annotations

import os
import platform
import timeit

import numpy as np
import scipy
import scipy.spatial.distance as ssd
import scipy.stats

import divergence as dv


def best_of(func, repeat: int) -> float:
    """Best wall time of ``repeat`` runs, in seconds (the least disturbed run)."""
    number = 1
    return min(timeit.repeat(func, number=number, repeat=repeat)) / number


def random_distributions(rng: np.random.Generator, shape: tuple[int, ...], zeros: float):
    """p and q uniform at random, with a fraction ``zeros`` of each set to 0 (independently)."""
    p = rng.random(shape)
    q = rng.random(shape)
    p[rng.random(shape) < zeros] = 0.0
    q[rng.random(shape) < zeros] = 0.0
    return p / p.sum(axis=-1, keepdims=True), q / q.sum(axis=-1, keepdims=True)


def main() -> None:
    rng = np.random.default_rng(0)
    print(
        f"numpy {np.__version__}, scipy {scipy.__version__}, divergence {dv.__version__}, "
        f"Python {platform.python_version()}, {os.cpu_count()} cores"
    )
    cases = [
        ("n = 10^3", (10**3,), 2000, 0.0),
        ("n = 10^6", (10**6,), 10, 0.0),
        ("n = 10^7", (10**7,), 5, 0.0),
        ("10^5 x 10, axis=1", (10**5, 10), 10, 0.0),
        # Sparse inputs: zeros take another path (0 log 0, mass where p = 0).
        ("n = 10^7, 10% zeros", (10**7,), 5, 0.1),
    ]
    header = f"{'case':<20}{'function':<16}{'divergence':>12}{'scipy':>12}{'speed-up':>10}"
    print(header)
    print("-" * len(header))
    for label, shape, repeat, zeros in cases:
        p, q = random_distributions(rng, shape, zeros)
        axis = len(shape) - 1
        pairs = [
            ("kl_divergence", lambda: dv.kl_divergence(p, q, axis=axis), lambda: scipy.stats.entropy(p, q, axis=axis)),
            (
                "js_divergence",
                lambda: dv.js_divergence(p, q, axis=axis),
                lambda: ssd.jensenshannon(p, q, axis=axis) ** 2,
            ),
            ("entropy", lambda: dv.entropy(p, axis=axis), lambda: scipy.stats.entropy(p, axis=axis)),
        ]
        for name, ours, theirs in pairs:
            np.testing.assert_allclose(ours(), theirs(), rtol=1e-8)  # same numbers first
            t_ours, t_theirs = best_of(ours, repeat), best_of(theirs, repeat)
            print(f"{label:<20}{name:<16}{t_ours * 1e3:>10.3f}ms{t_theirs * 1e3:>10.3f}ms{t_theirs / t_ours:>9.1f}x")


if __name__ == "__main__":
    main()
