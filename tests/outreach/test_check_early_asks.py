"""Asking for a letter, a position or help getting in, in a first or early message."""

from __future__ import annotations

import pytest

from matchwise.outreach import checks
from matchwise.outreach.checks import Check, Draft, Severity
from matchwise.outreach.kinds import MessageKind
from tests.outreach import messages

SPECIFIC_OPENING = "Dear Dr. Ortiz, thank you for your talk about rural residency tracks. "


def early_ask(draft: Draft) -> list[checks.Finding]:
    return [f for f in checks.check(draft) if f.check is Check.EARLY_ASK]


@pytest.mark.parametrize(
    ("ask", "what"),
    [
        ("Could you write me a letter of recommendation?", "a letter of recommendation"),
        ("Would you be willing to write a strong letter for me?", "a letter of recommendation"),
        ("I need a US LOR for ERAS.", "a letter of recommendation"),
        ("Is there a PGY-1 position available?", "a residency position"),
        ("I hope to secure a spot in your program.", "a residency position"),
        ("Please consider me for an interview.", "a residency position"),
        ("Would you help me get into your residency?", "help getting in"),
        ("Could you put in a good word with the program director?", "help getting in"),
        ("I would be grateful if you could recommend me to your program.", "help getting in"),
    ],
)
def test_it_flags_early_asks_with_the_reason(ask: str, what: str) -> None:
    [finding] = early_ask(Draft(MessageKind.COLD_EMAIL, SPECIFIC_OPENING + ask))
    assert finding.severity is Severity.BLOCKING
    assert f"Asks for {what} too early" in finding.message
    assert "a cold email usually opens the conversation" in finding.message
    assert "advice" in finding.message


@pytest.mark.parametrize(
    ("kind", "body"),
    [
        (MessageKind.FOLLOW_UP, messages.EARLY_LETTER_FOLLOW_UP),
        (MessageKind.COLD_EMAIL, messages.EARLY_POSITION_COLD_EMAIL),
    ],
)
def test_it_flags_realistic_early_asks(kind: MessageKind, body: str) -> None:
    assert early_ask(Draft(kind, body))


@pytest.mark.parametrize(
    "body",
    [
        messages.GOOD_COLD_EMAIL,  # asks to help with research: fine
        SPECIFIC_OPENING + "Would an observership place in your program be possible in May?",
        SPECIFIC_OPENING + "Is there a research position in your group?",
        SPECIFIC_OPENING + "Would you accept me for a four-week externship?",
    ],
)
def test_it_lets_through_what_a_first_message_may_ask(body: str) -> None:
    assert early_ask(Draft(MessageKind.OBSERVERSHIP_REQUEST, body)) == []


@pytest.mark.parametrize(("touches", "flagged"), [(0, True), (2, True), (3, False), (12, False)])
def test_it_judges_from_the_logged_history_when_known(touches: int, flagged: bool) -> None:
    draft = Draft(MessageKind.LETTER_REQUEST, messages.GOOD_LETTER_REQUEST, touches=touches)
    findings = early_ask(draft)
    assert bool(findings) is flagged
    if flagged:
        assert f"you have {touches} exchange" in findings[0].message


def test_it_lets_a_letter_request_through_when_the_kind_is_not_an_opener() -> None:
    assert early_ask(Draft(MessageKind.LETTER_REQUEST, messages.GOOD_LETTER_REQUEST)) == []


def test_it_suggests_asking_for_a_strong_letter() -> None:
    weak = messages.GOOD_LETTER_REQUEST.replace("a strong letter", "a letter")
    [finding] = [
        f
        for f in checks.check(Draft(MessageKind.LETTER_REQUEST, weak))
        if f.check is Check.NOT_STRONG
    ]
    assert finding.severity is Severity.ADVICE
    assert not [
        f
        for f in checks.check(Draft(MessageKind.LETTER_REQUEST, messages.GOOD_LETTER_REQUEST))
        if f.check is Check.NOT_STRONG
    ]
