"""`matchwise season`: applications, invitations, interviews and the rank list. Each action
parses its arguments and calls one service of `matchwise.season`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from matchwise.cli.base import CliError, Command, day, start_django
from matchwise.cli.season_couples import add_couple_arguments, couple, demonstrate
from matchwise.cli.season_soap import run_soap, soap_arguments

STATUSES = (
    "applied", "invited", "scheduled", "interviewed", "ranked", "matched", "not_matched",
    "rejected", "withdrawn", "declined", "waitlisted",
)  # fmt: skip
OPTIONS = {"program_id": "PROGRAM_ID", "time_zone": "--time-zone", "slots": "--slots"}
OPTIONS |= {"pairs": "MINE:PARTNER", "partner": "couple partner", "position": "position"}
OPTIONS |= {"with_pairs": "--with-pairs"}
OPTIONS |= {"program": "PROGRAM", "round": "--round", "state": "PROGRAM"}  # season soap


def _wall_clock(text: str) -> datetime:
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time (YYYY-MM-DD HH:MM)") from error


def _arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="record an application to a program of a catalogue")
    add.add_argument("program_id", metavar="PROGRAM_ID", help="its id in the catalogue")
    add.add_argument("--catalogue", help="the catalogue's name (default: the sample)")
    add.add_argument("--on", type=day, help="the day it was submitted (default today)")
    add.add_argument("--fees", type=int, metavar="USD", help="the fees paid for it")
    add.add_argument("--time-zone", default="", help="the program's zone, if not its state's")
    imports = actions.add_parser("import", help="record the applications of a CSV file")
    imports.add_argument("file", type=Path, help="a CSV file (see docs/season.md)")
    invite = actions.add_parser("invite", help="record an invitation to interview")
    invite.add_argument("program_id", metavar="PROGRAM_ID")
    invite.add_argument(
        "--slots",
        nargs="*",
        type=_wall_clock,
        default=[],
        metavar="'YYYY-MM-DD HH:MM'",
        help="the dates offered, in the program's own time",
    )
    invite.add_argument("--catalogue", help="when two applications share the id")
    schedule = actions.add_parser("schedule", help="book the interview")
    schedule.add_argument("program_id", metavar="PROGRAM_ID")
    schedule.add_argument(
        "--at",
        type=_wall_clock,
        required=True,
        metavar="'YYYY-MM-DD HH:MM'",
        help="when it starts, in the program's own time",
    )
    schedule.add_argument("--in-person", action="store_true", help="not virtual")
    schedule.add_argument("--platform", default="", help="e.g. Zoom, Thalamus")
    schedule.add_argument("--catalogue", help="when two applications share the id")
    status = actions.add_parser("status", help="move an application to another status")
    status.add_argument("program_id", metavar="PROGRAM_ID")
    status.add_argument("status", choices=STATUSES)
    status.add_argument("--on", type=day, help="the day it changed (default today)")
    status.add_argument("--reason", default="", help="to skip the usual order: why")
    status.add_argument("--catalogue", help="when two applications share the id")
    listing = actions.add_parser("list", help="every application and where it stands")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    rank = actions.add_parser("rank", help="set the rank list, in the order given")
    rank.add_argument("program_ids", nargs="*", metavar="PROGRAM_ID")
    rank.add_argument(
        "--supplemental", action="store_true", help="the supplemental list (advanced programs)"
    )
    rank.add_argument(
        "--catalogue", help="the catalogue of every id given (when two applications share one)"
    )
    rank.add_argument(
        "--demonstrate",
        action="store_true",
        help="run the Match around your primary list, in your order and reordered",
    )
    rank.add_argument("--json", action="store_true", help="with --demonstrate: print JSON")
    soap_arguments(actions)  # `matchwise season soap ...`: see cli/season_soap.py
    odds = actions.add_parser("odds", help="P(match) from the interviews completed and scheduled")
    odds.add_argument("--json", action="store_true", help="print JSON instead of text")
    add_couple_arguments(actions)


def season(args: argparse.Namespace) -> int:
    start_django()
    from matchwise.season.services import SeasonError

    try:
        return ACTIONS[args.action](args)
    except SeasonError as error:
        raise CliError(f"{OPTIONS.get(error.field, error.field)}: {error.message}") from error


def _today() -> date:
    from matchwise.network import clock

    return clock.today()


def _add(args: argparse.Namespace) -> int:
    from matchwise.season import services
    from matchwise.season.programs import UnknownProgramError, find_program

    try:
        facts = find_program(args.program_id, args.catalogue)
    except UnknownProgramError as error:
        raise CliError(f"PROGRAM_ID: {error}") from error
    if args.fees is not None and not 0 <= args.fees <= 100_000:
        raise CliError("--fees: a whole number of dollars from 0 to 100000")
    submission = services.Submission(args.on or _today(), args.fees, args.time_zone)
    application = services.add_application(facts, submission)
    print(f"Applied to {application.name} ({application.program_id}), {application.time_zone}.")
    return 0


def _import(args: argparse.Namespace) -> int:
    from matchwise.season.application_rows import ApplicationRowsError
    from matchwise.season.imports import import_applications

    try:
        data = args.file.read_bytes()
    except OSError as error:
        raise CliError(f"cannot read {args.file}: {error.strerror}") from error
    try:
        created = import_applications(data, args.file.name)
    except ApplicationRowsError as error:
        raise CliError(f"nothing was imported:\n{error}") from error
    print(f"Imported {len(created)} application{'s' if len(created) != 1 else ''}.")
    return 0


def _invite(args: argparse.Namespace) -> int:
    from matchwise.season import services
    from matchwise.season.program_ids import application_for

    application = application_for(args.program_id, args.catalogue)
    invitation = services.record_invitation(application, args.slots)
    offered = invitation.slots.count()
    dates = "1 date" if offered == 1 else f"{offered} dates"
    print(f"Invitation from {application.name} recorded with {dates} offered.")
    return 0


def _schedule(args: argparse.Namespace) -> int:
    from matchwise.network import clock
    from matchwise.season import services, zones
    from matchwise.season.program_ids import application_for
    from matchwise.season.vocabulary import InterviewMode

    application = application_for(args.program_id, args.catalogue)
    mode = InterviewMode.IN_PERSON if args.in_person else InterviewMode.VIRTUAL
    interview = services.Interview(wall_clock=args.at, mode=mode, platform=args.platform)
    services.schedule(application, interview, _today())
    assert application.interview_at is not None
    yours = zones.shown(application.interview_at, clock.user_zone().key)
    print(f"Interview with {application.name}: {yours} your time.")
    return 0


def _status(args: argparse.Namespace) -> int:
    from matchwise.season import services
    from matchwise.season.program_ids import application_for
    from matchwise.season.vocabulary import Status

    application = application_for(args.program_id, args.catalogue)
    services.change_status(application, Status(args.status), args.on or _today(), args.reason)
    print(f"{application.name}: {application.status_label}.")
    return 0


def _list(args: argparse.Namespace) -> int:
    from matchwise.season.models import Application
    from matchwise.season.records import application_json

    rows = [application_json(a) for a in Application.objects.all()]
    if args.json:
        json.dump(rows, sys.stdout, default=str, indent=2, ensure_ascii=False)
        print()
        return 0
    for row in rows:
        interview = f", interview {row['interview_at']}" if row["interview_at"] else ""
        print(f"{row['program_id']}: {row['name']}, {row['status']}{interview}")
    if not rows:
        print("No applications yet (`matchwise season add`).")
    return 0


def _rank(args: argparse.Namespace) -> int:
    from matchwise.season.rank_list import rank_programs
    from matchwise.season.vocabulary import ListKind

    if args.demonstrate:
        if args.program_ids or args.supplemental:
            raise CliError("--demonstrate: runs on your stored primary list; give no programs")
        return demonstrate(args.json)
    if not args.program_ids:
        raise CliError("PROGRAM_ID: give the programs in order (or --demonstrate)")
    kind = ListKind.SUPPLEMENTAL if args.supplemental else ListKind.PRIMARY
    for application in rank_programs(args.program_ids, args.catalogue, kind, _today()):
        print(f"{application.rank}. {application.name} ({application.program_id})")
    return 0


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f}%"


def _interviews(n: int) -> str:
    return f"{n} interview{'' if n == 1 else 's'}"


def _odds(args: argparse.Namespace) -> int:
    from matchwise.season.odds import odds_json, season_odds

    odds = season_odds()
    if args.json:
        json.dump(odds_json(odds), sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    if not odds.lines:
        print("No applications yet (`matchwise season add`).")
        return 0
    print(f"P(match) from your interviews, {odds.profile_note}:")
    for line in odds.lines:
        print(f"{line.specialty}:")
        for words, figure in (
            (f"{line.interviews_completed} completed", line.completed),
            (line.scheduled_words, line.with_scheduled),
        ):
            print(
                f"  {words} ({_interviews(figure.interviews)}): model {_percent(figure.p_match)} "
                f"(10–90%: {_percent(figure.p_match_low)}–{_percent(figure.p_match_high)}), "
                f"NRMP published {_percent(figure.published)}"
            )
        print(f"  Parameters: {line.parameters}. Published: {line.published_note}")
    print(f"Model: {odds.model}. Source: {odds.citation}.")
    return 0


ACTIONS: dict[str, Callable[[argparse.Namespace], int]] = {
    "add": _add,
    "import": _import,
    "invite": _invite,
    "schedule": _schedule,
    "status": _status,
    "list": _list,
    "rank": _rank,
    "odds": _odds,
    "soap": run_soap,
    "couple": couple,
}

COMMANDS: list[Command] = [
    Command(
        "season",
        "Record applications, invitations and interviews in the program's time; set the rank list.",
        _arguments,
        season,
    ),
]
