"""Commands for rotations and the Match result. Each parses its arguments and calls a service."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from matchwise.cli.base import CliError, Command, day, start_django
from matchwise.network import clock
from matchwise.rotations.vocabulary import MemberRole, RotationKind

KINDS = tuple(kind.value.replace("_", "-") for kind in RotationKind)
ROLES = tuple(role.value for role in MemberRole)
# The options that set each form field, to name them in an error.
ROTATION_OPTIONS = {
    "kind": "--kind",
    "institution": "--institution",
    "service": "--service",
    "program_id": "--program-id",
    "starts_on": "--from",
    "ends_on": "--to",
    "attending_target": "--attendings",
    "resident_target": "--residents",
}
RESULT_OPTIONS = {
    "season": "--season",
    "outcome": "--matched/--not-matched",
    "matched_at": "--matched",
    "season_started_on": "--season-start",
    "recorded_on": "--on",
}


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, default=str, indent=2, ensure_ascii=False)  # dates as ISO
    print()


def _refused(errors: dict[str, list[str]], options: dict[str, str]) -> CliError:
    field, messages = next(iter(errors.items()))
    return CliError(f"{options.get(field, field)}: {' '.join(messages)}")


def _rotation_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list your rotations and where each stands")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    add = actions.add_parser("add", help="add a rotation")
    add.add_argument("--institution", required=True, help="the hospital or university")
    add.add_argument(
        "--from", dest="starts_on", type=day, required=True, metavar="DATE", help="first day"
    )
    add.add_argument(
        "--to", dest="ends_on", type=day, required=True, metavar="DATE", help="last day"
    )
    add.add_argument("--kind", choices=KINDS, default="observership", help="default: observership")
    add.add_argument("--service", default="", help="the department or team")
    add.add_argument("--program-id", default="", help="its id in your program catalogue")
    add.add_argument("--attendings", type=int, help="attendings to get to know (default 2)")
    add.add_argument("--residents", type=int, help="residents to get to know (default 3)")
    show = actions.add_parser("show", help="what a rotation calls for today")
    show.add_argument("id", type=int, help="the rotation's id (see `matchwise rotation list`)")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    meet = actions.add_parser("meet", help="record a contact met on a rotation")
    meet.add_argument("id", type=int, help="the rotation's id")
    meet.add_argument("--contact", type=int, required=True, metavar="ID", help="contact id")
    meet.add_argument("--role", choices=ROLES, required=True, help="what they were to you there")
    meet.add_argument("--not-a-target", action="store_true", help="not one you mean to know")
    meet.add_argument("--saw-work", action="store_true", help="they saw your work")
    task = actions.add_parser("task", help="record a small promise, kept as a follow-up")
    task.add_argument("id", type=int, help="the rotation's id")
    task.add_argument("--contact", type=int, required=True, metavar="ID", help="promised to")
    task.add_argument("--due", type=day, required=True, help="due date (YYYY-MM-DD)")
    task.add_argument("text", help="what you promised, e.g. 'send the sepsis article'")
    done = actions.add_parser("done", help="mark a promise kept")
    done.add_argument("task", type=int, help="the promise's id (see `matchwise rotation show`)")


def rotation(args: argparse.Namespace) -> int:
    start_django()
    from matchwise.rotations import services

    today = clock.today()
    services.settle_cadences(today)
    if args.action == "list":
        return _list(args, today)
    if args.action == "add":
        return _add(args)
    if args.action == "show":
        return _show(args, today)
    if args.action == "meet":
        return _meet(args)
    if args.action == "done":
        return _done(args, today)
    return _task(args)


def _list(args: argparse.Namespace, today: date) -> int:
    from matchwise.rotations.models import Rotation
    from matchwise.rotations.records import rotation_json

    rotations = list(Rotation.objects.all())
    if args.json:
        _print_json([rotation_json(r) | {"phase": r.span.phase(today)} for r in rotations])
        return 0
    for r in rotations:
        print(f"{r.pk}: {r.title}, {r.starts_on} to {r.ends_on} ({r.span.phase(today).label})")
    if not rotations:
        print("No rotations yet (`matchwise rotation add`).")
    return 0


def _add(args: argparse.Namespace) -> int:
    from matchwise.rotations import services

    values = {
        "kind": args.kind.replace("-", "_"),
        "institution": args.institution,
        "service": args.service,
        "program_id": args.program_id,
        "starts_on": args.starts_on,
        "ends_on": args.ends_on,
        "attending_target": args.attendings,
        "resident_target": args.residents,
    }
    try:
        saved = services.save_rotation(values)
    except services.RotationRefusedError as refused:
        raise _refused(refused.errors, ROTATION_OPTIONS) from refused
    print(f"Added rotation {saved.pk}: {saved.title}.")
    return 0


def _find(rotation_id: int) -> Any:
    from matchwise.rotations.models import Rotation

    found = Rotation.objects.filter(pk=rotation_id).first()
    if found is None:
        raise CliError(f"no rotation with id {rotation_id} (see `matchwise rotation list`)")
    return found


def _contact(contact_id: int) -> Any:
    from matchwise.network.models import Contact

    found = Contact.objects.filter(pk=contact_id).first()
    if found is None:
        raise CliError(f"--contact: no contact with id {contact_id} (see `matchwise contacts`)")
    return found


def _show(args: argparse.Namespace, today: date) -> int:
    from matchwise.rotations.plan import plan
    from matchwise.rotations.records import plan_json

    shown = plan(_find(args.id), today)
    if args.json:
        _print_json(plan_json(shown))
        return 0
    print(f"{shown.rotation.title}: {shown.phase.label}, working day {shown.working_day}.")
    if shown.feedback:
        print(f"Ask for a feedback meeting ({shown.feedback.state}).")
    for p in shown.people:
        track = "on track" if p.on_track else "not yet"
        role = p.member.member_role.label
        print(f"  {p.contact.display_name} ({role}): {p.exchanges} exchanges, {track}")
    for task in shown.open_tasks:
        print(f"  promise: {task.description}, due {task.follow_up.due_on} [id {task.pk}]")
    for p in shown.to_thank:
        assert p.thanks is not None
        print(f"  thank {p.contact.display_name} by {p.thanks.overdue_after} ({p.thanks.state})")
    return 0


def _meet(args: argparse.Namespace) -> int:
    from matchwise.rotations import services

    rotation, contact = _find(args.id), _contact(args.contact)
    services.add_member(
        rotation,
        contact,
        MemberRole(args.role),
        chosen=not args.not_a_target,
        saw_work=args.saw_work,
    )
    print(f"{contact.display_name} recorded on {rotation.title}.")
    return 0


def _done(args: argparse.Namespace, today: date) -> int:
    from matchwise.rotations import services
    from matchwise.rotations.models import RotationTask

    task = RotationTask.objects.select_related("follow_up__contact").filter(pk=args.task).first()
    if task is None:
        raise CliError(f"no promise with id {args.task} (see `matchwise rotation show`)")
    services.complete_task(task, today)
    print(f"Kept: {task.description} ({task.follow_up.contact.display_name}).")
    return 0


def _task(args: argparse.Namespace) -> int:
    from matchwise.rotations import services

    rotation, contact = _find(args.id), _contact(args.contact)
    text = args.text.strip()
    if not text or len(text) > 200:
        raise CliError("the promise must be 1 to 200 characters long")
    try:
        services.add_task(rotation, contact, text, args.due)
    except services.RotationError as refused:
        option = {"contact": "--contact", "due_on": "--due"}.get(refused.field, refused.field)
        raise CliError(f"{option}: {refused.message}") from refused
    print(f"Promise to {contact.display_name} due {args.due}: {text}")
    return 0


def _result_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    record = actions.add_parser("record", help="record a season's Match result")
    record.add_argument("--season", type=int, required=True, help="the Match year, e.g. 2027")
    outcome = record.add_mutually_exclusive_group(required=True)
    outcome.add_argument("--matched", metavar="WHERE", help="matched: the program and city")
    outcome.add_argument("--not-matched", action="store_true", help="did not match this year")
    record.add_argument("--season-start", type=day, help="default: 1 January of the year before")
    record.add_argument("--on", type=day, help="the day recorded (default: today)")
    listing = actions.add_parser("list", help="your Match results, latest season first")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    people = actions.add_parser("people", help="who helped this season, and what to send them")
    people.add_argument("--season", type=int, help="default: the latest result")
    people.add_argument("--json", action="store_true", help="print JSON instead of text")


def result(args: argparse.Namespace) -> int:
    start_django()
    from matchwise.rotations import results
    from matchwise.rotations.models import MatchResult

    if args.action == "record":
        values = {
            "season": str(args.season),
            "outcome": "not_matched" if args.not_matched else "matched",
            "matched_at": args.matched or "",
            "season_started_on": args.season_start or "",
            "recorded_on": args.on or clock.today(),
        }
        try:
            saved = results.record(values)
        except results.ResultRefusedError as refused:
            raise _refused(refused.errors, RESULT_OPTIONS) from refused
        print(f"Recorded: {saved}. `matchwise result people` lists who to tell.")
        return 0
    if args.action == "list":
        return _results(args)
    found = MatchResult.objects.filter(season=args.season) if args.season else MatchResult.objects
    chosen = found.first()
    if chosen is None:
        raise CliError("no Match result recorded (`matchwise result record`)")
    from matchwise.rotations.records import helper_json

    rows = results.helpers(chosen)
    if args.json:
        _print_json([helper_json(row) for row in rows])
        return 0
    for row in rows:
        state = (
            f"sent {row.updated_on}" if row.done else f"to write (template {row.helper.template})"
        )
        print(f"{row.contact_id}: {row.name}, {row.helper.why}: {state}")
    return 0


def _results(args: argparse.Namespace) -> int:
    from matchwise.rotations.models import MatchResult
    from matchwise.rotations.records import result_json

    recorded = list(MatchResult.objects.all())
    if args.json:
        _print_json([result_json(r) for r in recorded])
        return 0
    for r in recorded:
        where = f" at {r.matched_at}" if r.matched_at else ""
        print(f"{r}{where} (recorded {r.recorded_on})")
    if not recorded:
        print("No Match result recorded yet (`matchwise result record`).")
    return 0


COMMANDS: list[Command] = [
    Command(
        "rotation",
        "List, add and show rotations; record the people met and the promises made there.",
        _rotation_arguments,
        rotation,
    ),
    Command(
        "result",
        "Record a season's Match result, list the results, and who helped and what to send each.",
        _result_arguments,
        result,
    ),
]
