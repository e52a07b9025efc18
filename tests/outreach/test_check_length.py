"""Too long for its kind: a LinkedIn note over 300 characters, a cold email over 15 lines."""

from __future__ import annotations

import pytest

from matchwise.outreach import checks
from matchwise.outreach.checks import Check, Draft, Severity
from matchwise.outreach.kinds import MessageKind
from tests.outreach import messages


def too_long(kind: MessageKind, body: str) -> list[checks.Finding]:
    return [f for f in checks.check(Draft(kind, body)) if f.check is Check.TOO_LONG]


def note_of(length: int) -> str:
    note = messages.GOOD_LINKEDIN_NOTE
    padding = " I would also value any advice on programs that welcome graduates from abroad."
    while len(note) < length:
        note += padding
    return note[:length].rstrip() + "x" * (length - len(note[:length].rstrip()))


@pytest.mark.parametrize(
    ("length", "flagged"), [(217, False), (299, False), (300, False), (301, True), (420, True)]
)
def test_it_holds_a_linkedin_note_to_300_characters(length: int, flagged: bool) -> None:
    note = note_of(length)
    assert len(note) == length
    findings = too_long(MessageKind.LINKEDIN_NOTE, note)
    assert bool(findings) is flagged
    if flagged:
        assert findings[0].severity is Severity.BLOCK
        assert f"{length} characters" in findings[0].message
        assert f"Cut {length - 300}" in findings[0].message


def email_with(lines: int) -> str:
    body = [
        f"Line {n} of the body, about the registry work and the paper." for n in range(lines - 2)
    ]
    return (
        "Dear Dr. Haddad,\n\n"
        + "\n".join(body)
        + "\n\nKind regards,\nRana Aziz\nrana@example.org\n"
    )


@pytest.mark.parametrize(("lines", "flagged"), [(10, False), (15, False), (16, True), (25, True)])
def test_it_holds_a_cold_email_to_15_lines(lines: int, flagged: bool) -> None:
    body = email_with(lines)
    assert checks.counted_lines(body) == lines
    assert bool(too_long(MessageKind.COLD_EMAIL, body)) is flagged
    assert too_long(MessageKind.FOLLOW_UP, body) == []  # no line limit for a follow-up


@pytest.mark.parametrize(
    ("body", "lines"),
    [
        ("One short line.", 1),
        ("x " * 100, 3),  # 200 characters wrap to three lines of 80
        ("Dear Ana,\n\n\n\nThanks.\n", 2),  # blank lines do not count
        ("Dear Ana,\nBody.\nBest regards,\nRana Aziz\nPhone\nAddress", 3),  # nor the signature
        ("Dear Ana,\nBody.\nThank you again,\nRana", 3),
        # A "Thank you!" in the body is not the sign-off; the last one near the end is.
        ("Dear Ana,\nThank you!\n" + "A line of the body.\n" * 8 + "Best,\nRana", 11),
        ("Dear Ana,\nThanks.\n" + "A line.\n" * 6 + "Kind regards,\nRana\nrana@example.org", 9),
        # A P.S. after the signature is read, so it counts.
        ("Dear Ana,\nBody.\nBest regards,\nRana Aziz\n\nP.S. The poster is attached.", 4),
        ("Dear Ana,\nBody.\nBest,\nRana\nPS: one more thing,\nover two lines.", 5),
    ],
)
def test_it_counts_lines_as_a_mail_client_shows_them(body: str, lines: int) -> None:
    assert checks.counted_lines(body) == lines


def test_it_passes_a_realistic_cold_email() -> None:
    assert too_long(MessageKind.COLD_EMAIL, messages.GOOD_COLD_EMAIL) == []


@pytest.mark.parametrize(
    ("kind", "body", "words"),
    [
        (MessageKind.LINKEDIN_NOTE, note_of(350), "a LinkedIn connection note holds at most 300"),
        (MessageKind.COLD_EMAIL, email_with(20), "keep a cold email to 15"),
        (
            MessageKind.OBSERVERSHIP_REQUEST,
            email_with(20),
            "keep an observership or externship request to 15",
        ),
    ],
)
def test_it_names_the_kind_as_written_in_a_sentence(
    kind: MessageKind, body: str, words: str
) -> None:
    [finding] = too_long(kind, body)
    assert words in finding.message


def test_it_counts_a_long_email_with_an_early_thank_you_as_long() -> None:
    body = email_with(20).replace("Dear Dr. Haddad,\n\n", "Dear Dr. Haddad,\n\nThank you!\n")
    assert checks.counted_lines(body) == 21
    assert too_long(MessageKind.COLD_EMAIL, body)
