"""Does a message say something that belongs to this one person?

The rule: a message is personal when it names something particular to them or to a moment you
shared — something that would be false, or make no sense, in a message to someone else. A field
("your research in cardiology") or praise ("I have admired your work for years", "I would love
to work with you") never does. In practice, at least one of:
- a detail we hold about them or about how you met (their institution, the conference, the topic
  of your last talk, a mentor's advice) — the `specifics` passed in;
- a particular in a clause about them: a name, an acronym, a number or a date next to "your",
  "you" (not in a request such as "could you"), "congratulations" or "thank you for" — "your
  2025 paper in JAMA", "your new role at Lincoln Medical Center", "meeting you at ACP on
  Saturday", "the STEP-HOME trial you lead";
- a piece of their work with its subject: "your paper on delirium screening", "your thread last
  month about why your unit stopped telemetry" (a subject is more than a field or praise);
- a quoted title: "…" of three words or more;
- a moment you shared, said with what it was about: "when we spoke about …", "you suggested I
  …", "during my rotation on your service".
A particular about yourself ("I trained in Lagos in 2021") or the greeting and sign-off names
never make a message about them.

No Django import; table-tested in tests/outreach/test_check_specific_to_the_person.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from matchwise.outreach import message_parts
from matchwise.outreach.vocabulary import (
    COMMON_ACRONYMS,
    DETERMINERS,
    GENERIC,
    NOT_NAMES,
    significant_words,
)

WORK = (
    r"paper|article|publication|study|trial|cohort|dataset|analysis|review|case report|case series"
    r"|abstract|poster|talk|lecture|presentation|session|keynote|workshop|webinar|podcast|episode"
    r"|interview|post|thread|blog|newsletter|video|recording|book|chapter|editorial|perspective"
    r"|commentary|piece|letter|research|work|project|lab|laboratory|group|team|clinic|program"
    r"|programme|initiative|registry|grant|guideline|protocol|service|unit|department|fellowship"
    r"|residency|track|course|curriculum|score|tool|model|app|morning report|grand rounds"
)
# What introduces the subject of a piece of work. "in" and "with" do not: "your research in
# cardiology" names a field, "your work with great interest" nothing.
LINK = (
    r"on|about|of|into|comparing|looking at|showing|exploring|examining|titled|called"
    r"|(?:(?:which|that)\s+)?(?:offers|runs|has|focuses on|is known for|published|studied|led"
    r"|built|developed|presented|described|reported|wrote|uses|tests|tracks|found|halved|cut"
    r"|reduced|showed|linking|using)"
)
# "your [up to three words] <work> [up to three words] <link> <what it is about: captured>"
THEIR_WORK = re.compile(
    rf"\byour\s+(?:[\w'’-]+\s+){{0,3}}?(?:{WORK})(?:'s|’s)?,?\s+(?:[\w'’]+\s+){{0,3}}?"
    rf"(?:{LINK})\s+((?:[\w'’-]+[ \t,]*){{1,6}})",
    re.IGNORECASE,
)
# "your [words] <work>": the words before the work may name its subject ("your delirium paper").
MARKED_WORK = re.compile(rf"\byour\s+((?:[\w'’-]+\s+){{1,3}}?)(?:{WORK})\b", re.IGNORECASE)
# Whom a clause is about. "you" counts unless it is asked something ("could you", "if you").
ABOUT_THEM = re.compile(
    r"\byours?\b|\bcongratulat\w*|\bthank(?:s|\s+you)\s+(?:again\s+)?for\b"
    r"|\bwe\s+(?:met|spoke|talked|chatted)\b|\bour\s+(?:conversation|chat|discussion|meeting|call)\b",
    re.IGNORECASE,
)
YOU = re.compile(r"\byou\b", re.IGNORECASE)
ASKED = re.compile(
    r"\b(?:could|would|can|will|might|may|do|did|are|have|if|whether|should|when|thank)\s+you\b"
    r"|\byou\s+(?:would|might|could|will|can|may)\b",
    re.IGNORECASE,
)
# A moment you shared, and what follows it (which must say what it was about).
MOMENT = re.compile(
    r"\b(?:when|since|after|where)\s+we\s+(?:met|spoke|talked|chatted)\s+(?:about|on|at|during|in"
    r"|after|regarding)\b(.*)"
    r"|\bwe\s+(?:met|spoke|talked|chatted)\s+(?:about|on|at|during|after|in)\b(.*)"
    r"|\bour\s+(?:conversation|chat|discussion|meeting|call)\s+(?:about|on|at|during|in|after"
    r"|regarding)\b(.*)"
    r"|\b(?:you|your)\s+(?:mentioned|suggested|suggestion|recommended|recommendation|advised"
    r"|advice\s+(?:on|about|to)|told\s+me|pointed\s+out|shared|described|explained|showed\s+me"
    r"|taught\s+me)\b(.*)"
    r"|\bas\s+you\s+(?:said|suggested|recommended|advised)\b(.*)"
    r"|\bwhat\s+you\s+(?:said|told\s+me|shared|mentioned|showed)\b(.*)",
    re.IGNORECASE,
)
# Moments that need nothing more: you worked beside them.
WORKED_TOGETHER = re.compile(
    r"\b(?:worked|rotated|presented|rounded|trained)\s+(?:with|alongside|under)\s+you\b"
    r"|\b(?:work(?:ed|ing)|rotat(?:ed|ing)|volunteer(?:ed|ing)|observ(?:ed|ing))\s+(?:on|in|at"
    r"|with)\s+your\s+(?:[\w'’-]+\s+){0,3}?(?:team|service|clinic|unit|ward|lab|group|project"
    r"|floor)\b"
    r"|\b(?:during|on|from|throughout)\s+my\s+(?:rotation|observership|externship|elective"
    r"|clerkship|time\s+(?:on|in|at|with)\s+your)\b",
    re.IGNORECASE,
)
# Praise that fits anyone, quoted back when a message has nothing else about them.
PRAISE = re.compile(
    r"\b(?:admired?|admiring)\s+(?:\w+\s+){0,2}?your\s+[\w-]+"
    r"|\b(?:would\s+)?love\s+to\s+(?:work|learn|train)\s+(?:with|under|from|for)\s+you\b"
    r"|\b(?:inspired|impressed)\s+by\s+your\s+[\w-]+"
    r"|\byour\s+[\w-]+\s+(?:is|are|has\s+been|have\s+been)\s+(?:truly\s+|very\s+|so\s+)?"
    r"(?:inspiring|remarkable|impressive|outstanding|amazing|admirable)"
    r"|\bfollow(?:ed|ing)?\s+your\s+(?:work|research|career)"
    r"|\byour\s+(?:esteemed|renowned|prestigious)\s+[\w-]+",
    re.IGNORECASE,
)
# Double quotes only: a single quote is far more often an apostrophe.
QUOTED_TITLE = re.compile(r"[\"“]\s*\w[\w'’]*(?:[\s,:;-]+[\w'’]+){2,}[\s.?!]*[\"”]")
TOKEN = re.compile(r"[A-Za-z0-9][\w'’-]*")
CONTRACTION = re.compile(r"['’](?:s|m|d|ve|ll|re|t)$", re.IGNORECASE)
MIN_DETAIL_LENGTH = 3
SUBJECT_WORDS = 3
MOMENT_WORDS = 8


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def names_a_detail(body: str, specifics: Iterable[str], own: Iterable[str] = ()) -> bool:
    """A detail we hold appears in the text by one of its telling words (an institution,
    or a topic such as 'her delirium screening project' → 'delirium', 'screening').
    Words of `own` (your profile) do not count: your own country in a note about the
    meeting says nothing about them."""
    text = _normal(body)
    words = significant_words(body)
    for text_of_yours in own:
        words -= significant_words(text_of_yours)
    for detail in specifics:
        telling = significant_words(detail)
        if telling & words:
            return True
        # A single short name (ACP) has no telling word of four letters; it counts when it
        # stands whole in the text. A detail of common words only tells nothing.
        short_name = _normal(detail)
        if (
            not telling
            and " " not in short_name
            and len(short_name) >= MIN_DETAIL_LENGTH
            and short_name not in GENERIC
            and re.search(rf"(?<!\w){re.escape(short_name)}(?!\w)", text)
        ):
            return True
    return False


def is_particular(token: str, *, starts_sentence: bool = False) -> bool:
    """A number (2024, R01, 30-day), an acronym (ASCO, CAR-T) or a capitalised name (Boston,
    Saturday). Words that every applicant writes capitalised (IMG, USMLE, Zoom, Internal
    Medicine) do not count, nor a capital that only starts the sentence."""
    parts = token.split("-")
    if len(parts) > 1:
        return any(is_particular(part) for part in parts if part)
    word = CONTRACTION.sub("", token)
    folded = word.casefold()
    if any(c.isdigit() for c in word):
        return True
    if len(word) < 2 or folded in COMMON_ACRONYMS or folded in NOT_NAMES or folded in GENERIC:
        return False
    if sum(c.isupper() for c in word) >= 2:
        return True
    return word[:1].isupper() and not starts_sentence


def particulars(
    text: str, names: frozenset[str] = frozenset(), *, starts_sentence: bool = True
) -> list[str]:
    """The particulars in a sentence or clause, leaving out the greeting's and the sign-off's
    names."""
    return [
        token
        for i, token in enumerate(TOKEN.findall(text))
        if CONTRACTION.sub("", token) not in names
        and is_particular(token, starts_sentence=starts_sentence and i == 0)
    ]


def about_them(clause: str) -> bool:
    return bool(ABOUT_THEM.search(clause)) or len(YOU.findall(clause)) > len(ASKED.findall(clause))


def subject_of(words: str, limit: int = SUBJECT_WORDS) -> str:
    """The head of what something is about: its first words before any punctuation, after
    articles and question words ("about why your unit stopped telemetry" → "unit stopped
    telemetry")."""
    head = re.split(r"[,;:.!?]", words.lstrip(" ,;:—–-"), maxsplit=1)[0].split()
    while head and head[0].casefold() in DETERMINERS:
        head = head[1:]
    return " ".join(head[:limit])


def says_something(words: str, names: frozenset[str], limit: int) -> bool:
    """Does this stretch of text (what follows "your paper on", "you suggested") carry a
    subject or a particular of its own?"""
    head = subject_of(words, limit)
    return bool(significant_words(head)) or bool(particulars(head, names, starts_sentence=False))


def particular_about_them(parts: message_parts.MessageParts) -> bool:
    for sentence in parts.sentences:
        for number, clause in enumerate(message_parts.clauses(sentence)):
            if about_them(clause) and particulars(clause, parts.names, starts_sentence=not number):
                return True
    return False


def their_work(text: str, names: frozenset[str]) -> bool:
    """Their work with its subject after it ("your paper on delirium") or before it ("your
    delirium paper"); a label any program wears ("your IMG-friendly program") is no subject."""
    return any(
        says_something(match.group(1), names, SUBJECT_WORDS) for match in THEIR_WORK.finditer(text)
    ) or any(
        significant_words(match.group(1).replace("-", " ")) for match in MARKED_WORK.finditer(text)
    )


def shared_moment(text: str, names: frozenset[str]) -> bool:
    if WORKED_TOGETHER.search(text):
        return True
    for sentence in message_parts.sentences(text):
        for match in MOMENT.finditer(sentence):
            rest = next(group for group in match.groups() if group is not None)
            if says_something(rest, names, MOMENT_WORDS):
                return True
    return False


def is_specific(body: str, specifics: Iterable[str] = (), own: Iterable[str] = ()) -> bool:
    parts = message_parts.split(body)
    return (
        names_a_detail(parts.text, specifics, own)
        or bool(QUOTED_TITLE.search(parts.text))
        or particular_about_them(parts)
        or their_work(parts.text, parts.names)
        or shared_moment(parts.text, parts.names)
    )


def names_anything(body: str) -> bool:
    """Does the text name anything at all beyond the greeting and sign-off: a particular
    (about anyone, you included), a quoted title, or a piece of work with its subject?"""
    parts = message_parts.split(body)
    return (
        any(particulars(sentence, parts.names) for sentence in parts.sentences)
        or bool(QUOTED_TITLE.search(parts.text))
        or their_work(parts.text, parts.names)
    )


def praise_in(body: str) -> str:
    """The first piece of praise that fits anyone ("admired your work"), or ""."""
    found = PRAISE.search(body)
    return " ".join(found.group(0).split()) if found else ""
