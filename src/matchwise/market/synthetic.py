"""Random markets of a given size, for simulation, property tests and benchmarks.

Programs differ in how sought-after they are and applicants in how strong they look:
- each applicant ranks `list_length` different programs, drawn one after another with weights
  exp(appeal) (a Plackett–Luce ranking), so popular programs are ranked often and ranked high;
- each program ranks every applicant who ranked it, by the applicant's strength plus noise of
  its own (programs agree on strength only in part).
With appeal_sd = 0 and strength_weight = 0 every ranking is uniformly random. The markets are
valid by construction, so they skip Market's checks (tests check that they would pass them).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from matchwise.market.instance import IntArray, Market


@dataclass(frozen=True)
class Shape:
    """How preferences are spread; the defaults give correlated, NRMP-like preferences."""

    list_length: int = 12
    appeal_sd: float = 1.0  # spread of programs' appeal to applicants (log-weight SD)
    strength_weight: float = 1.0  # how much programs agree on applicant strength (vs noise SD 1)


UNIFORM = Shape(appeal_sd=0.0, strength_weight=0.0)


def program_capacities(
    rng: np.random.Generator, programs: int, positions: int, size_sd: float = 0.8
) -> IntArray:
    """`positions` seats over `programs` programs, at least one each, sizes skewed (lognormal)."""
    if positions < programs:
        raise ValueError(f"{positions} positions cannot give each of {programs} programs a seat")
    weights = rng.lognormal(0.0, size_sd, programs)
    extra = rng.multinomial(positions - programs, weights / weights.sum())
    return (1 + extra).astype(np.int64)


def random_market(
    rng: np.random.Generator, applicants: int, capacity: IntArray, shape: Shape = Shape()
) -> Market:
    """A market of `applicants` applicants and len(capacity) programs with those capacities."""
    programs = len(capacity)
    length = min(shape.list_length, programs)
    if length <= 0:  # nothing to rank: every list is empty
        empty = np.zeros(0, dtype=np.int64)
        offsets = np.zeros(applicants + 1, dtype=np.int64)
        return Market(np.asarray(capacity, dtype=np.int64), offsets, empty, empty.astype(float))
    table = AliasTable.build(np.exp(shape.appeal_sd * rng.standard_normal(programs)))
    candidates = _distinct_draws(rng, table, applicants, length)
    keep = (candidates >= 0) & (np.cumsum(candidates >= 0, axis=1) <= length)
    lengths = keep.sum(axis=1)
    offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    choices = candidates[keep].astype(np.int64)
    applicant = np.repeat(np.arange(applicants), lengths)
    strength = shape.strength_weight * rng.standard_normal(applicants)
    priority = -(strength[applicant] + rng.standard_normal(len(choices)))
    return Market(
        capacity=np.asarray(capacity, dtype=np.int64),
        offsets=offsets,
        choices=choices,
        priority=priority,
    )


@dataclass(frozen=True)
class AliasTable:
    """Walker's alias method: draws from fixed weights in constant time per draw."""

    keep: np.ndarray  # chance of keeping the drawn slot
    alias: IntArray  # what a slot gives when it is not kept

    @classmethod
    def build(cls, weights: np.ndarray) -> AliasTable:
        n = len(weights)
        scaled = (np.asarray(weights, dtype=np.float64) * n / np.sum(weights)).tolist()
        keep, alias = [1.0] * n, list(range(n))
        small = [i for i, w in enumerate(scaled) if w < 1.0]
        large = [i for i, w in enumerate(scaled) if w >= 1.0]
        while small and large:
            s, g = small.pop(), large[-1]
            keep[s], alias[s] = scaled[s], g
            scaled[g] -= 1.0 - scaled[s]
            if scaled[g] < 1.0:
                small.append(large.pop())
        return cls(keep=np.array(keep), alias=np.array(alias, dtype=np.int64))

    def draw(self, rng: np.random.Generator, shape: tuple[int, int]) -> IntArray:
        slot = rng.integers(0, len(self.alias), shape)
        kept = rng.random(shape) < self.keep[slot]
        return np.where(kept, slot, self.alias[slot])


def _distinct_draws(
    rng: np.random.Generator, table: AliasTable, rows: int, length: int
) -> IntArray:
    """Per row, draws in order with repeats replaced by -1; rows short of `length` distinct
    values are drawn again with more draws (a few times at most, then left short)."""
    draws = length + 4
    result = _drop_repeats(table.draw(rng, (rows, draws)))
    short = np.flatnonzero((result >= 0).sum(axis=1) < length)
    for _ in range(6):
        if not len(short):
            break
        draws *= 2
        again = _drop_repeats(table.draw(rng, (len(short), draws)))
        if again.shape[1] > result.shape[1]:
            result = np.pad(result, ((0, 0), (0, draws - result.shape[1])), constant_values=-1)
        result[short] = -1
        result[short, :draws] = again
        short = short[(again >= 0).sum(axis=1) < length]
    return result


def _drop_repeats(rows: IntArray) -> IntArray:
    """Each value's later appearances in its row (left to right) replaced by -1."""
    ordered = np.sort(rows, axis=1)
    repeating = np.flatnonzero((ordered[:, 1:] == ordered[:, :-1]).any(axis=1))
    result = rows.copy()
    if len(repeating):  # few rows repeat a value: find which entries, in those rows only
        some = rows[repeating]
        order = np.argsort(some, axis=1, kind="stable")
        sorted_some = np.take_along_axis(some, order, axis=1)
        later = np.zeros(some.shape, dtype=bool)
        later[:, 1:] = sorted_some[:, 1:] == sorted_some[:, :-1]
        repeat = np.zeros(some.shape, dtype=bool)
        np.put_along_axis(repeat, order, later, axis=1)
        result[repeating] = np.where(repeat, -1, some)
    return result
