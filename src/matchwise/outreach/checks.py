"""Personalisation checks on a message, before it is sent. No Django import.

Each finding names the problem and what to change. A *blocking* finding is one the message
should not go out with (the CLI exits non-zero); *advice* is worth a look but may stand.
See docs/playbook.md for how each check judges.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from matchwise.outreach import placeholders, specifics
from matchwise.outreach.duplicates import SentText, nearest
from matchwise.outreach.kinds import MessageKind

WRAP_AT = 80  # an email line as a mail client shows it
SIGN_OFF = re.compile(
    r"^\s*(?:(?:with\s+)?(?:best|kind|warm|many)?\s*(?:regards|wishes|thanks)|sincerely"
    r"|yours(?:\s+sincerely|\s+truly)?|best|cheers|respectfully|gratefully|thank\s+you"
    r"(?:\s+(?:again|so\s+much))?)\s*[,.!]?\s*$",
    re.IGNORECASE,
)

ASKS: dict[str, re.Pattern[str]] = {
    "a letter of recommendation": re.compile(
        r"\b(?:letters?\s+of\s+(?:recommendation|reference|support)|recommendation\s+letters?"
        r"|reference\s+letters?|LORs?|write\s+(?:me\s+)?an?\s+(?:\w+\s+)?letter"
        r"|letter\s+(?:on\s+my\s+behalf|for\s+me))\b",
        re.IGNORECASE,
    ),
    "a residency position": re.compile(
        r"\b(?:(?:residency|PGY-?1|prelim(?:inary)?|categorical)\s+(?:position|spot|slot|place)s?"
        # "an observership place in your program" is what an observership request is for
        r"|(?<!observership )(?<!externship )(?<!research )(?<!elective )(?<!volunteer )"
        r"(?:position|spot|slot|place)\s+(?:in|at)\s+your\s+(?:residency|program|programme)"
        r"|invite\s+me\s+(?:to|for)\s+(?:an?\s+)?interview"
        r"|consider(?:ing)?\s+me\s+for\s+(?:an?\s+)?(?:interview|position|spot|residency)"
        r"|(?:offer|give)\s+me\s+a\s+(?:position|spot|place)"
        r"|(?:accept|admit)\s+me\s+(?:in|into|to)\s+your\s+(?:residency|program|programme)"
        r"|rank\s+me)\b",
        re.IGNORECASE,
    ),
    "help getting in": re.compile(
        r"\b(?:help(?:ing)?\s+(?:me\s+)?(?:to\s+)?get(?:ting)?\s+(?:in|into|accepted|matched)\b"
        r"|get\s+me\s+(?:in|into)\b|help\s+me\s+(?:to\s+)?match\b"
        r"|put(?:ting)?\s+in\s+a\s+good\s+word|pull(?:ing)?\s+(?:a\s+few\s+|some\s+)?strings"
        r"|recommend\s+me\s+to\s+(?:your|the)\s+program)",
        re.IGNORECASE,
    ),
}
STRONG = re.compile(r"\bstrong\b", re.IGNORECASE)


class Check(StrEnum):
    LEFT_OPEN = "left_open"
    NOT_SPECIFIC = "not_specific"
    TOO_LONG = "too_long"
    EARLY_ASK = "early_ask"
    NEAR_DUPLICATE = "near_duplicate"
    NOT_STRONG = "not_strong"


class Severity(StrEnum):
    BLOCKING = "blocking"
    ADVICE = "advice"


@dataclass(frozen=True)
class Finding:
    check: Check
    severity: Severity
    message: str

    @property
    def blocking(self) -> bool:
        return self.severity is Severity.BLOCKING

    def as_json(self) -> dict[str, str]:
        return {"check": self.check, "severity": self.severity, "message": self.message}


@dataclass(frozen=True)
class Draft:
    kind: MessageKind
    body: str
    subject: str = ""
    # Details we hold about the person or how you met, for the "specific" check.
    specifics: Sequence[str] = ()
    # What you say about yourself (your profile), which never makes a message personal.
    own: Sequence[str] = ()
    # How many interactions are logged with them; None when unknown (a file on the command
    # line), and then the kind decides whether this opens the contact.
    touches: int | None = None
    sent: Sequence[SentText] = field(default=())


EARLY_TOUCHES = 3  # fewer logged exchanges than this, and asking for a letter is too early


def check(draft: Draft) -> list[Finding]:
    """Every finding on the draft, blocking ones first."""
    findings = [
        *left_open(draft),
        *not_specific(draft),
        *too_long(draft),
        *early_ask(draft),
        *near_duplicate(draft),
        *not_strong(draft),
    ]
    return sorted(findings, key=lambda f: f.severity is not Severity.BLOCKING)


def left_open(draft: Draft) -> list[Finding]:
    gaps = placeholders.left_open(f"{draft.subject}\n{draft.body}")
    if not gaps:
        return []
    listed = ", ".join(gaps[:5]) + (" …" if len(gaps) > 5 else "")
    return [
        Finding(
            Check.LEFT_OPEN,
            Severity.BLOCKING,
            f"Still blank: {listed}. Write these in, or fill the missing details on the "
            "contact or in your profile.",
        )
    ]


def not_specific(draft: Draft) -> list[Finding]:
    if specifics.is_specific(draft.body, draft.specifics, draft.own):
        return []
    return [
        Finding(
            Check.NOT_SPECIFIC,
            Severity.BLOCKING,
            "Nothing here is about them: it could go to anyone. Name something of theirs — "
            "a paper or talk and what struck you in it, their program, or where you met and "
            "what you discussed — so they see why you wrote to them.",
        )
    ]


def counted_lines(body: str) -> int:
    """Lines as a mail client shows them, from the greeting to the sign-off: long lines wrap
    at 80 characters; blank lines and the signature under the sign-off do not count."""
    count = 0
    for line in body.strip().splitlines():
        if not line.strip():
            continue
        count += len(textwrap.wrap(line, WRAP_AT)) or 1
        if SIGN_OFF.match(line):
            break
    return count


def too_long(draft: Draft) -> list[Finding]:
    rules = draft.kind.rules
    if rules.max_characters is not None and len(draft.body.strip()) > rules.max_characters:
        over = len(draft.body.strip()) - rules.max_characters
        return [
            Finding(
                Check.TOO_LONG,
                Severity.BLOCKING,
                f"{len(draft.body.strip())} characters: a {rules.label.lower()} holds at most "
                f"{rules.max_characters}. Cut {over} — keep who you are, the detail about "
                "them, and why you want to connect.",
            )
        ]
    if rules.max_lines is not None and (lines := counted_lines(draft.body)) > rules.max_lines:
        return [
            Finding(
                Check.TOO_LONG,
                Severity.BLOCKING,
                f"About {lines} lines: keep a {rules.label.lower()} to {rules.max_lines} or "
                "fewer. Say who you are in one sentence, why them in one or two, and what "
                "you ask in one; your CV can carry the rest.",
            )
        ]
    return []


def is_early(draft: Draft) -> bool:
    if draft.touches is None:
        return draft.kind.rules.opens_contact
    return draft.touches < EARLY_TOUCHES


def early_ask(draft: Draft) -> list[Finding]:
    if not is_early(draft):
        return []
    asked = [what for what, pattern in ASKS.items() if pattern.search(draft.body)]
    if not asked:
        return []
    if draft.touches is None:
        why = f"a {draft.kind.label.lower()} usually opens the conversation"
    else:
        why = f"you have {draft.touches} exchange{'s' if draft.touches != 1 else ''} logged"
    return [
        Finding(
            Check.EARLY_ASK,
            Severity.BLOCKING,
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
    severity = Severity.ADVICE if draft.kind is MessageKind.UPDATE else Severity.BLOCKING
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


def has_blocking(findings: Sequence[Finding]) -> bool:
    return any(f.blocking for f in findings)
