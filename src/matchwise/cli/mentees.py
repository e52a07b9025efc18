"""`matchwise mentee list|add|stop`: giving back from the command line. Each action parses its
arguments and calls the same service as the Giving back page and the API."""

from __future__ import annotations

import argparse
import json
import sys

from matchwise.cli.base import CliError, Command, day, start_django
from matchwise.network import clock

# The options that set each field, to name them in an error.
OPTIONS = {"contact": "--contact", "since": "--since", "notes": "--notes", "id": "ID"}


def _arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the juniors you mentor and their rhythm")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    add = actions.add_parser("add", help="mark a contact as someone you mentor")
    add.add_argument("--contact", type=int, required=True, metavar="ID", help="contact id")
    add.add_argument("--since", type=day, metavar="DATE", help="default: today")
    add.add_argument("--notes", default="", help="where they are, and what they asked you")
    stop = actions.add_parser("stop", help="no longer mentoring them (the contact stays)")
    stop.add_argument("id", type=int, help="the mentee's id (see `matchwise mentee list`)")


def mentee(args: argparse.Namespace) -> int:
    start_django()
    from matchwise.rotations import mentees
    from matchwise.rotations.records import mentee_json

    today = clock.today()
    if args.action == "list":
        rows = mentees.rows(today)
        if args.json:
            found = [mentee_json(row) for row in rows]
            json.dump(found, sys.stdout, default=str, indent=2, ensure_ascii=False)
            print()
            return 0
        for row in rows:
            contact = row.mentee.contact
            rhythm = f", next by {contact.keep_in_touch_on}" if contact.keep_in_touch_on else ""
            state = f" ({row.status.value})" if row.status else ""
            print(
                f"{row.mentee.pk}: {contact.display_name} (contact {contact.pk}), "
                f"since {row.mentee.since}{rhythm}{state}"
            )
        if not rows:
            print("Nobody you mentor yet (`matchwise mentee add --contact ID`).")
        return 0
    try:
        if args.action == "add":
            values = {"contact": args.contact, "since": args.since, "notes": args.notes}
            added = mentees.add(values)
            print(f"Mentee {added.pk}: {added.contact.display_name}, since {added.since}.")
            return 0
        stopped = mentees.stop(args.id)
    except mentees.MenteeError as refused:
        raise CliError(f"{OPTIONS.get(refused.field, refused.field)}: {refused.message}") from None
    print(f"No longer mentoring {stopped.contact.display_name}; the contact stays.")
    return 0


COMMANDS: list[Command] = [
    Command(
        "mentee",
        "List the juniors you mentor, mark a contact as one, or stop mentoring one.",
        _arguments,
        mentee,
    ),
]
