"""Applicant-proposing deferred acceptance in plain Python: the fallback, and the yardstick.

Applicants propose one at a time (McVitie and Wilson's order): an applicant goes down their
list until a program holds them; a full program that prefers the newcomer lets go of the one
it likes least, who then carries on down their own list. The order of proposals does not
change the outcome: it is the applicant-optimal stable matching.
"""

from __future__ import annotations

import heapq
import math


def deferred_acceptance(
    capacity: list[int], offsets: list[int], choices: list[int], priority: list[float]
) -> list[int]:
    """The entry (index into choices) each applicant is matched on, or -1 when unmatched."""
    held: list[list[tuple[float, int]]] = [[] for _ in capacity]  # max-heaps of (-priority, a)
    next_entry = offsets[:-1]
    matched = [-1] * (len(offsets) - 1)
    for first in range(len(offsets) - 1):
        applicant = first
        while applicant >= 0:
            entry = next_entry[applicant]
            if entry == offsets[applicant + 1]:
                break  # list exhausted: unmatched
            next_entry[applicant] = entry + 1
            rank = priority[entry]
            program = choices[entry]
            seats = held[program]
            if math.isinf(rank) or capacity[program] == 0:
                continue
            if len(seats) < capacity[program]:
                heapq.heappush(seats, (-rank, applicant))
                matched[applicant] = entry
                applicant = -1
            elif rank < -seats[0][0]:
                _, displaced = heapq.heapreplace(seats, (-rank, applicant))
                matched[applicant] = entry
                matched[displaced] = -1
                applicant = displaced
    return matched
