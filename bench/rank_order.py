"""The rank-order demonstration: how long it takes on a list of 15 programs with 200 runs (the
goal is well under a second), on a few list lengths, with the numba engine and without.

Prints, per list length and engine, the best and median wall-clock and processor time of
several repeats, and the number of runs in which a reordered list beat the true order (0 is
what strategy-proofness says).

    .venv/bin/python bench/rank_order.py [--repeats 7] [--runs 200]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import numpy as np

from matchwise.market.deferred_acceptance import Engine, engine_available, matched_entries
from matchwise.market.instance import IntArray, Market
from matchwise.market.rank_order import Demonstration, demonstrate
from matchwise.market.shipped import shipped_market_fit


def solver_for(engine: Engine) -> Callable[[Market], IntArray]:
    return lambda market: matched_entries(market, engine)


def measure(
    k: int, runs: int, engine: Engine, repeats: int
) -> tuple[list[float], list[float], Demonstration]:
    parameters = shipped_market_fit().parameters
    solver = solver_for(engine)
    demonstrate(k, parameters, runs=2, solver=solver)  # compile or warm up once
    wall, cpu = [], []
    result = None
    for repeat in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = demonstrate(k, parameters, runs=runs, seed=repeat, solver=solver)
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    assert result is not None
    return wall, cpu, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    print(f"Rank-order demonstration, {args.runs} runs, best and median of {args.repeats}:")
    header = ("programs", "engine", "wall best", "wall median", "cpu best", "reorder won")
    print("{:>8} {:>7} {:>10} {:>12} {:>9}  {}".format(*header))
    for k in (5, 15, 30):
        engines: list[Engine] = ["numba", "python"] if engine_available("numba") else ["python"]
        for engine in engines:
            wall, cpu, result = measure(k, args.runs, engine, args.repeats)
            best, median = min(wall) * 1000, statistics.median(wall) * 1000
            print(
                f"{k:>8} {engine:>7} {best:>7.0f} ms {median:>9.0f} ms"
                f" {min(cpu) * 1000:>6.0f} ms  {result.reorder_won}"
            )
    goal = min(measure(15, args.runs, "auto", args.repeats)[0])
    verdict = "met" if goal < 1.0 else "NOT met"
    print(f"Goal (15 programs, {args.runs} runs, well under 1 s): {goal * 1000:.0f} ms, {verdict}.")
    print(f"numpy {np.__version__}")


if __name__ == "__main__":
    main()
