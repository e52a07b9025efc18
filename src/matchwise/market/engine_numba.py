"""The same deferred acceptance compiled with numba: seats kept as one max-heap per program.

Each program's held applicants sit in a slice of two flat arrays (priority and applicant),
ordered as a binary heap whose root is the one the program likes least. Compiled on first use
and cached on disk; `compiled()` is None where numba is not installed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from numpy.typing import NDArray

Kernel = Callable[
    [NDArray[np.int64], NDArray[np.int64], NDArray[np.int64], NDArray[np.float64]],
    NDArray[np.int64],
]


def deferred_acceptance_arrays(
    capacity: NDArray[np.int64],
    offsets: NDArray[np.int64],
    choices: NDArray[np.int64],
    priority: NDArray[np.float64],
) -> NDArray[np.int64]:
    """The entry each applicant is matched on, or -1; written for numba's nopython mode."""
    applicants = len(offsets) - 1
    start = np.zeros(len(capacity) + 1, dtype=np.int64)
    for p in range(len(capacity)):
        start[p + 1] = start[p] + max(capacity[p], 0)
    heap_rank = np.empty(start[-1], dtype=np.float64)
    heap_who = np.empty(start[-1], dtype=np.int64)
    held = np.zeros(len(capacity), dtype=np.int64)
    next_entry = offsets[:-1].copy()
    matched = np.full(applicants, -1, dtype=np.int64)
    for first in range(applicants):
        a = first
        while a >= 0:
            e = next_entry[a]
            if e == offsets[a + 1]:
                break
            next_entry[a] = e + 1
            r = priority[e]
            p = choices[e]
            c = capacity[p]
            if r == np.inf or c <= 0:
                continue
            base = start[p]
            h = held[p]
            if h < c:  # a free seat: sift the newcomer up from the bottom
                i = h
                while i > 0:
                    parent = (i - 1) // 2
                    if heap_rank[base + parent] >= r:
                        break
                    heap_rank[base + i] = heap_rank[base + parent]
                    heap_who[base + i] = heap_who[base + parent]
                    i = parent
                heap_rank[base + i] = r
                heap_who[base + i] = a
                held[p] = h + 1
                matched[a] = e
                a = -1
            elif r < heap_rank[base]:  # full, and the newcomer beats the least liked
                displaced = heap_who[base]
                i = 0
                while True:  # sift the newcomer down from the root
                    child = 2 * i + 1
                    if child >= c:
                        break
                    if child + 1 < c and heap_rank[base + child + 1] > heap_rank[base + child]:
                        child += 1
                    if heap_rank[base + child] <= r:
                        break
                    heap_rank[base + i] = heap_rank[base + child]
                    heap_who[base + i] = heap_who[base + child]
                    i = child
                heap_rank[base + i] = r
                heap_who[base + i] = a
                matched[a] = e
                matched[displaced] = -1
                a = displaced
    return matched


_compiled: list[Kernel | None] = []


def compiled() -> Kernel | None:
    """The numba-compiled kernel, or None when numba cannot be imported here."""
    if not _compiled:
        _compiled.append(_compile())
    return _compiled[0]


def _compile() -> Kernel | None:
    try:
        import numba  # optional: the pure-Python engine covers its absence
    except ImportError:
        return None
    jit: Any = numba.njit(cache=True, nogil=True)
    kernel: Kernel = jit(deferred_acceptance_arrays)
    return kernel
