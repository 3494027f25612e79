"""Blocked, multi-threaded row sums for the information measures.

Every measure here is a sum over outcomes of a per-outcome term.  Computing
the term for 10^7 outcomes with plain numpy expressions allocates several
80 MB temporaries and streams each one through main memory; computing it a
block of ``BLOCK`` elements at a time into preallocated buffers keeps the
temporaries in cache.  numpy releases the GIL inside ufuncs, so the blocks
are shared out between threads.  Block sums are added in a fixed order, so
a result does not depend on how many threads ran.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]

#: Elements per block: 32768 float64 = 256 KiB per buffer, which fits in L2.
BLOCK = 1 << 15
#: Below this many elements a thread pool costs more than it saves.
PARALLEL_MIN = 1 << 18
_SHORT_ROW = 64
_WORKERS = max(1, min(os.cpu_count() or 1, 8))
_pool: ThreadPoolExecutor | None = None

#: A term receives 2-D blocks (rows x outcomes) of its inputs and one scratch
#: array of shape (n_scratch, rows, outcomes), and returns the block's row sums.
Term = Callable[[Sequence[Array], Array], Array]


def sum_rows(block: Array) -> Array:
    """Sums over the last axis.

    numpy's pairwise ``sum(axis=-1)`` is slow when rows are short (a batch
    of 10-outcome distributions) and a matrix-vector product is not; long
    rows keep the more accurate pairwise summation.
    """
    n = block.shape[-1]
    if n <= _SHORT_ROW:
        with np.errstate(over="ignore"):  # callers check for inf; .sum() does not warn either
            sums: Array = block @ np.ones(n)
        return sums
    row_totals: Array = np.add.reduce(block, axis=-1)  # .sum() adds ~2 us of Python overhead
    return row_totals


def _executor() -> ThreadPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=_WORKERS, thread_name_prefix="divergence")
    return _pool


def _forget_pool_after_fork() -> None:
    # A forked child inherits the pool object but not its threads: submitting
    # to it would wait forever (multiprocessing's fork start method).
    global _pool
    _pool = None


if hasattr(os, "register_at_fork"):  # not on Windows, which does not fork
    os.register_at_fork(after_in_child=_forget_pool_after_fork)


def row_sums(term: Term, arrays: Sequence[Array], n_scratch: int) -> Array:
    """Sum ``term`` over the last axis of equally shaped ``arrays``.

    Returns an array of the batch shape (``arrays[0].shape[:-1]``).
    """
    shape = arrays[0].shape
    n = shape[-1]
    matrices = [a.reshape(-1, n) for a in arrays]
    n_rows = matrices[0].shape[0]
    if n_rows * n <= BLOCK:  # one block: skip the bookkeeping, it dominates small inputs
        scratch = np.empty((n_scratch, *matrices[0].shape))
        return term(matrices, scratch).reshape(shape[:-1])
    rows_per_block = max(1, BLOCK // n)
    cols_per_block = min(n, BLOCK)
    blocks = [
        (r, min(r + rows_per_block, n_rows), c, min(c + cols_per_block, n))
        for r in range(0, n_rows, rows_per_block)
        for c in range(0, n, cols_per_block)
    ]

    def run(chunk: Sequence[tuple[int, int, int, int]]) -> list[Array]:
        scratch = np.empty((n_scratch, BLOCK if n >= BLOCK else rows_per_block * n))
        partials = []
        for r0, r1, c0, c1 in chunk:
            size = (r1 - r0) * (c1 - c0)
            block_shape = (r1 - r0, c1 - c0)
            partials.append(
                term(
                    [m[r0:r1, c0:c1] for m in matrices],
                    scratch[:, :size].reshape(n_scratch, *block_shape),
                )
            )
        return partials

    if n_rows * n < PARALLEL_MIN or _WORKERS == 1:
        partials = run(blocks)
    else:
        per_worker = math.ceil(len(blocks) / _WORKERS)
        groups = [blocks[i : i + per_worker] for i in range(0, len(blocks), per_worker)]
        partials = [part for parts in _executor().map(run, groups) for part in parts]

    totals = np.zeros(n_rows)
    for (r0, r1, _, _), partial in zip(blocks, partials, strict=False):
        totals[r0:r1] += partial
    return totals.reshape(shape[:-1])
