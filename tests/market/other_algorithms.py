"""Two ways of matching that are not the Match, for tests that must be able to fail: a
program-proposing deferred acceptance, and immediate acceptance (the "Boston" algorithm, where
an offer accepted in a round is final). Both read the same Market arrays as `solve` and
return, per applicant, the entry matched on (-1: unmatched)."""

from __future__ import annotations

import numpy as np

from matchwise.market.instance import IntArray, Market


def program_proposing(market: Market) -> IntArray:
    """Programs go down their lists; each applicant holds the best offer by their own list."""
    n, programs = market.applicants, market.programs
    applicant_of = np.repeat(np.arange(n), np.diff(market.offsets)).tolist()
    entries = np.flatnonzero(np.isfinite(market.priority))
    order = entries[np.lexsort((market.priority[entries], market.choices[entries]))]
    choices = market.choices.tolist()
    lists: list[list[int]] = [[] for _ in range(programs)]
    for entry in order.tolist():
        lists[choices[entry]].append(entry)
    capacity = market.capacity.tolist()
    next_offer, held_seats, held = [0] * programs, [0] * programs, [-1] * n
    waiting = list(range(programs))
    while waiting:
        program = waiting.pop()
        while held_seats[program] < capacity[program] and next_offer[program] < len(lists[program]):
            entry = lists[program][next_offer[program]]
            next_offer[program] += 1
            applicant = applicant_of[entry]
            if held[applicant] == -1 or entry < held[applicant]:  # earlier entry: preferred
                if held[applicant] != -1:
                    let_go = choices[held[applicant]]
                    held_seats[let_go] -= 1
                    waiting.append(let_go)
                held[applicant] = entry
                held_seats[program] += 1
    return np.array(held, dtype=np.int64)


def immediate_acceptance(market: Market) -> IntArray:
    """Round r: every applicant still unmatched applies to the r-th program on their list, and
    each program accepts for good the best of them who fit in its seats left."""
    seats = market.capacity.copy()
    lengths = np.diff(market.offsets)
    held = np.full(market.applicants, -1, dtype=np.int64)
    for round_ in range(int(lengths.max(initial=0))):
        applying = np.flatnonzero((held == -1) & (lengths > round_))
        entries = market.offsets[applying] + round_
        ranked = np.isfinite(market.priority[entries])
        applying, entries = applying[ranked], entries[ranked]
        order = np.lexsort((market.priority[entries], market.choices[entries]))
        for applicant, entry in zip(applying[order].tolist(), entries[order].tolist(), strict=True):
            program = int(market.choices[entry])
            if seats[program] > 0:
                seats[program] -= 1
                held[applicant] = entry
    return held
