"""Commands of the networking playbook: compose and check messages."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from matchwise.cli.base import CliError, Command, start_django
from matchwise.outreach.kinds import CLI_KINDS, MessageKind

if TYPE_CHECKING:
    from matchwise.outreach.checks import Finding

SUBJECT = "Subject:"


def print_findings(findings: list[Finding], *, as_json: bool = False) -> int:
    """One line per finding (or a JSON list); the exit status is 1 when one of them blocks."""
    if as_json:
        print(json.dumps([f.as_json() for f in findings], ensure_ascii=False, indent=2))
    elif not findings:
        print("Checks passed: nothing to change.")
    else:
        for f in findings:
            print(f"{'fix' if f.blocking else 'consider'} [{f.rule}]: {f.message}")
    return 1 if any(f.blocking for f in findings) else 0


def _compose_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--contact", type=int, required=True, metavar="ID", help="contact id")
    parser.add_argument(
        "--template", required=True, metavar="NAME", help="template short name, e.g. thank-you"
    )
    parser.add_argument(
        "--program", default="", metavar="NAME", help="the program it is about, for {program.name}"
    )
    parser.add_argument(
        "--check", action="store_true", help="run the checks too; exit 1 if one blocks"
    )


def compose(args: argparse.Namespace) -> int:
    start_django()
    from matchwise.network.models import Contact
    from matchwise.outreach import compose as composer
    from matchwise.outreach.models import MessageTemplate

    contact = Contact.objects.filter(pk=args.contact).first()
    if contact is None:
        raise CliError(f"no contact with id {args.contact} (see `matchwise contacts`)")
    template = MessageTemplate.objects.filter(slug=args.template).first()
    if template is None:
        names = ", ".join(MessageTemplate.objects.values_list("slug", flat=True))
        raise CliError(f"no template named {args.template!r}; there are: {names}")
    context = composer.context_for(contact, program=args.program)
    composed = composer.compose(template, context)
    if composed.subject:
        print(f"{SUBJECT} {composed.subject}\n")
    print(composed.body.rstrip())
    if not args.check:
        return 0
    print("\n---")
    return print_findings(
        composer.check_message(
            composed.kind, composed.body, subject=composed.subject, context=context
        )
    )


def _check_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", type=Path, help="a text file; a first line 'Subject: …' is read as the subject"
    )
    parser.add_argument("--kind", required=True, choices=CLI_KINDS, help="the kind of message")
    parser.add_argument(
        "--json",
        action="store_true",
        help='print the findings as a JSON list of {"rule", "severity", "message"}',
    )


def read_message(path: Path) -> tuple[str, str]:
    """(subject, body) of a message file, as `matchwise compose` prints them."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise CliError(f"cannot read {path}: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise CliError(f"{path} is not UTF-8 text") from error
    first, _, rest = text.partition("\n")
    if first.startswith(SUBJECT):
        return first[len(SUBJECT) :].strip(), rest.lstrip("\n")
    return "", text


def check(args: argparse.Namespace) -> int:
    subject, body = read_message(args.file)
    if not body.strip():
        raise CliError(f"{args.file} holds no message")
    start_django()
    from matchwise.outreach import compose as composer

    findings = composer.check_message(MessageKind.from_cli(args.kind), body, subject=subject)
    return print_findings(findings, as_json=args.json)


COMMANDS: list[Command] = [
    Command(
        "compose",
        "Fill a message template for a contact and print it (--check runs the checks).",
        _compose_arguments,
        compose,
    ),
    Command(
        "check",
        "Run the personalisation checks on a message in a text file; exit 1 if one blocks.",
        _check_arguments,
        check,
    ),
]
