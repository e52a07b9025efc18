"""The parts of a message the checks read: the greeting and the sign-off (with the names in
them), and the text between, in sentences and clauses. No Django import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SIGN_OFF = re.compile(
    r"^\s*(?:(?:with\s+)?(?:best|kind|warm|many)?\s*(?:regards|wishes|thanks)|sincerely"
    r"|yours(?:\s+sincerely|\s+truly|\s+faithfully)?|best|cheers|respectfully|gratefully"
    r"|thank\s+you(?:\s+(?:again|so\s+much))?|with\s+(?:\w+\s+)?(?:thanks|gratitude))"
    r"\s*[,.!]?\s*$",
    re.IGNORECASE,
)
SIGNATURE_LINES = 5  # name, credentials, email, phone, address: what may follow a sign-off
_TITLES = r"dr|prof|professor|mr|mrs|ms|miss|mx|doctor|sir(?:\s+or\s+madam)?|madam"
_NAME_WORD = r"[A-Z][\w'’.-]*"
# "Dear Dr. Park,", "Hi,", "Dr. Mensah, …", "Respected Sir," at the very start.
GREETING = re.compile(
    rf"^\s*(?i:(?:dear|hi|hello|hey|greetings|good\s+(?:morning|afternoon|evening)|respected)"
    rf"\b[ \t]*)?(?i:(?:{_TITLES})\b\.?[ \t]*)?(?P<name>(?:{_NAME_WORD}[ \t]*){{0,3}})[,:!\n]"
)
_SIGN_WORDS = (
    r"(?:(?:with\s+)?(?:best|kind|warm|many)?\s*(?:regards|wishes|thanks)|sincerely|best|cheers"
    r"|thank\s+you|thanks)"
)
# "… connect. Ravi", "Best, Daniela", "Thank you! Karim", "– Sana" at the very end.
CLOSING_NAME = re.compile(
    rf"(?:(?<=[.!?])\s+|[-–—]\s*|\b(?i:{_SIGN_WORDS})\s*[,.!]?\s+)"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})\s*[.!]?\s*$"
)
SENTENCE_END = re.compile(
    r"(?<=[.?!])(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bProf\.)(?<!\bSt\.)"
    r"(?<!\be\.g\.)(?<!\bi\.e\.)\s+|\n\s*\n"
)
# Within a sentence: punctuation, dashes and the words that join two statements set clauses
# apart ("I trained in Lagos | and admire your research").
CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]]|\s[-–—]\s|[–—]|\s(?:and|but|so|because|although|though|while|whereas)\s",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MessageParts:
    """The text between greeting and sign-off, and the names found in those two."""

    text: str
    names: frozenset[str]

    @property
    def sentences(self) -> list[str]:
        return sentences(self.text)


def sentences(text: str) -> list[str]:
    return [" ".join(part.split()) for part in SENTENCE_END.split(text) if part.strip()]


def clauses(sentence: str) -> list[str]:
    return [part.strip() for part in CLAUSE_BREAK.split(sentence) if part.strip()]


def signature_start(lines: list[str]) -> int:
    """Index of the sign-off line ("Kind regards,") among non-blank `lines`, or len(lines): the
    last such line with at most SIGNATURE_LINES under it (an early "Thank you!" is text)."""
    for i in range(len(lines) - 1, max(-1, len(lines) - SIGNATURE_LINES - 2), -1):
        if SIGN_OFF.match(lines[i]):
            return i
    return len(lines)


def split(body: str) -> MessageParts:
    """Take the greeting off the start and the sign-off and signature off the end."""
    names: set[str] = set()
    text = body.strip()
    if greeting := GREETING.match(text):
        names |= set(greeting.group("name").split())
        text = text[greeting.end() :]
    lines = text.splitlines()
    filled = [i for i, line in enumerate(lines) if line.strip()]
    cut = signature_start([lines[i] for i in filled])
    if cut < len(filled):
        names |= set(" ".join(lines[i] for i in filled[cut + 1 : cut + 2]).split())
        text = "\n".join(lines[: filled[cut]])
    if closing := CLOSING_NAME.search(text):
        names |= set(closing.group("name").split())
        text = text[: closing.start()]
    return MessageParts(text, frozenset(name.strip(",.!") for name in names))
