"""All checks on whole messages: good ones pass, bad ones are flagged with the right reasons."""

from __future__ import annotations

import pytest

from matchwise.outreach import checks
from matchwise.outreach.checks import Check, Draft
from matchwise.outreach.kinds import CLI_KINDS, MessageKind
from tests.outreach import messages


@pytest.mark.parametrize(
    ("kind", "body", "expected"),
    [
        (MessageKind.COLD_EMAIL, messages.GOOD_COLD_EMAIL, []),
        (MessageKind.FOLLOW_UP, messages.GOOD_FOLLOW_UP, []),
        (MessageKind.LINKEDIN_NOTE, messages.GOOD_LINKEDIN_NOTE, []),
        (MessageKind.LETTER_REQUEST, messages.GOOD_LETTER_REQUEST, []),
        (MessageKind.UPDATE, messages.GOOD_UPDATE, []),
        (MessageKind.COLD_EMAIL, messages.GENERIC_COLD_EMAIL, [Check.NOT_SPECIFIC]),
        (MessageKind.LINKEDIN_NOTE, messages.GENERIC_LINKEDIN_NOTE, [Check.NOT_SPECIFIC]),
        (MessageKind.FOLLOW_UP, messages.EARLY_LETTER_FOLLOW_UP, [Check.EARLY_ASK]),
        (MessageKind.COLD_EMAIL, messages.EARLY_POSITION_COLD_EMAIL, [Check.EARLY_ASK]),
        (
            MessageKind.COLD_EMAIL,
            messages.GENERIC_COLD_EMAIL + "\nCould you also write me a letter of recommendation?",
            [Check.NOT_SPECIFIC, Check.EARLY_ASK],
        ),
    ],
)
def test_it_judges_whole_messages(kind: MessageKind, body: str, expected: list[Check]) -> None:
    findings = checks.check(Draft(kind, body))
    assert [f.check for f in findings] == expected
    assert checks.has_blocking(findings) is bool(expected)


def test_it_lists_blocking_findings_before_advice() -> None:
    body = messages.GENERIC_COLD_EMAIL.replace("research opportunities", "a letter")
    findings = checks.check(Draft(MessageKind.LETTER_REQUEST, body))
    assert [f.severity.value for f in findings] == ["block", "advice"]


def test_it_knows_every_kind_the_command_line_names() -> None:
    assert CLI_KINDS == (
        "follow-up",
        "cold-email",
        "observership-request",
        "linkedin-note",
        "mentor-request",
        "letter-request",
        "thank-you",
        "update",
    )
    assert {MessageKind.from_cli(name) for name in CLI_KINDS} == set(MessageKind)
