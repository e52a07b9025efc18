"""`matchwise season soap`: the unfilled programs of Match Week, SOAP applications within the
cap, and the offers of each round. Each action parses its arguments and calls one service of
`matchwise.season.soap`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from matchwise.cli.base import CliError

PROGRAM_HELP = "its NRMP code, or its number as `matchwise season soap list` shows it"


def soap_arguments(actions: Any) -> None:
    """The `soap` action of `matchwise season`, with its own actions."""
    soap = actions.add_parser("soap", help="SOAP: unfilled programs, applications and offers")
    steps = soap.add_subparsers(dest="soap_action", metavar="SOAP_ACTION", required=True)
    imports = steps.add_parser("import", help="add the unfilled programs of a list (all or none)")
    imports.add_argument(
        "file", help="a CSV file with a header, or a list with one program per line; - reads stdin"
    )
    listing = steps.add_parser("list", help="the unfilled programs, applications and offers")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    for name, text in (
        ("apply", "record a SOAP application (refused past the cap)"),
        ("accept", "accept the program's offer (binding: it ends SOAP)"),
        ("reject", "reject the program's offer"),
        ("expire", "record that the program's offer expired unanswered"),
    ):
        step = steps.add_parser(name, help=text)
        step.add_argument("program", metavar="PROGRAM", help=PROGRAM_HELP)
    offer = steps.add_parser("offer", help="record an offer received in a round")
    offer.add_argument("program", metavar="PROGRAM", help=PROGRAM_HELP)
    offer.add_argument("--round", type=int, required=True, help="the offer round (1, 2, ...)")


def run_soap(args: argparse.Namespace) -> int:
    # A refusal is reported by `matchwise season`, naming the option (season.OPTIONS).
    return SOAP_ACTIONS[args.soap_action](args)


def _import(args: argparse.Namespace) -> int:
    from matchwise.network import clock
    from matchwise.season.soap import import_unfilled
    from matchwise.season.unfilled_rows import UnfilledListError, read_unfilled_file

    name = "standard input" if args.file == "-" else Path(args.file).name
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as error:
        raise CliError(f"cannot read {args.file}: {error.strerror}") from error
    try:
        created = import_unfilled(read_unfilled_file(data, name), name, clock.today())
    except UnfilledListError as error:
        raise CliError(f"nothing was imported:\n{error}") from error
    matched = sum(1 for p in created if p.catalogue)
    print(f"Added {len(created)} unfilled programs ({matched} found in a catalogue).")
    return 0


def _list(args: argparse.Namespace) -> int:
    from matchwise.network import clock
    from matchwise.season import soap
    from matchwise.season.models import SoapProgram
    from matchwise.season.soap_records import program_json

    rows = [program_json(p) for p in SoapProgram.objects.prefetch_related("offers")]
    if args.json:
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    now = soap.state(clock.today())
    print(f"SOAP applications: {now.applied} of {now.calendar.application_cap}.")
    if now.accepted:
        print(f"You accepted the offer of {now.accepted}: SOAP is over.")
    for row in rows:
        applied = ", applied" if row["applied_at"] else ""
        offers = "".join(f", round {o['round']} offer {o['state']}" for o in row["offers"])
        code = row["nrmp_code"] or "no code"
        print(f"#{row['id']} {code}: {row['name']}{applied}{offers}")
    if not rows:
        print("No unfilled programs yet (`matchwise season soap import FILE`).")
    return 0


def _apply(args: argparse.Namespace) -> int:
    from matchwise.network import clock
    from matchwise.season import soap

    program = soap.apply(soap.program_for(args.program), clock.now())
    left = soap.state(clock.today()).remaining
    print(f"Applied to {program.name} in SOAP; {left} applications left.")
    return 0


def _offer(args: argparse.Namespace) -> int:
    from matchwise.network import clock
    from matchwise.season import soap

    program = soap.program_for(args.program)
    soap.record_offer(program, args.round, clock.now())
    print(f"Offer from {program.name} in round {args.round} recorded.")
    return 0


def _answer(answer: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from matchwise.network import clock
        from matchwise.season import soap
        from matchwise.season.soap_rules import OfferState

        program = soap.program_for(args.program)
        offer = soap.answer_offer(soap.open_offer(program), OfferState(answer), clock.now())
        print(f"Offer from {program.name}, round {offer.round}: {offer.state_label.lower()}.")
        return 0

    return run


SOAP_ACTIONS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": _import,
    "list": _list,
    "apply": _apply,
    "offer": _offer,
    "accept": _answer("accepted"),
    "reject": _answer("rejected"),
    "expire": _answer("expired"),
}
