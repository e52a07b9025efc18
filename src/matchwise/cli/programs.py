"""Commands of program selection: catalogues, calibration and the shortlist."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from matchwise.cli import catalogue_merge
from matchwise.cli.base import CliError, Command, start_django

if TYPE_CHECKING:
    from matchwise.programs.models import Calibration
    from matchwise.programs.services import ShortlistResult
    from matchwise.selection import CatalogueError
    from matchwise.selection.outcomes import OutcomesError

LAYOUTS = ("csv", "json", "nrmp", "acgme", "explorer")
PROBLEMS_IN_ONE_LINE = 5


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise CliError(f"cannot read {path}: {error.strerror}") from error


def _read_catalogue_file(path: Path) -> bytes:
    """The file's bytes, refused before reading when it is over the catalogue size limit."""
    from matchwise.selection.catalogue_limits import size_problem

    try:
        refusal = size_problem(path.stat().st_size, _text_of(path.name))
    except OSError as error:
        raise CliError(f"cannot read {path}: {error.strerror}") from error
    if refusal is not None:
        raise CliError(_problems_line(refusal))
    return _read(path)


def _text_of(file_name: str) -> str:
    """A file name as text: bytes the system could not decode become U+FFFD, not surrogates."""
    return file_name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _problems_line(error: CatalogueError | OutcomesError, done: str = "imported") -> str:
    """Every problem names its file, line and column; the first few fit on one line."""
    shown = "; ".join(str(p) for p in error.problems[:PROBLEMS_IN_ONE_LINE])
    more = len(error.problems) - PROBLEMS_IN_ONE_LINE
    return f"nothing {done}: {shown}" + (f"; and {more} more problem(s)" if more > 0 else "")


def _catalogue_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    imports = actions.add_parser("import", help="import a file as a new catalogue (all or nothing)")
    imports.add_argument("file", type=Path, help="the file to import")
    imports.add_argument(
        "--format",
        choices=LAYOUTS,
        dest="layout",
        help="the file's layout: matchwise csv or json, an NRMP program list, an ACGME listing, "
        "or per-program (explorer) records; default: json for .json files, else csv",
    )
    imports.add_argument("--name", help="the catalogue's name (default: the file's name)")
    imports.add_argument("--specialty", help="the specialty an ACGME listing covers")
    imports.add_argument(
        "--as-of", type=_day, help="when the figures were true, for layouts without a date"
    )
    imports.add_argument("--source", help="where the figures come from (default: the file name)")
    listing = actions.add_parser("list", help="list the catalogues")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    catalogue_merge.add_arguments(actions)


def catalogue(args: argparse.Namespace) -> int:
    start_django()
    if args.action == "import":
        return _import(args)
    if args.action == "merge":
        return catalogue_merge.merge(args)
    if args.action == "show":
        return catalogue_merge.show(args)
    return _list(args)


def _import(args: argparse.Namespace) -> int:
    from matchwise.programs.catalogues import (
        CatalogueNameError,
        ImportOptions,
        import_catalogue,
        layout_for,
    )
    from matchwise.selection import CatalogueError

    path: Path = args.file
    data = _read_catalogue_file(path)
    file_name, stem = _text_of(path.name), _text_of(path.stem)
    layout = layout_for(file_name, args.layout)
    options = ImportOptions(layout, args.specialty, args.as_of, args.source)
    try:
        stored = import_catalogue(data, file_name, args.name or stem, options)
    except CatalogueNameError as error:
        raise CliError(f"{error} (use --name)") from error
    except CatalogueError as error:
        raise CliError(_problems_line(error)) from error
    count = stored.programs.count()
    print(f"Imported {count} program(s) from {file_name} as the catalogue “{stored.name}”.")
    return 0


def _list(args: argparse.Namespace) -> int:
    from matchwise.programs.catalogues import catalogue_choices

    choices = catalogue_choices()
    if args.json:
        rows = [
            {
                "name": c.name,
                "label": c.label,
                "source": c.source,
                "program_count": c.program_count,
                "specialties": dict(c.specialties),
                "imported_at": c.imported_at.isoformat() if c.imported_at else None,
            }
            for c in choices
        ]
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    for c in choices:
        label = f" [{c.label}]" if c.label else ""
        when = f", imported {c.imported_at:%Y-%m-%d}" if c.imported_at else ", built in"
        print(
            f"{c.name}{label}: {c.program_count} programs in {len(c.specialties)} specialties"
            f"{when}. Source: {c.source}"
        )
    return 0


def _shortlist_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", type=Path, required=True, help="your profile (TOML)")
    parser.add_argument(
        "--catalogue", help="a catalogue's name or a catalogue file (default: the sample)"
    )
    parser.add_argument("--budget", type=int, help="most US dollars of ERAS fees to spend")
    parser.add_argument("--max", type=int, dest="max_n", help="most programs to apply to")
    parser.add_argument(
        "--objective",
        choices=("p_match", "utility"),
        default="p_match",
        help="p_match (default): the best chance of matching; utility: the best expected value "
        "of the match under your preferred states, setting and --favourite programs",
    )
    parser.add_argument(
        "--favourite",
        action="append",
        default=[],
        metavar="PROGRAM",
        help="a program you favour, by id or exact name (repeat, best first); always listed",
    )
    parser.add_argument(
        "--stop-below",
        type=float,
        metavar="PP_PER_100USD",
        help="end the list where the next application adds less than this many percentage "
        "points of P(match) per $100 of fees (default: the profile's, else 0.3)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def shortlist(args: argparse.Namespace) -> int:
    start_django()
    from matchwise.programs.catalogues import ImportOptions, layout_for, parse_programs
    from matchwise.programs.services import (
        Choices,
        ShortlistRequestError,
        UnknownCatalogueError,
        check_limits,
        make_shortlist,
        shortlist_from_programs,
        shortlist_json,
    )
    from matchwise.selection import CatalogueError, Objective, ProfileError, load_profile

    _read(args.profile)  # a missing file gets the same one-line reason as elsewhere
    try:
        profile = load_profile(args.profile)
    except ProfileError as error:
        raise CliError(f"{args.profile.name}: " + "; ".join(error.problems)) from error
    try:
        check_limits(args.budget, args.max_n)
    except ProfileError as error:
        raise CliError("--" + "; --".join(error.problems)) from error
    if args.stop_below is not None and not 0 <= args.stop_below <= 100:
        raise CliError("--stop-below: must be between 0 and 100 (percentage points per $100)")
    choices = Choices(Objective(args.objective), tuple(args.favourite), args.stop_below)
    try:
        try:
            result = make_shortlist(profile, args.catalogue, args.budget, args.max_n, choices)
        except UnknownCatalogueError:
            path = Path(args.catalogue)
            if not path.is_file():
                raise CliError(
                    f"no catalogue named {args.catalogue!r} and no such file "
                    "(see `matchwise catalogue list`)"
                ) from None
            try:
                file_name = _text_of(path.name)
                options = ImportOptions(layout_for(file_name, None))
                programs = parse_programs(_read_catalogue_file(path), file_name, options)
            except CatalogueError as error:
                raise CliError(_problems_line(error)) from error
            result = shortlist_from_programs(
                profile, file_name, programs, args.budget, args.max_n, choices=choices
            )
    except ShortlistRequestError as error:
        option = (
            "--favourite" if error.field == "favourites" else f"{args.profile.name}: specialties"
        )
        raise CliError(f"{option}: {error.message}") from error
    if args.json:
        json.dump(shortlist_json(result), sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print_shortlist(result)
    return 0


def print_shortlist(result: ShortlistResult) -> None:
    from matchwise.programs.wording import chance_range, dollars, percent

    shortlist = result.shortlist
    if result.label:
        print(f"*** {result.label}: every program below is invented ***")
    print(f"Catalogue: {result.catalogue} ({result.considered} programs considered)")
    print(f"Model: {shortlist.model}")
    if shortlist.citation:
        print(f"Source: {shortlist.citation}")
    if shortlist.expected_utility is not None:
        print(
            f"Objective: the best expected value of the match under your preferences "
            f"({shortlist.expected_utility:.3f})."
        )
    if not shortlist.programs:
        print("No program made the list: see the programs ruled out below, or raise the limits.")
    else:
        print(
            f"Chance of matching: {percent(shortlist.p_match)} (likely "
            f"{percent(shortlist.p_match_low)} to {percent(shortlist.p_match_high)}) with "
            f"{len(shortlist.programs)} programs for {dollars(shortlist.cost_usd)} "
            f"({shortlist.season} ERAS fees); {shortlist.expected_interviews:.1f} interviews "
            "to expect."
        )
        print(shortlist.assumption)
    last = shortlist.last_program
    if last is not None:
        print(
            f"The list stops below {shortlist.stop_below:g} percentage points per $100; its last "
            f"program adds {100 * last.adds:.2f} points for {dollars(last.cost_usd)}."
        )
    if shortlist.indistinguishable:
        print(
            "This catalogue cannot tell these programs apart: they all get the same chance, "
            "ordered by your preferences, then by what the catalogue says, then by name."
        )
    elif shortlist.tied:
        print(f"{shortlist.tied} programs share their chance with another (within 0.1 points).")
    for row in result.rows:
        listed = row.listed
        chance = chance_range(listed.p_interview, listed.p_interview_low, listed.p_interview_high)
        print(f"{row.rank:4d}. [{listed.tier}] {chance}  {listed.name}")
        if listed.reasons:
            print("       " + "; ".join(listed.reasons))
        if listed.unknowns:
            print("       not known: " + "; ".join(listed.unknowns))
    if shortlist.backups:
        print("Backups (preliminary and transitional-year tracks, not counted above):")
        for backup in shortlist.backups:
            print(f"  {percent(backup.p_interview)}  {backup.name}")
    if result.networking_targets:
        print(
            f"Networking targets: you know nobody yet at {len(result.networking_targets)} "
            "of these programs."
        )
    if shortlist.excluded:
        print(f"Ruled out ({len(shortlist.excluded)}):")
        for gone in shortlist.excluded:
            print(f"  {gone.name}: {gone.reason}")


def _calibrate_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        type=Path,
        help="your copy of NRMP Charting Outcomes for non-US IMGs, as CSV (one row per "
        "specialty, measure and cohort)",
    )
    parser.add_argument(
        "--holdout-from",
        type=Path,
        metavar="FILE",
        help="the next year's table, to check this year's fit against its published rates",
    )


def calibrate(args: argparse.Namespace) -> int:
    start_django()
    from matchwise.programs.calibrations import CalibrationRefusedError
    from matchwise.programs.calibrations import calibrate as fit
    from matchwise.selection.outcomes import OutcomesError

    path: Path = args.file
    data = _read(path)
    holdout = None
    if args.holdout_from is not None:
        holdout = (_read(args.holdout_from), args.holdout_from.name)
    try:
        stored = fit(data, path.name, holdout)
    except OutcomesError as error:
        raise CliError(_problems_line(error, "calibrated")) from error
    except CalibrationRefusedError as error:
        raise CliError("nothing stored: " + "; ".join(error.reasons)) from error
    print_calibration(stored)
    return 0


def print_calibration(stored: Calibration) -> None:
    def rate(value: object) -> str:
        return f"{value:6.1%}" if isinstance(value, float) else "     —"

    print(f"Model {stored.description}; every list now uses it.")
    print("Non-US IMG match rate: published; fitted (reproduces the table, not a test);")
    print("held out (predicted with the specialty left out of the fit: the test).")
    print(f"{'specialty':36s} {'fit':14s} {'published':>9s} {'fitted':>7s} {'held out':>8s}")
    for row in stored.report:
        print(
            f"{str(row['specialty'])[:36]:36s} {row['method']!s:14s} "
            f"{rate(row['published_rate']):>9s} {rate(row['fitted_rate']):>7s} "
            f"{rate(row['held_out_rate']):>8s}"
        )
    if stored.held_out_error is not None:
        print(f"Leave one specialty out: mean error {100 * stored.held_out_error:.1f} points.")
    if stored.next_year_error is not None:
        print(
            f"Against {stored.holdout_file}: mean error {100 * stored.next_year_error:.1f} points."
        )


COMMANDS = [
    Command(
        "catalogue",
        "Import a catalogue of programs, merge sources into one, show or list the catalogues.",
        _catalogue_arguments,
        catalogue,
    ),
    Command(
        "shortlist",
        "Work out the list of programs that gives your profile the best chance of matching.",
        _shortlist_arguments,
        shortlist,
    ),
    Command(
        "calibrate",
        "Fit the model to your copy of NRMP Charting Outcomes (non-US IMGs) and keep it.",
        _calibrate_arguments,
        calibrate,
    ),
]
