"""Does the order of a rank list matter? The Match run on a synthetic market built around one
applicant's own list, with the list in true order and reordered.

The applicant ranks `k` programs, numbered 0 (first choice) to k - 1 in their true order of
preference. Around them each run draws a market with the market model's fitted parameters
(simulation.py): as many programs again that the applicant did not rank, about PROGRAM_SIZE
positions each, APPLICANTS_PER_POSITION applicants per position who rank LIST_LENGTH programs
each, and programs that value an applicant at score_weight × (Step 2 CK − 240) / 10 −
img_penalty (non-US IMGs) + noise, interview the best INTERVIEWS_PER_POSITION per position
above the threshold, and rank those they interviewed. The applicant was interviewed at every
program on their list, whatever the draw says, and is ranked there by the same rule.

Each run's market is drawn once and matched with every order, so the orders are compared on
the same draws. Applicant-proposing deferred acceptance is strategy-proof for applicants: in
every single run the true order gets the applicant a program at least as high in their true
preference as any other order does. `Demonstration.reorder_won` counts the runs where that
failed: it stays 0 with the Match, and algorithms that are not strategy-proof make it grow
(tests/market/test_rank_order_demonstration.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from matchwise.market.deferred_acceptance import matched_entries
from matchwise.market.instance import IntArray, Market
from matchwise.market.simulation import MarketParameters, _among_best
from matchwise.market.synthetic import AliasTable, _distinct_draws, program_capacities

PROGRAM_SIZE = 4
APPLICANTS_PER_POSITION = 1.4
LIST_LENGTH = 10
INTERVIEWS_PER_POSITION = 8
IMG_SHARE = 0.4
STEP2_MEAN = 240.0
STEP2_SD = 15.0
MOST_PROGRAMS = 200
Solver = Callable[[Market], IntArray]


@dataclass(frozen=True)
class Applicant:
    """The applicant at the centre of the market: their Step 2 CK and whether a non-US IMG."""

    step2: float = STEP2_MEAN
    img: bool = True


@dataclass(frozen=True)
class OrderResult:
    """One order of the list and, per program in true order, the share of runs in which the
    applicant matched there or at a program they truly prefer."""

    name: str
    order: tuple[int, ...]  # true positions, in the order ranked
    at_or_above: tuple[float, ...]


@dataclass(frozen=True)
class Demonstration:
    runs: int
    alone: tuple[float, ...]  # per program: share of runs matched there when ranked alone
    orders: tuple[OrderResult, ...]  # the true order first
    reorder_won: int  # runs where some other order got a truly preferred program


@dataclass(frozen=True)
class Runs:
    """Every run's market side by side as one Market: run r has programs r·P to r·P + P − 1
    (its ranked ones first), and the applicant of run r is applicant r, with entries r·k to
    r·k + k − 1. Markets that share no program match independently, so one Match runs all."""

    market: Market
    standing: NDArray[np.float64]  # runs × k: each ranked program's priority of the applicant
    programs_per_run: int

    @property
    def runs(self) -> int:
        return int(self.standing.shape[0])


def draw_runs(
    rng: np.random.Generator, k: int, runs: int, parameters: MarketParameters, applicant: Applicant
) -> Runs:
    """`runs` markets around an applicant who ranks programs 0 to k − 1 (in true order)."""
    per_run = min(MOST_PROGRAMS, max(2 * k, 4))
    capacity = np.concatenate(
        [program_capacities(rng, per_run, PROGRAM_SIZE * per_run) for _ in range(runs)]
    )
    others = round(APPLICANTS_PER_POSITION * PROGRAM_SIZE * per_run)
    length = min(LIST_LENGTH, per_run)
    table = AliasTable.build(np.exp(rng.standard_normal(per_run)))  # appeal, alike in every run
    candidates = _distinct_draws(rng, table, runs * others, length)
    keep = (candidates >= 0) & (np.cumsum(candidates >= 0, axis=1) <= length)
    block = np.repeat(np.arange(runs), others)[:, None] * per_run
    their_choices = (candidates + block)[keep]
    mine = (np.arange(runs)[:, None] * per_run + np.arange(k)[None, :]).reshape(-1)
    lengths = np.concatenate([np.full(runs, k), keep.sum(axis=1)])
    choices = np.concatenate([mine, their_choices]).astype(np.int64)
    img = np.concatenate([np.full(runs, applicant.img), rng.random(runs * others) < IMG_SHARE])
    score = np.concatenate(
        [np.full(runs, applicant.step2), STEP2_MEAN + STEP2_SD * rng.standard_normal(runs * others)]
    )
    who = np.repeat(np.arange(len(lengths)), lengths)
    value = (
        parameters.score_weight * (score[who] - 240.0) / 10.0
        - parameters.img_penalty * img[who]
        + rng.standard_normal(len(choices))
    )
    interviewed = (value > parameters.threshold) & _among_best(
        choices, value, INTERVIEWS_PER_POSITION * capacity
    )
    interviewed[: runs * k] = True  # interviewed wherever they rank, whatever the draw
    offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    priority = np.where(interviewed, -value, np.inf)
    standing = priority[: runs * k].reshape(runs, k).copy()
    return Runs(Market(capacity, offsets, choices, priority), standing, per_run)


def matched_positions(
    runs: Runs, order: Sequence[int], solver: Solver, alone: bool = False
) -> IntArray:
    """Per run: the true position of the program the applicant matches with this order (k if
    none). With `alone`, only the first program of the order is ranked."""
    count, k = runs.standing.shape
    ranked = np.asarray(order, dtype=np.int64)
    market = runs.market
    first_program = np.arange(count)[:, None] * runs.programs_per_run
    market.choices[: count * k] = (first_program + ranked[None, :]).reshape(-1)
    standing = runs.standing[:, ranked].copy()
    if alone:
        standing[:, 1:] = np.inf
    market.priority[: count * k] = standing.reshape(-1)
    entries = solver(market)[:count]
    program = market.choices[np.maximum(entries, 0)] - first_program[:, 0]
    return np.where(entries >= 0, program, k).astype(np.int64)


def reorderings(k: int, alone: Sequence[float]) -> list[tuple[str, tuple[int, ...]]]:
    """The true order, then the safest program (highest chance alone) moved to the top, then
    the list upside down; an order that equals one before it is left out."""
    true = tuple(range(k))
    safest = max(range(k), key=lambda p: (alone[p], -p))
    candidates = [
        ("Your true order", true),
        ("Safest program first", (safest, *(p for p in true if p != safest))),
        ("Your list upside down", true[::-1]),
    ]
    kept: list[tuple[str, tuple[int, ...]]] = []
    for name, order in candidates:
        if all(order != seen for _, seen in kept):
            kept.append((name, order))
    return kept


def demonstrate(
    k: int,
    parameters: MarketParameters,
    applicant: Applicant = Applicant(),
    runs: int = 200,
    seed: int = 0,
    solver: Solver = matched_entries,
    extra_orders: Sequence[tuple[str, Sequence[int]]] = (),
) -> Demonstration:
    """Run the Match `runs` times around a list of `k` programs with each order; seeded."""
    if k < 1:
        raise ValueError("the list needs at least one program")
    if runs < 1:
        raise ValueError("at least one run is needed")
    for name, order in extra_orders:
        if sorted(order) != list(range(k)):
            raise ValueError(f"{name}: an order must hold each of the {k} programs once")
    drawn = draw_runs(np.random.default_rng(seed), k, runs, parameters, applicant)
    alone = tuple(
        float(
            np.mean(matched_positions(drawn, (p, *range(p), *range(p + 1, k)), solver, True) == p)
        )
        for p in range(k)
    )
    orders = reorderings(k, alone) + [(n, tuple(o)) for n, o in extra_orders]
    outcome = np.stack([matched_positions(drawn, order, solver) for _, order in orders], axis=1)
    won = int(np.count_nonzero((outcome[:, 1:] < outcome[:, :1]).any(axis=1)))
    return Demonstration(
        runs,
        alone,
        tuple(
            OrderResult(name, order, at_or_above(outcome[:, i], k))
            for i, (name, order) in enumerate(orders)
        ),
        won,
    )


def at_or_above(positions: NDArray[np.int64], k: int) -> tuple[float, ...]:
    """Per true position j: the share of runs matched at position j or better."""
    counts = np.bincount(positions, minlength=k + 1)[:k]
    return tuple(float(c) for c in np.cumsum(counts) / len(positions))


def true_order_never_worse(demonstration: Demonstration) -> bool:
    """Whether the true order's chance at each program or better is at least every other
    order's, at every program (the claim the page shows)."""
    true = demonstration.orders[0].at_or_above
    return all(
        all(t >= o - 1e-12 for t, o in zip(true, other.at_or_above, strict=True))
        for other in demonstration.orders[1:]
    )
