"""Commands of the network tracker: serve, import, export, backup, restore, due, contacts, touch."""

from __future__ import annotations

import argparse
import json
import sys

from matchwise.cli.base import CliError, Command, day, start_django
from matchwise.network import clock
from matchwise.network.choices import Channel, Direction

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (1 to 65535)")
    return port


def _serve_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument("--port", type=_port, default=8000, help="port (default 8000)")


def serve(args: argparse.Namespace) -> int:
    start_django()
    import waitress
    from django.conf import settings

    from matchwise.site.startup import settle
    from matchwise.site.wsgi import application

    if args.host not in LOCAL_HOSTS:
        # Asked to be reachable from elsewhere: accept the names it will be reached by.
        everywhere = args.host in ("0.0.0.0", "::")  # noqa: S104 (the user asked for it)
        settings.ALLOWED_HOSTS.append("*" if everywhere else args.host)
        print(f"Warning: listening on {args.host}; anyone who can reach it sees your contacts.")
    try:
        server = waitress.create_server(
            application, host=args.host, port=args.port, threads=4, ident="matchwise"
        )
    except OSError as error:
        raise CliError(f"cannot listen on {args.host}:{args.port}: {error.strerror}") from error
    settle()
    print(f"matchwise is running on http://{_url_host(args.host)}:{args.port}/ (Ctrl+C stops it)")
    server.run()
    return 0


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def due(args: argparse.Namespace) -> int:
    start_django()
    from matchwise.network.due import all_due

    items = all_due(clock.today())
    if args.json:
        json.dump([item.as_json() for item in items], sys.stdout, indent=2)
        print()
        return 0
    if not items:
        print("Nothing overdue or due this week.")
    for item in items:
        which = f" [follow-up {item.follow_up_id}]" if item.follow_up_id else ""
        print(
            f"{item.urgency.word:>9}  {item.due_on:%Y-%m-%d}  {item.contact_name}: {item.reason}"
            f"{which}"
        )
    return 0


def contacts(args: argparse.Namespace) -> int:
    start_django()
    from matchwise.network.records_json import contacts_as_json

    rows = contacts_as_json(clock.today())
    if args.json:
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    if not rows:
        print("No contacts yet. Add some in the app, or run `matchwise import`.")
    for row in rows:
        where = f" · {row['institution']}" if row["institution"] else ""
        last = row["last_contacted"] or "never"
        print(f"{row['id']:>5}  {row['name']}{where}  (last contacted {last})")
    return 0


def _touch_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("contact", type=int, help="the contact's id (see `matchwise contacts`)")
    parser.add_argument(
        "--channel", required=True, choices=[c.value for c in Channel], help="how you were in touch"
    )
    parser.add_argument("--topic", required=True, help="what you talked about")
    parser.add_argument("--on", type=day, help="when (YYYY-MM-DD; default: today)")
    parser.add_argument("--inbound", action="store_true", help="they reached out, not you")
    parser.add_argument("--notes", default="", help="anything to remember")
    parser.add_argument("--replied", action="store_true", help="they have replied already")


def touch(args: argparse.Namespace) -> int:
    start_django()
    from matchwise.network import rules, services
    from matchwise.network.models import Contact, Interaction

    today = clock.today()
    longest = Interaction._meta.get_field("topic").max_length  # the model's limit, as the form's
    on = args.on or today
    if problem := rules.touch_date_problem(on, today):
        raise CliError(f"--on: {problem}")
    topic = args.topic.strip()
    if not topic or (longest is not None and len(topic) > longest):
        raise CliError(f"--topic: say what you talked about in 1 to {longest} characters")
    contact = Contact.objects.filter(pk=args.contact).first()
    if contact is None:
        raise CliError(f"no contact with id {args.contact} (see `matchwise contacts`)")
    direction = Direction.INBOUND if args.inbound else Direction.OUTBOUND
    new = services.NewInteraction(
        on, Channel(args.channel), direction, topic, args.notes, args.replied
    )
    interaction = services.log_interaction(contact, new)
    follow_up = interaction.follow_ups.first()
    then = f"; follow up by {follow_up.due_on:%Y-%m-%d}" if follow_up else ""
    print(f"Logged a touch with {contact.display_name} on {on:%Y-%m-%d}{then}.")
    return 0


def _follow_up_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, words in (("done", "mark it done"), ("dismiss", "dismiss it: it will not come back")):
        action = actions.add_parser(name, help=words)
        action.add_argument("id", type=int, help="the follow-up's id (see `matchwise due`)")
    snooze = actions.add_parser("snooze", help="move it to a later day")
    snooze.add_argument("id", type=int, help="the follow-up's id (see `matchwise due`)")
    snooze.add_argument("--until", type=day, help="a day after today (default: a week from today)")


def follow_up(args: argparse.Namespace) -> int:
    start_django()
    from matchwise.network import rules, services

    today = clock.today()
    try:
        found = services.open_follow_up(args.id)
    except services.NoOpenFollowUpError as missing:
        raise CliError(f"{missing.message} (see `matchwise due`)") from missing
    name = found.contact.display_name
    if args.action == "done":
        services.complete_follow_up(found, today)
        print(f"Done: the follow-up with {name}.")
    elif args.action == "dismiss":
        services.dismiss_follow_up(found, today)
        print(f"Dismissed: the follow-up with {name}.")
    else:
        try:
            until = rules.snooze_day(args.until, today)
        except ValueError as error:
            raise CliError(f"--until: {error}") from error
        services.snooze_follow_up(found, until)
        print(f"Snoozed: the follow-up with {name}, now due {until:%Y-%m-%d}.")
    return 0


COMMANDS = [
    Command(
        "serve", "Run the app on this computer (http://127.0.0.1:8000).", _serve_arguments, serve
    ),
    Command(
        "due",
        "List follow-ups and keep-in-touch dates that are overdue or due this week.",
        _json_flag,
        due,
    ),
    Command("contacts", "List your contacts with their last contact date.", _json_flag, contacts),
    Command(
        "touch",
        "Log a touch with a contact (an email, a call, a meeting); the follow-up rules apply.",
        _touch_arguments,
        touch,
    ),
    Command(
        "follow-up",
        "Mark a follow-up done, snooze it to a later day or dismiss it.",
        _follow_up_arguments,
        follow_up,
    ),
]

__all__ = ["COMMANDS", "CliError"]
