"""`matchwise market`: how hard each specialty is for a non-US IMG, predicted and simulated."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from matchwise.cli.base import CliError, Command, start_django

if TYPE_CHECKING:
    from matchwise.market.inputs import SpecialtyMarket

PROBLEMS_IN_ONE_LINE = 5
LONG_RUN = 20  # runs from which `simulate` shows a progress bar
BAR_WIDTH = 30


def _arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    predict = actions.add_parser(
        "predict", help="predict the non-US IMG match rate of each specialty in a CSV file"
    )
    predict.add_argument(
        "--specialties",
        type=Path,
        required=True,
        metavar="FILE.csv",
        help="columns specialty, positions, all_applicants, img_applicants, img_step2_mean, "
        "img_step2_sd (one row per specialty; the name is only a label)",
    )
    predict.add_argument("--json", action="store_true", help="print JSON instead of text")
    fit = actions.add_parser(
        "fit", help="fit the market model to your copy of NRMP Charting Outcomes and keep it"
    )
    fit.add_argument("file", type=Path, help="the table, as `matchwise calibrate` reads it")
    simulate = actions.add_parser(
        "simulate", help="simulate one specialty's Match many times: outcomes by applicant type"
    )
    simulate.add_argument("--specialty", required=True, metavar="NAME", help="the specialty")
    simulate.add_argument("--runs", type=int, default=100, help="simulated Matches (default 100)")
    simulate.add_argument(
        "--specialties",
        type=Path,
        metavar="FILE.csv",
        help="a specialties file (as for predict) to find the specialty in, besides your fit",
    )
    simulate.add_argument("--json", action="store_true", help="print JSON instead of text")


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise CliError(f"cannot read {path}: {error.strerror}") from error


def _specialties(path: Path) -> list[SpecialtyMarket]:
    from matchwise.market.inputs import SpecialtiesError, parse_specialties

    try:
        text = _read(path).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CliError(f"{path.name}:1: -: not UTF-8 text") from None
    try:
        return parse_specialties(text, path.name)
    except SpecialtiesError as error:
        shown = "; ".join(str(p) for p in error.problems[:PROBLEMS_IN_ONE_LINE])
        more = len(error.problems) - PROBLEMS_IN_ONE_LINE
        raise CliError(shown + (f"; and {more} more problem(s)" if more > 0 else "")) from error


def _progress_bar(done: int, total: int) -> None:
    filled = BAR_WIDTH * done // max(total, 1)
    end = "\n" if done >= total else ""
    print(
        f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}",
        end=end,
        file=sys.stderr,
        flush=True,
    )


def market(args: argparse.Namespace) -> int:
    start_django()
    if args.action == "predict":
        return _predict(args)
    if args.action == "fit":
        return _fit(args)
    return _simulate(args)


def _predict(args: argparse.Namespace) -> int:
    from matchwise.programs.market_fits import predict

    used, predictions = predict(_specialties(args.specialties))
    if args.json:
        rows = [
            {
                "specialty": p.specialty,
                "img_match_rate": round(p.img_match_rate, 4),
                "low": round(p.low, 4),
                "high": round(p.high, 4),
            }
            for p in predictions
        ]
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    print(f"Non-US IMG match rate predicted by the {used.fit.chosen_name} ({used.label}).")
    print(f"{'specialty':36s} {'predicted':>9s} {'likely (10-90%)':>16s}")
    for p in predictions:
        band = f"{100 * p.low:.0f}-{100 * p.high:.0f}%"
        print(f"{p.specialty[:36]:36s} {100 * p.img_match_rate:8.1f}% {band:>16s}")
    mean, worst = used.fit.errors[used.fit.chosen]
    print(
        f"Held-out error of this model: {100 * mean:.1f} points on average, "
        f"{100 * worst:.1f} at worst (one specialty left out at a time)."
    )
    print(f"Source: {used.citation}")
    return 0


def _fit(args: argparse.Namespace) -> int:
    from matchwise.programs.market_fits import MarketFitRefusedError, fit_market
    from matchwise.selection.outcomes import OutcomesError

    path: Path = args.file
    data = _read(path)
    try:
        stored = fit_market(data, path.name, _progress_bar if sys.stderr.isatty() else None)
    except OutcomesError as error:
        shown = "; ".join(str(p) for p in error.problems[:PROBLEMS_IN_ONE_LINE])
        raise CliError(f"nothing stored: {shown}") from error
    except MarketFitRefusedError as error:
        raise CliError(f"nothing stored: {error}") from error
    from matchwise.market.model import MarketFit

    fit = MarketFit.from_dict(stored.fit)
    print(f"Market model {stored.description}; `market predict` now uses it.")
    for name, (mean, worst) in sorted(fit.errors.items()):
        print(
            f"  {name}: held-out error {100 * mean:.1f} points on average, "
            f"{100 * worst:.1f} at worst"
        )
    print(f"Predicting with: {fit.chosen} (the lower held-out error).")
    return 0


def _simulate(args: argparse.Namespace) -> int:
    from matchwise.programs.market_fits import (
        UnknownSpecialtyError,
        find_market,
        simulate_specialty,
    )

    if not 1 <= args.runs <= 10000:
        raise CliError("--runs: must be from 1 to 10000")
    extra = _specialties(args.specialties) if args.specialties is not None else []
    try:
        found = find_market(args.specialty, extra)
    except UnknownSpecialtyError as error:
        raise CliError(str(error)) from error
    progress = _progress_bar if args.runs >= LONG_RUN else None
    used, spreads = simulate_specialty(found, args.runs, progress)
    if args.json:
        out = {
            "specialty": found.specialty,
            "runs": args.runs,
            "parameters": vars(used.fit.parameters),
            "outcomes": [
                {
                    "applicant_type": s.applicant_type,
                    "mean": round(s.mean, 4),
                    "p10": round(s.p10, 4),
                    "p50": round(s.p50, 4),
                    "p90": round(s.p90, 4),
                }
                for s in spreads
            ],
        }
        json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    print(f"{found.specialty}: {args.runs} simulated Matches ({used.label}).")
    print(f"{'applicants':12s} {'mean':>6s} {'10%':>6s} {'50%':>6s} {'90%':>6s}")
    for s in spreads:
        cells = " ".join(f"{100 * v:5.1f}%" for v in (s.mean, s.p10, s.p50, s.p90))
        print(f"{s.applicant_type:12s} {cells}")
    print(f"Source: {used.citation}")
    return 0


COMMANDS = [
    Command(
        "market",
        "Predict, fit or simulate how hard each specialty's Match is for non-US IMGs.",
        _arguments,
        market,
    ),
]
