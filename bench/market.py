"""The Match simulator: parity with the `matching` package, stability, and speed at NRMP size.

Prints, in order:
- parity: identical results to `matching` (public API) on 500 random small markets;
- properties: blocking pairs and unacceptable matches found on large random markets;
- speed of one NRMP-sized Match (issue 8's reference: 50,000 applicants, 6,500 programs,
  44,000 positions, rank lists of 12; and a market sized from ../shared/data when present),
  with the ratio against plain-Python deferred acceptance and `matching`'s own solver run on the
  same market in this script (goal: <= 30 ms a Match);
- 1,000 Monte Carlo Matches of that size, each on a freshly drawn market (goal: <= 2 minutes).

    .venv/bin/python bench/market.py [--runs 1000] [--seed 1] [--no-matching]
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import os
import statistics
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from matchwise.market.deferred_acceptance import (
    Engine,
    engine_available,
    matched_entries,
    result_from_entries,
)
from matchwise.market.instance import IntArray, Market
from matchwise.market.stability import problems
from matchwise.market.synthetic import UNIFORM, Shape, program_capacities, random_market

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
GOAL_MATCH_MS = 30.0
GOAL_MONTE_CARLO_S = 120.0
SHAPES = {"correlated": Shape(), "uniform": UNIFORM}


@dataclass(frozen=True)
class Size:
    label: str
    applicants: int
    capacity: IntArray


def issue_size(rng: np.random.Generator) -> Size:
    return Size("issue 8's reference", 50_000, program_capacities(rng, 6_500, 44_000))


def shared_data_size(rng: np.random.Generator) -> Size | None:
    """Programs from NRMP's 2024 list, seats resampled from Florida's 2024 quotas, applicants
    per position as in Charting Outcomes 2026 (17 specialties); None without ../shared/data."""
    names = [
        "nrmp_programs_2024.csv",
        "nrmp_florida_results_2020_2026.csv",
        "nrmp_charting_outcomes_2026_nonus_img.csv",
    ]
    if not all((SHARED / name).is_file() for name in names):
        return None
    with (SHARED / names[0]).open(encoding="utf-8") as f:
        programs = sum(1 for _ in csv.DictReader(f))
    with (SHARED / names[1]).open(encoding="utf-8-sig") as f:
        quotas = [
            int(row["2024 Quota"])
            for row in csv.DictReader(f)
            if row["Table"] == "Main" and int(row["2024 Quota"] or 0) > 0
        ]
    with (SHARED / names[2]).open(encoding="utf-8") as f:
        per_specialty = {
            row["specialty"]: (int(row["positions"]), int(row["all_applicants"]))
            for row in csv.DictReader(f)
        }
    ratio = sum(a for _, a in per_specialty.values()) / sum(p for p, _ in per_specialty.values())
    capacity = rng.choice(np.array(quotas, dtype=np.int64), programs)
    applicants = round(ratio * int(capacity.sum()))
    return Size("from ../shared/data", applicants, capacity)


def best_and_median(run: Callable[[], object], repeat: int) -> tuple[float, float, float]:
    """Best and median wall-clock seconds, and the best processor seconds (less sensitive to
    other work on a shared machine)."""
    times, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        run()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return min(times), statistics.median(times), min(cpu)


def judge(wall: float, cpu: float, goal: float) -> str:
    """The verdict on a goal; on a busy machine the processor time tells what the code costs."""
    if wall <= goal:
        return "ok"
    if cpu <= goal:
        load = os.getloadavg()[0]
        return f"ok in processor time, OVER GOAL in wall-clock time (load average {load:.1f})"
    return "OVER GOAL"


def matching_solver(market: Market) -> tuple[float, IntArray]:
    """`matching`'s own hospital–resident solver (its private function, which skips the public
    API's deep copy and input checks); returns seconds and each applicant's program."""
    from matching import Player
    from matching.algorithms.hospital_resident import hospital_resident
    from matching.players import Hospital

    residents = [Player(a) for a in range(market.applicants)]
    hospitals = [Hospital(p, int(c)) for p, c in enumerate(market.capacity)]
    for a, resident in enumerate(residents):
        entries = range(int(market.offsets[a]), int(market.offsets[a + 1]))
        resident.set_prefs(
            [hospitals[market.choices[e]] for e in entries if np.isfinite(market.priority[e])]
        )
    applicant = np.repeat(np.arange(market.applicants), np.diff(market.offsets))
    ranked = np.isfinite(market.priority)
    order = np.lexsort((market.priority[ranked], market.choices[ranked]))
    by_program = market.choices[ranked][order]
    who = applicant[ranked][order]
    bounds = np.searchsorted(by_program, np.arange(market.programs + 1))
    for p, hospital in enumerate(hospitals):
        hospital.set_prefs([residents[a] for a in who[bounds[p] : bounds[p + 1]]])
    start = time.perf_counter()
    solution = hospital_resident([r for r in residents if r.prefs], hospitals, "resident")
    seconds = time.perf_counter() - start
    program = np.full(market.applicants, -1, dtype=np.int64)
    for hospital, held in solution.items():
        for resident in held:
            program[resident.name] = hospital.name
    return seconds, program


def matching_public(market: Market) -> IntArray:
    from matching.games import HospitalResident

    residents = {f"a{a}": [f"p{p}" for p in market.rank_list(a)] for a in range(market.applicants)}
    applicant = np.repeat(np.arange(market.applicants), np.diff(market.offsets))
    hospitals = {}
    for p in range(market.programs):
        mine = np.flatnonzero((market.choices == p) & np.isfinite(market.priority))
        mine = mine[np.argsort(market.priority[mine])]
        hospitals[f"p{p}"] = [f"a{applicant[e]}" for e in mine]
    capacities = {f"p{p}": int(c) for p, c in enumerate(market.capacity)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        game = HospitalResident.create_from_dictionaries(
            residents, hospitals, capacities, clean=True
        )
        solution = game.solve(optimal="resident")
    program = np.full(market.applicants, -1, dtype=np.int64)
    for hospital, held in solution.items():
        for resident in held:
            program[int(resident.name[1:])] = int(hospital.name[1:])
    return program


def parity(rng: np.random.Generator, engines: list[Engine]) -> None:
    same = 0
    total = 500
    for _ in range(total):
        programs = int(rng.integers(1, 6))
        capacity = program_capacities(rng, programs, programs + int(rng.integers(0, 6)))
        shape = Shape(int(rng.integers(1, 6)), float(rng.uniform(0, 2)), float(rng.uniform(0, 2)))
        market = random_market(rng, int(rng.integers(1, 13)), capacity, shape)
        unranked = rng.random(len(market.priority)) < 0.15  # programs pass over some applicants
        market = Market.from_arrays(
            market.capacity,
            market.offsets,
            market.choices,
            np.where(unranked, np.inf, market.priority),
        )
        expected = matching_public(market)
        same += all(
            np.array_equal(
                result_from_entries(market, matched_entries(market, e)).program, expected
            )
            for e in engines
        )
    print(f"parity with matching 1.4.3 (public API), {', '.join(engines)} engine(s):")
    print(f"  {same}/{total} random small markets matched identically")


def properties(rng: np.random.Generator) -> None:
    print("stability on large random markets (vectorised check of every rank-list entry):")
    for applicants, programs, positions, shape in (
        (20_000, 2_500, 17_000, Shape()),
        (20_000, 2_500, 17_000, UNIFORM),
        (30_000, 400, 12_000, Shape(list_length=20, appeal_sd=2.0, strength_weight=3.0)),
        (10_000, 3_000, 15_000, Shape(list_length=4)),
    ):
        market = random_market(rng, applicants, program_capacities(rng, programs, positions), shape)
        found = problems(market, result_from_entries(market, matched_entries(market)), 10**9)
        print(
            f"  {applicants:6,d} applicants, {programs:5,d} programs, lists of "
            f"{shape.list_length:2d}: {len(found.blocking)} blocking pairs, "
            f"{len(found.not_ranked)} unacceptable matches, "
            f"{len(found.over_capacity)} programs over capacity"
        )


def one_match(size: Size, shape_name: str, seed: int, with_matching: bool) -> None:
    rng = np.random.default_rng(seed)
    market = random_market(rng, size.applicants, size.capacity, SHAPES[shape_name])
    print(
        f"one Match, {size.label}, {shape_name} preferences: {size.applicants:,} applicants, "
        f"{market.programs:,} programs, {market.positions:,} positions, "
        f"{len(market.choices):,} rank-list entries"
    )
    start = time.perf_counter()
    fast = matched_entries(market, "numba")
    print(f"  numba: first call (compile or load cache) {time.perf_counter() - start:.2f} s")
    best, median, cpu = best_and_median(lambda: matched_entries(market, "numba"), 20)
    verdict = judge(best, cpu, GOAL_MATCH_MS / 1000)
    print(
        f"  numba: {best * 1000:6.1f} ms best of 20, {median * 1000:6.1f} ms median, "
        f"{cpu * 1000:6.1f} ms processor time (goal {GOAL_MATCH_MS:.0f} ms) {verdict}"
    )
    plain, _, _ = best_and_median(lambda: matched_entries(market, "python"), 3)
    same = np.array_equal(matched_entries(market, "python"), fast)
    print(
        f"  plain Python: {plain * 1000:6.0f} ms best of 3, {plain / best:5.0f}x slower; "
        f"identical: {same}"
    )
    result = result_from_entries(market, fast)
    found = problems(market, result, 10**9)
    print(
        f"  matched {result.matched:,} ({result.matched / size.applicants:.1%}); "
        f"blocking pairs: {len(found.blocking)}"
    )
    if with_matching:
        seconds, theirs = matching_solver(market)
        print(
            f"  matching's solver: {seconds:6.1f} s, {seconds / best:5.0f}x slower; "
            f"identical: {np.array_equal(theirs, result.program)}"
        )


def monte_carlo(size: Size, runs: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    draw = solve = 0.0
    matched = []
    start, start_cpu = time.perf_counter(), time.process_time()
    for _ in range(runs):
        t0 = time.perf_counter()
        market = random_market(rng, size.applicants, size.capacity, SHAPES["correlated"])
        t1 = time.perf_counter()
        entries = matched_entries(market)
        solve += time.perf_counter() - t1
        draw += t1 - t0
        matched.append(int(np.count_nonzero(entries >= 0)))
    total, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    goal = GOAL_MONTE_CARLO_S * runs / 1000
    verdict = judge(total, cpu, goal)
    print(
        f"{runs:,} Monte Carlo Matches, {size.label}, each on a newly drawn market: "
        f"{total:6.1f} s, {cpu:6.1f} s processor time (goal {goal:.1f} s) {verdict}"
    )
    print(
        f"  per run: drawing the market {draw / runs * 1000:5.1f} ms, "
        f"the Match {solve / runs * 1000:5.1f} ms; matched per run "
        f"{min(matched):,} to {max(matched):,}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000, help="Monte Carlo Matches (1000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-matching", action="store_true", help="skip the matching package")
    args = parser.parse_args()
    if not engine_available("numba"):
        raise SystemExit("numba is not installed: the speed figures need it")
    if not args.no_matching and importlib.util.find_spec("matching") is None:
        print("(the matching package is not installed: its parity and timing are skipped)")
        args.no_matching = True
    rng = np.random.default_rng(args.seed)
    print(f"load average at the start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    if not args.no_matching:
        parity(rng, ["numba", "python"])
    properties(rng)
    sizes = [issue_size(rng)]
    shared = shared_data_size(rng)
    if shared is None:
        print(f"(no {SHARED}: skipping the market sized from the reference data)")
    else:
        sizes.append(shared)
    one_match(sizes[0], "correlated", args.seed, not args.no_matching)
    one_match(sizes[0], "uniform", args.seed, False)
    for size in sizes[1:]:
        one_match(size, "correlated", args.seed, False)
    monte_carlo(sizes[0], args.runs, args.seed)
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (wall-clock times grow with it)")


if __name__ == "__main__":
    main()
