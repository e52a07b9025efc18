"""`matchwise season couple …` (your partner, their programs and the couple's list of pairs)
and `matchwise season rank --demonstrate`. Each action parses its arguments and calls one
service of `matchwise.season`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from matchwise.cli.base import CliError

PAIR_HELP = "MINE:PARTNER, program ids; 'none' for no match on that side (never both)"


def add_couple_arguments(actions: Any) -> None:
    couple = actions.add_parser("couple", help="couples mode: your partner and your pairs")
    steps = couple.add_subparsers(dest="couple_action", metavar="STEP", required=True)
    partner = steps.add_parser("partner", help="name your partner (one per season)")
    partner.add_argument("name", metavar="NAME")
    partner.add_argument("--specialty", default="", help="their specialty")
    program = steps.add_parser("program", help="add (or remove) a program your partner may rank")
    program.add_argument("program_id", metavar="PROGRAM_ID", help="its NRMP code")
    program.add_argument("--name", default="", help="its name (else from the catalogue)")
    program.add_argument("--catalogue", help="the catalogue to copy it from (default: the sample)")
    program.add_argument("--remove", action="store_true", help="remove it instead of adding it")
    program.add_argument(
        "--with-pairs",
        action="store_true",
        help="with --remove: remove the pairs of the couple's list that name it too",
    )
    rank = steps.add_parser("rank", help="set the couple's list, in the order given")
    rank.add_argument("pairs", nargs="+", metavar="MINE:PARTNER", help=PAIR_HELP)
    rank.add_argument(
        "--catalogue",
        help="the catalogue of every MINE id (when two of your applications share one)",
    )
    rank.add_argument(
        "--force",
        nargs=2,
        action="append",
        default=[],
        metavar=("PROGRAM_ID", "REASON"),
        help="rank a program of yours you have not interviewed at, and say why",
    )
    listing = steps.add_parser("list", help="your partner, their programs and the pairs")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")


def couple(args: argparse.Namespace) -> int:
    return STEPS[args.couple_action](args)


def _partner(args: argparse.Namespace) -> int:
    from matchwise.season import couples

    found = couples.set_partner(args.name, args.specialty)
    print(f"Partner: {found.name}{f' ({found.specialty})' if found.specialty else ''}.")
    return 0


def _program(args: argparse.Namespace) -> int:
    from matchwise.season import couples

    if args.remove:
        if args.name or args.catalogue is not None:
            raise CliError("--remove: give only the PROGRAM_ID (and --with-pairs)")
        program = couples.remove_partner_program(args.program_id, args.with_pairs)
        print(f"{program.partner.name} no longer ranks {program.name} ({program.program_id}).")
        return 0
    if args.with_pairs:
        raise CliError("--with-pairs: only with --remove")
    added = couples.add_partner_program(args.program_id, args.name, args.catalogue)
    print(f"{added.partner.name} may rank {added.name} ({added.program_id}).")
    return 0


def pair_choices(
    texts: list[str], forced: list[list[str]], catalogue: str | None = None
) -> list[Any]:
    from matchwise.season.couple_rules import PairChoice, side

    reasons = {program_id: reason for program_id, reason in forced}
    pairs = []
    for text in texts:
        if text.count(":") != 1:
            raise CliError(f"MINE:PARTNER: “{text}” is not two sides joined by “:”")
        mine, partner = (side(part) for part in text.split(":"))
        pairs.append(PairChoice(mine, partner, reasons.get(mine or "", ""), catalogue))
    return pairs


def _rank(args: argparse.Namespace) -> int:
    from matchwise.season import couples

    for pair in couples.set_couple_list(pair_choices(args.pairs, args.force, args.catalogue)):
        print(_pair_line(couples.pair_json(pair)))
    return 0


def _pair_line(row: dict[str, Any]) -> str:
    sides = [
        f"{s['name']} ({s['program_id']})" if s else "No match"
        for s in (row["mine"], row["partner"])
    ]
    return f"{row['rank']}. {sides[0]} / {sides[1]}"


def _list(args: argparse.Namespace) -> int:
    from matchwise.season import couples

    found = couples.partner()
    pairs = [couples.pair_json(p) for p in couples.couple_list()]
    if args.json:
        data = {"partner": couples.partner_json(found) if found else None, "pairs": pairs}
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    if found is None:
        print("No partner yet (`matchwise season couple partner NAME`).")
        return 0
    print(f"Partner: {found.name}{f' ({found.specialty})' if found.specialty else ''}")
    for row in pairs:
        print(_pair_line(row))
    if not pairs:
        print("No pairs yet (`matchwise season couple rank MINE:PARTNER ...`).")
    return 0


STEPS: dict[str, Callable[[argparse.Namespace], int]] = {
    "partner": _partner,
    "program": _program,
    "rank": _rank,
    "list": _list,
}


def demonstrate(as_json: bool) -> int:
    """`matchwise season rank --demonstrate [--json]`."""
    from matchwise.season.rank_order import demonstrate_my_list

    shown = demonstrate_my_list()
    if as_json:
        json.dump(shown.to_json(), sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    orders = shown.demonstration.orders
    print(f"Your list in {shown.demonstration.runs} simulated markets ({shown.model}),")
    print(f"you as {shown.who}.")
    print("Chance of matching at each program or one you rank above it:")
    print("  ".join(["#  ", "alone", *(f"{i + 1}:{o.name}" for i, o in enumerate(orders))]))
    for row in shown.rows():
        figures = "  ".join(f"{chance:5.2f}" for chance in row["by_order"])
        print(f"{row['rank']:<3} {row['alone']:5.2f}  {figures}  {row['name']}")
    won = shown.demonstration.reorder_won
    print(f"Markets where a reordered list did better than your true order: {won}.")
    print(shown.citation)
    return 0
