"""Free text from files to the tracker's vocabularies: roles, how you met, channels, titles.

Each reader returns a `Term`: the enum value and whether the text was an exact synonym. When it
was only a guess (a word inside a longer phrase) or not recognised at all, the importers keep the
original text too, so that nothing the user wrote is lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from matchwise.network.choices import (
    CHANNEL_LABELS,
    ROLE_LABELS,
    SOURCE_LABELS,
    Channel,
    Role,
    Source,
)


@dataclass(frozen=True)
class Term:
    value: str  # the enum value; '' for blank text
    exact: bool


@dataclass(frozen=True)
class Words:
    value: StrEnum
    synonyms: frozenset[str]
    pattern: re.Pattern[str] | None


def normalise(text: str) -> str:
    """Lower case, punctuation to spaces, one space between words: 'E-Mail ' → 'e mail'."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


def _words(value: StrEnum, synonyms: Iterable[str], pattern: str | None) -> Words:
    return Words(
        value,
        frozenset(normalise(s) for s in synonyms),
        re.compile(pattern) if pattern else None,
    )


# Order matters where phrases overlap: associate PD before PD, chief resident before resident,
# resident before attending ("resident physician").
ROLE_WORDS = (
    _words(
        Role.ASSOCIATE_PD,
        ["associate program director", "assistant program director", "apd", "associate pd"],
        r"\b(associate|assistant|assoc) (program|residency) director\b|\bapd\b",
    ),
    _words(
        Role.PROGRAM_DIRECTOR,
        ["program director", "pd", "residency director", "residency program director"],
        r"\bprogram director\b|\bpd\b|\b(residency|fellowship) (program )?director\b",
    ),
    _words(Role.CHIEF_RESIDENT, ["chief resident", "chief"], r"\bchief resident\b"),
    _words(
        Role.COORDINATOR,
        ["coordinator", "program coordinator", "residency coordinator", "pc"],
        r"\b(program|residency|fellowship|gme) coordinator\b",
    ),
    _words(Role.FELLOW, ["fellow", "clinical fellow"], r"\bfellow\b"),
    _words(
        Role.RESIDENT,
        ["resident", "resident physician", "intern", "pgy", "house officer"],
        r"\bresident\b|\bintern\b|\bpgy ?\d?\b|\bhouse officer\b",
    ),
    _words(
        Role.ATTENDING,
        ["attending", "attending physician", "consultant", "staff physician", "hospitalist"],
        r"\battending\b|\bconsultant\b|\bhospitalist\b|\bphysician\b",
    ),
    _words(
        Role.FACULTY,
        ["faculty", "researcher", "research", "professor", "pi", "principal investigator"],
        r"\bfaculty\b|\bprofessor\b|\bresearch(er)?\b|\bscientist\b|\blecturer\b|\bpostdoc",
    ),
    _words(
        Role.IMG_PEER,
        ["img", "peer", "img peer", "applicant", "fellow img"],
        r"\bimgs?\b|\bpeer\b|\bapplicant\b|\bmedical graduate\b",
    ),
    _words(Role.ALUMNI, ["alumni", "alumnus", "alumna", "alum"], r"\balumn|\balum\b"),
    _words(Role.OTHER, ["other"], None),
)

SOURCE_WORDS = (
    _words(
        Source.INTRODUCED,
        ["introduced", "introduction", "intro", "referral", "referred"],
        r"\bintroduc|\breferr|\bintro\b",
    ),
    _words(
        Source.USCE,
        ["usce", "rotation", "clinical rotation", "observership", "externship", "clerkship"],
        r"\busce\b|\brotation|\bobserver|\bextern|\bclerkship|\belective|\bclinical experience",
    ),
    _words(
        Source.CONFERENCE,
        ["conference", "congress", "symposium", "meeting"],
        r"\bconference|\bcongress|\bsymposium|\bannual meeting|\bposter|\bsummit|\bconvention",
    ),
    _words(Source.LINKEDIN, ["linkedin", "linked in"], r"\blinked ?in\b"),
    _words(Source.COLD_EMAIL, ["cold email", "email", "cold"], r"\bcold\b|\be ?mail"),
    _words(Source.ALUMNI, ["alumni", "alumnus", "alumna", "alum"], r"\balumn|\balma mater\b"),
    _words(
        Source.CLASSMATE,
        ["classmate", "batchmate", "class mate", "batch mate"],
        r"\b(class|batch) ?mates?\b",
    ),
    _words(
        Source.ONLINE_COMMUNITY,
        ["online", "online community", "forum", "group chat", "webinar"],
        r"\bonline\b|\bforum|\breddit\b|\bwhatsapp\b|\btelegram\b|\bfacebook\b|\bdiscord\b"
        r"|\bslack\b|\bwebinar|\bcommunity\b|\bcourse\b",
    ),
    _words(Source.OTHER, ["other"], None),
)

CHANNEL_WORDS = (
    _words(Channel.CONFERENCE, ["conference", "at a conference"], r"\bconference\b"),
    _words(
        Channel.IN_PERSON,
        ["in person", "face to face", "met", "rotation"],
        r"\bin person\b|\bface to face\b",
    ),
    _words(Channel.EMAIL, ["email", "e mail", "mail"], r"\be ?mail\b"),
    _words(Channel.LINKEDIN, ["linkedin", "linked in"], r"\blinked ?in\b"),
    _words(Channel.VIDEO, ["video", "video call", "zoom", "teams", "skype"], r"\bvideo\b|\bzoom\b"),
    _words(Channel.CALL, ["call", "phone", "phone call", "telephone"], r"\bcall\b|\bphone\b"),
)

HONORIFICS = frozenset({"dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx"})


def _with_labels(
    table: tuple[Words, ...], labels: dict[Role, str] | dict[Source, str] | dict[Channel, str]
) -> tuple[Words, ...]:
    """The table with each value's own label and stored value accepted as exact synonyms."""
    extra: dict[str, set[str]] = {}
    for value, label in labels.items():
        extra[str(value)] = {normalise(label), normalise(str(value))}
    return tuple(
        Words(w.value, w.synonyms | extra.get(str(w.value), set()), w.pattern) for w in table
    )


ROLES = _with_labels(ROLE_WORDS, ROLE_LABELS)
SOURCES = _with_labels(SOURCE_WORDS, SOURCE_LABELS)
CHANNELS = _with_labels(CHANNEL_WORDS, CHANNEL_LABELS)


def _read(table: tuple[Words, ...], text: str, unknown: str) -> Term:
    words = normalise(text)
    if not words:
        return Term("", exact=True)
    for entry in table:
        if words in entry.synonyms:
            return Term(str(entry.value), exact=True)
    for entry in table:
        if entry.pattern is not None and entry.pattern.search(words):
            return Term(str(entry.value), exact=False)
    return Term(unknown, exact=False)


def read_role(text: str) -> Term:
    """'PD' → program director (exact); 'PGY-2 internal medicine' → resident (a guess)."""
    return _read(ROLES, text, str(Role.OTHER))


def read_source(text: str) -> Term:
    """'USCE' → usce (exact); 'rotation at Riverside, Jan' → usce (a guess); unknown → other."""
    return _read(SOURCES, text, str(Source.OTHER))


def read_channel(text: str) -> Term:
    """A channel, or '' when the text names none (the commit then says it was not recorded)."""
    return _read(CHANNELS, text, "")


def split_honorific(name: str) -> tuple[str, str]:
    """('Dr.', 'Amara Okafor') from 'Dr. Amara Okafor'; ('', name) when there is no title."""
    parts = name.split()
    if len(parts) > 1 and normalise(parts[0]) in HONORIFICS:
        return parts[0], " ".join(parts[1:])
    return "", " ".join(parts)


def split_tags(values: Iterable[str]) -> list[str]:
    """Tags from cells or vCard categories: split on , ; |, trimmed, first spelling wins."""
    tags: dict[str, str] = {}
    for value in values:
        for piece in re.split(r"[,;|\n]", value):
            tag = " ".join(piece.split())
            if tag and tag.lower() not in tags:
                tags[tag.lower()] = tag
    return list(tags.values())
