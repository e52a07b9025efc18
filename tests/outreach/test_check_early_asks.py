"""Asking for a letter, a position or help getting in, in a first or early message."""

from __future__ import annotations

import pytest

from matchwise.outreach import checks, placeholders
from matchwise.outreach import library as shipped
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
        (
            "Could you support my application with a recommendation this autumn?",
            "a letter of recommendation",
        ),
        (
            "I wondered whether you would write a recommendation for me before September.",
            "a letter of recommendation",
        ),
        ("I would be honoured if you were one of my letter writers.", "a letter of recommendation"),
        (
            "Would you be willing to serve as a reference for my ERAS application?",
            "a letter of recommendation",
        ),
        (
            "It would mean a lot if you could vouch for me with the selection committee.",
            "help getting in",
        ),
        (
            "I hope this helps me secure an interview at Lakeside this season.",
            "a residency position",
        ),
        ("I would love to join your residency program next July.", "a residency position"),
        (
            "Please let me know if I could join your residents as a categorical intern.",
            "a residency position",
        ),
    ],
)
def test_it_flags_early_asks_with_the_reason(ask: str, what: str) -> None:
    [finding] = early_ask(Draft(MessageKind.COLD_EMAIL, SPECIFIC_OPENING + ask))
    assert finding.severity is Severity.BLOCK
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


@pytest.mark.parametrize(
    "sentence",
    [
        # Letters or residency as the subject of their work, or of your question: not an ask.
        "I read your survey paper on letters of recommendation for IMGs and found the section on "
        "specialty-specific letters useful.",
        "Would you be open to a short call about your survey on recommendation letters?",
        "Could I ask how you think about reference letters when you review applications?",
        # Help with research, not with getting into a program.
        "Could you help me get into research? I have two years of registry experience.",
        "I would be grateful if you could help me get in touch with the trial coordinator.",
        # Telling them about yourself is not asking them.
        "Last year I wrote a case report and a review, and I interviewed patients for a registry.",
        "My residency applications go in this September, so I am building research experience.",
        "I would like to join your research group on a volunteer basis.",
    ],
)
def test_it_does_not_mistake_talk_about_letters_or_residency_for_an_ask(sentence: str) -> None:
    assert early_ask(Draft(MessageKind.COLD_EMAIL, SPECIFIC_OPENING + sentence)) == []


FILLED = {name: "Example" for name in placeholders.KNOWN} | {
    "contact.salutation": "Dr. Novak",
    "contact.institution": "Lakeside General Hospital",
    "me.specialty": "internal medicine",
    "me.identity": "I am a physician from Ghana finishing a research year in Boston.",
    "meeting.topic": "discharge planning for frail patients",
    "conference.name": "ACP 2026",
    "advice.suggestion": "presenting the falls audit",
    "advice.action": "the poster was accepted",
}


def test_it_flags_exactly_the_shipped_templates_that_ask_for_a_letter_or_a_position() -> None:
    # The SOAP note asks for a good word: meant for someone who knows your work, not a stranger.
    asking = {"letter-request", "soap-a-word"}
    for template in shipped.LIBRARY:
        body = placeholders.render(template["body"], FILLED)
        first_contact = Draft(MessageKind(template["kind"]), body, exchanges=0)
        assert bool(early_ask(first_contact)) is (template["slug"] in asking), template["slug"]
        # Sent as a cold email, with no history known, the letter request is flagged too.
        cold = Draft(MessageKind.COLD_EMAIL, body)
        assert bool(early_ask(cold)) is (template["slug"] in asking), template["slug"]


@pytest.mark.parametrize(("touches", "flagged"), [(0, True), (2, True), (3, False), (12, False)])
def test_it_judges_from_the_logged_history_when_known(touches: int, flagged: bool) -> None:
    draft = Draft(MessageKind.LETTER_REQUEST, messages.GOOD_LETTER_REQUEST, exchanges=touches)
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
