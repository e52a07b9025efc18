"""Personalisation checks on a message, before it is sent. No Django import.

Each finding names its rule, the problem and what to change (see findings.py for what `block`
and `advice` mean). See docs/playbook.md for how each check judges.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field

from matchwise.outreach import placeholders, specifics
from matchwise.outreach.duplicates import SentText, nearest
from matchwise.outreach.findings import Check, Finding, Place, Severity, has_blocking
from matchwise.outreach.kinds import MessageKind
from matchwise.outreach.message_parts import SIGN_OFF, SIGNATURE_LINES, sentences
from matchwise.outreach.readiness import MIN_EXCHANGES

WRAP_AT = 80  # an email line as a mail client shows it
POSTSCRIPT = re.compile(r"^\s*P\.?\s?(?:P\.?\s?)?S\b", re.IGNORECASE)

# What an early message must not ask for. Each pattern names the thing asked for; whether the
# sentence actually asks for it is decided by `REQUEST` and `ON_A_TOPIC` below.
ASKS: dict[str, re.Pattern[str]] = {
    "a letter of recommendation": re.compile(
        r"\b(?:letters?\s+of\s+(?:recommendation|reference|support)|recommendation\s+letters?"
        r"|reference\s+letters?|LORs?"
        r"|write\s+(?:me\s+)?(?:an?\s+|one\s+)?(?:\w+\s+)?(?:letter|recommendation|reference)"
        r"|letter\s+(?:on\s+my\s+behalf|for\s+me)"
        r"|support\s+my\s+(?:application|candidacy)\s+with\s+(?:an?\s+|your\s+)?(?:\w+\s+)?"
        r"(?:letter|recommendation|reference)"
        r"|(?:letter|reference|recommendation)\s+writers?"
        r"|(?:serve|act)\s+as\s+(?:an?|my|one\s+of\s+my)\s+(?:\w+\s+)?(?:reference|referee)"
        r"|be\s+(?:an?|my)\s+(?:\w+\s+)?(?:reference|referee|recommender))\b",
        re.IGNORECASE,
    ),
    "a residency position": re.compile(
        r"\b(?:(?:residency|PGY-?1|prelim(?:inary)?|categorical)\s+(?:position|spot|slot|place)s?"
        # "an observership place in your program" is what an observership request is for
        r"|(?<!observership )(?<!externship )(?<!research )(?<!elective )(?<!volunteer )"
        r"(?:position|spot|slot|place)\s+(?:in|at)\s+your\s+(?:residency|program|programme)"
        r"|(?:invite|interview)\s+me\b"
        r"|(?:secure|get|land|obtain)\s+(?:an?\s+)?(?:residency\s+)?interview"
        r"|consider(?:ing)?\s+me\s+for\s+(?:an?\s+)?(?:interview|position|spot|residency)"
        r"|(?:offer|give)\s+me\s+a\s+(?:position|spot|place)"
        r"|(?:accept|admit)\s+me\s+(?:in|into|to)\s+your\s+(?:residency|program|programme)"
        r"|join\s+your\s+(?:residency|residents|program|programme|intern\s+class)"
        r"|rank\s+me)\b",
        re.IGNORECASE,
    ),
    "help getting in": re.compile(
        r"\b(?:(?:help(?:ing)?\s+(?:me\s+)?(?:to\s+)?|me\s+)get(?:ting)?\s+"
        r"(?:in\b(?!\s+touch)|into\s+(?:an?\s+|your\s+|the\s+|this\s+)?(?:residency|program"
        r"|programme|match)|accepted|matched)"
        r"|get\s+me\s+(?:in|into)\b(?!\s+touch)|help\s+me\s+(?:to\s+)?match\b"
        r"|put(?:ting)?\s+in\s+a\s+good\s+word|pull(?:ing)?\s+(?:a\s+few\s+|some\s+)?strings"
        r"|vouch(?:ing)?\s+for\s+me|recommend\s+me\s+to\s+(?:your|the)\s+program)",
        re.IGNORECASE,
    ),
}
# A sentence asks when it is put to the reader ("could you", "if you", "whether you", "please",
# a question) or is a request in the first person ("I would like", "I hope to", "may I").
REQUEST = re.compile(
    r"\b(?:could|would|can|will|might|may)\s+you\b|\b(?:if|whether)\s+you\b|\bplease\b"
    r"|\bkindly\b|\byou\s+(?:might\s+|would\s+|will\s+)?(?:be\s+)?(?:willing|able|open)\b"
    r"|\b(?:may|could|can|might)\s+I\b"
    r"|\bI(?:['’](?:d|m))?(?:\s+[\w'’]+){0,3}?\s+(?:like|love|hope|hoping|wish|want|need|seek"
    r"|seeking|aim|aiming|keen|eager|ask|asking|request|requesting|wonder|wondered|wondering"
    r"|appreciate|grateful|honou?red)\b",
    re.IGNORECASE,
)
# "your paper on letters of recommendation": the thing is the subject talked about, not asked for.
ON_A_TOPIC = re.compile(
    r"\b(?:on|about|regarding|concerning|into|of)\s+(?:the\s+)?(?:(?!my\b|me\b)\w+\s+)?$",
    re.IGNORECASE,
)
STRONG = re.compile(r"\bstrong\b", re.IGNORECASE)
# A letter of intent: the program is the writer's first choice, or will be ranked first.
INTENT = re.compile(
    r"\b(?:my|our)\s+(?:very\s+)?(?:first|top|number[\s-]one|#1)\s+choice\b"
    r"|\b(?:will|intend\s+to|plan\s+to)\s+rank\s+(?:your|this|the)\s+program(?:me)?\s+"
    r"(?:first|#1|number[\s-]one|at\s+the\s+top)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Draft:
    kind: MessageKind
    body: str
    subject: str = ""
    # Details we hold about the person or how you met, for the "specific" check.
    specifics: Sequence[str] = ()
    # What you say about yourself (your profile), which never makes a message personal.
    own: Sequence[str] = ()
    # How many exchanges are logged with them (relationship.exchange); None when unknown (a file
    # on the command line), and then the kind decides whether this opens the contact.
    exchanges: int | None = None
    sent: Sequence[SentText] = field(default=())
    # Institutions that were already sent a letter of intent (other than this person's).
    intent_elsewhere: Sequence[str] = ()


__all__ = ["Check", "Draft", "Finding", "Severity", "check", "has_blocking"]

# Where each group of placeholders is filled in once for every message, and what goes there.
FILL_IN: dict[str, tuple[Place, str]] = {
    "me": (Place.PITCH, "your details in Your pitch"),
    "contact": (Place.CONTACT, "their details on their contact page"),
    "conference": (Place.CONFERENCES, "the conference under Conferences, with them marked as met"),
    "meeting": (Place.CONTACT, "a touch logged on their contact page"),
    "advice": (Place.MENTORS, "the advice log on Mentors"),
}


def check(draft: Draft) -> list[Finding]:
    """Every finding on the draft, blocking ones first."""
    findings = [
        *left_open(draft),
        *not_specific(draft),
        *too_long(draft),
        *early_ask(draft),
        *near_duplicate(draft),
        *not_strong(draft),
        *second_intent(draft),
    ]
    return sorted(findings, key=lambda f: not f.blocking)


def left_open(draft: Draft) -> list[Finding]:
    gaps = placeholders.left_open(f"{draft.subject}\n{draft.body}")
    if not gaps:
        return []
    listed = ", ".join(gaps[:5]) + (" …" if len(gaps) > 5 else "")
    groups = placeholders.groups(gaps)
    where = [FILL_IN[group] for group in groups if group in FILL_IN]
    text = f"Still blank: {listed}. Write these in yourself"
    if where:
        text += ", or fill in " + "; ".join(hint for _, hint in where)
        text += " so that every message has them"
    return [
        Finding(
            Check.LEFT_OPEN,
            Severity.BLOCK,
            text + ".",
            tuple(dict.fromkeys(place for place, _ in where)),
        )
    ]


def not_specific(draft: Draft) -> list[Finding]:
    """Advice when the message could go to anyone; it blocks only while blanks remain or when
    the message names nothing at all beyond the greeting."""
    if specifics.is_specific(draft.body, draft.specifics, draft.own):
        return []
    what_to_add = (
        "a paper or talk and what struck you in it, their program, or where you met and what "
        "you discussed"
    )
    if placeholders.left_open(f"{draft.subject}\n{draft.body}") or not specifics.names_anything(
        draft.body
    ):
        return [
            Finding(
                Check.NOT_SPECIFIC,
                Severity.BLOCK,
                f"Nothing here is about them: it could go to anyone. Name something of theirs "
                f"— {what_to_add} — so they see why you wrote to them.",
            )
        ]
    praise = specifics.praise_in(draft.body)
    quoted = f" Praise such as “{praise}” fits anyone." if praise else ""
    return [
        Finding(
            Check.NOT_SPECIFIC,
            Severity.ADVICE,
            f"This could go to anyone: nothing in it belongs to them alone.{quoted} A line on "
            f"something of theirs — {what_to_add} — shows why you wrote to them.",
        )
    ]


def counted_lines(body: str) -> int:
    """Lines as a mail client shows them, from the greeting to the sign-off: long lines wrap
    at 80 characters; blank lines do not count, nor the signature under the sign-off. A
    sign-off is one only near the end (a "Thank you!" early in the body is part of it), and a
    P.S. after the signature counts."""
    lines = [line for line in body.strip().splitlines() if line.strip()]
    ps_at = next((i for i, line in enumerate(lines) if POSTSCRIPT.match(line)), len(lines))
    end = next(
        (
            i + 1
            for i, line in enumerate(lines[:ps_at])
            if SIGN_OFF.match(line) and ps_at - (i + 1) <= SIGNATURE_LINES
        ),
        ps_at,
    )
    return sum(len(textwrap.wrap(line, WRAP_AT)) or 1 for line in lines[:end] + lines[ps_at:])


def in_sentence(label: str) -> str:
    """A kind's label inside a sentence: 'cold email', but 'LinkedIn connection note'."""
    first = label.split(" ", 1)[0]
    return label if any(c.isupper() for c in first[1:]) else label[:1].lower() + label[1:]


def with_article(label: str) -> str:
    text = in_sentence(label)
    return f"{'an' if text[:1].lower() in 'aeiou' else 'a'} {text}"


def too_long(draft: Draft) -> list[Finding]:
    rules = draft.kind.rules
    if rules.max_characters is not None and len(draft.body.strip()) > rules.max_characters:
        over = len(draft.body.strip()) - rules.max_characters
        return [
            Finding(
                Check.TOO_LONG,
                Severity.BLOCK,
                f"{len(draft.body.strip())} characters: {with_article(rules.label)} holds at most "
                f"{rules.max_characters}. Cut {over} — keep who you are, the detail about "
                "them, and why you want to connect.",
            )
        ]
    if rules.max_lines is not None and (lines := counted_lines(draft.body)) > rules.max_lines:
        return [
            Finding(
                Check.TOO_LONG,
                Severity.BLOCK,
                f"About {lines} lines: keep {with_article(rules.label)} to {rules.max_lines} or "
                "fewer. Say who you are in one sentence, why them in one or two, and what "
                "you ask in one; your CV can carry the rest.",
            )
        ]
    return []


def is_early(draft: Draft) -> bool:
    if draft.exchanges is None:
        return draft.kind.rules.opens_contact
    return draft.exchanges < MIN_EXCHANGES  # fewer, and asking for a letter is too early


def asks_in(body: str) -> list[str]:
    """What the text asks for, of the `ASKS`, in their order. A mention counts only in a
    sentence that asks (see `REQUEST`, or a question) and not as the subject of something
    ("your survey on letters of recommendation")."""
    asked: set[str] = set()
    for sentence in sentences(body):
        if not (sentence.endswith("?") or REQUEST.search(sentence)):
            continue
        for what, pattern in ASKS.items():
            if any(
                not ON_A_TOPIC.search(sentence[: match.start()])
                for match in pattern.finditer(sentence)
            ):
                asked.add(what)
    return [what for what in ASKS if what in asked]


def early_ask(draft: Draft) -> list[Finding]:
    if not is_early(draft):
        return []
    asked = asks_in(draft.body)
    if not asked:
        return []
    if draft.exchanges is None:
        why = f"{with_article(draft.kind.label)} usually opens the conversation"
    else:
        why = f"you have {draft.exchanges} exchange{'s' if draft.exchanges != 1 else ''} logged"
    return [
        Finding(
            Check.EARLY_ASK,
            Severity.BLOCK,
            f"Asks for {' and '.join(asked)} too early ({why}). Ask for their advice or offer "
            "to help with their work instead; a letter or a good word comes after they have "
            "seen what you can do.",
        )
    ]


def near_duplicate(draft: Draft) -> list[Finding]:
    match = nearest(draft.body, draft.sent)
    if match is None:
        return []
    # Match news goes to everyone who helped; alike is expected there, so it is only advice.
    severity = Severity.ADVICE if draft.kind is MessageKind.UPDATE else Severity.BLOCK
    return [
        Finding(
            Check.NEAR_DUPLICATE,
            severity,
            f"{match.similarity}% the same as the message you sent to {match.recipient}. "
            "Messages that differ only by name read as mass mail; rewrite the part about "
            "them and why you are writing to them in particular.",
        )
    ]


def not_strong(draft: Draft) -> list[Finding]:
    if draft.kind is not MessageKind.LETTER_REQUEST or STRONG.search(draft.body):
        return []
    return [
        Finding(
            Check.NOT_STRONG,
            Severity.ADVICE,
            "Ask whether they could write a strong letter. The word gives them an easy way "
            "to decline if they cannot, which protects you from a lukewarm one.",
        )
    ]


def is_letter_of_intent(body: str) -> bool:
    return INTENT.search(body) is not None


def second_intent(draft: Draft) -> list[Finding]:
    """A letter of intent goes to one program only: telling two that each is your first
    choice cannot be true of both, and programs talk to each other."""
    if not draft.intent_elsewhere or not is_letter_of_intent(draft.body):
        return []
    where = ", ".join(sorted(set(draft.intent_elsewhere)))
    return [
        Finding(
            Check.SECOND_INTENT,
            Severity.BLOCK,
            f"You already told {where} that it is your first choice. Send a letter of intent "
            "to one program only; to the others, send an update letter that says what draws "
            "you to them without ranking them first.",
        )
    ]
