"""Benchmark: the k-NN estimators on heavily tied samples against the same size without ties.

Issue 10: with thousands of copies of one value, a k-d tree search for the
first neighbour at a positive distance walks through every copy, and the
run time grew quadratically with the number of ties. The estimators now
search over distinct points, with copies counted, so the cost is
O(n log n) however many samples are tied.

Zero-inflated x: 64k copies of 0.0 among 128k samples (the rest standard
normal), against 128k distinct standard normals; y is 128k normals in both
cases. Each case runs `kl_divergence_knn(x, y)` and `entropy_knn(x)`, best
of three. Target: the tied case within 3x of the distinct one. Run:

    .venv/bin/python benchmarks/bench_knn_ties.py
"""

from __future__ import annotations

import os
import time

import numpy as np

import divergence as dv

N, TIED = 128_000, 64_000


def best_of(repeats, function, *args):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function(*args)
        times.append(time.perf_counter() - start)
    return min(times)


def both(x, y):
    dv.kl_divergence_knn(x, y)
    dv.entropy_knn(x)


def main() -> None:
    rng = np.random.default_rng(2024)
    y = rng.standard_normal(N)
    distinct = rng.standard_normal(N)
    tied = rng.standard_normal(N)
    tied[:TIED] = 0.0
    rng.shuffle(tied)
    rounded = np.round(rng.standard_normal(200_000), 1)
    t_distinct = best_of(3, both, distinct, y)
    t_tied = best_of(3, both, tied, y)
    t_rounded = best_of(3, dv.entropy_knn, rounded)
    print(f"n = {N}, k = 1, cores = {os.cpu_count()}; each case: kl_divergence_knn(x, y) + entropy_knn(x), best of 3")
    print(f"distinct x                      : {t_distinct:7.3f} s")
    print(f"x with {TIED} copies of 0.0     : {t_tied:7.3f} s  ({t_tied / t_distinct:.2f}x distinct; target <= 3x)")
    print(f"entropy_knn, 200k normals rounded to 0.1: {t_rounded:7.3f} s")


if __name__ == "__main__":
    main()
