"""Placeholders in message templates: `{contact.last_name}`, `{me.name}`, `{conference.name}`.

Filling is plain string substitution, never template execution: whatever a user types into a
template or a contact stays text. A placeholder with no value (unknown, or the field is empty)
is left as written, so that the checks point at it instead of the message going out with a gap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

PLACEHOLDER = re.compile(r"\{([a-z]+\.[a-z_]+)\}")
# What a blank is called inside a sample's brackets: "(Name)", "(Program Name)", "(Your Title)".
_BLANK_NOUNS = (
    r"Name|Title|Topic|Subject|Date|Day|Specialty|Field|Country|City|Institution|Hospital"
    r"|University|School|Program|Programme|Conference|Meeting|Paper|Article|Position|Role"
    r"|Details?|Email|Phone"
)
# Anything that still looks like a blank once filled: `{…}` of ours; a `[Name]` or `<Last Name>`
# gap pasted from a sample found elsewhere (a link's `[text](url)`, `<https://…>` or an address
# in angle brackets is not a gap); `(Name)`-style words in Title Case; `XXX`; `____`.
LEFT_OPEN = re.compile(
    r"\{[^{}\n]{1,60}\}"
    r"|\[(?=[A-Za-z])[^\[\]\n]{1,200}\](?!\()"
    r"|<(?=[A-Za-z])(?![^<>\n]*(?:@|://))[^<>\n]{1,60}>"
    rf"|\((?:[A-Z][a-z]+\s+){{0,2}}(?:{_BLANK_NOUNS})\)"
    r"|(?<![A-Za-z0-9])X{3,}(?![A-Za-z0-9])"
    r"|_{3,}"
)

FIELDS: dict[str, dict[str, str]] = {
    "contact": {
        "name": "Their name with title, e.g. Dr. Lena Park",
        "salutation": "How to greet them: Dr. Park (with a title) or Lena (without)",
        "first_name": "Their first name",
        "last_name": "Their family name",
        "position": "Their title as you wrote it",
        "specialty": "Their specialty",
        "institution": "Their hospital or university",
    },
    "me": {
        "name": "Your name",
        "first_name": "Your first name",
        "country": "Where you trained",
        "status": "What you are doing now",
        "specialty": "The specialty you are applying in",
        "interest": "Your area of interest within it",
        "experience": "Experience you can point to",
        "seeking": "What you are looking for",
        "identity": "Your one-sentence introduction",
        "email": "Your email address",
        "phone": "Your phone number",
        "linkedin": "Your LinkedIn profile URL",
    },
    "conference": {
        "name": "The conference's name",
        "place": "Where it was held",
        "dates": "When it took place",
    },
    "meeting": {
        "date": "The day of your last interaction with them",
        "topic": "What you talked about then",
    },
    "advice": {
        "suggestion": "Advice a mentor gave you",
        "action": "What you did about it",
    },
    "program": {
        "name": "The program you are writing about (the SOAP list fills it in)",
    },
}
KNOWN = frozenset(f"{group}.{field}" for group, fields in FIELDS.items() for field in fields)


def render(text: str, values: Mapping[str, str]) -> str:
    """Replace each placeholder that has a non-empty value; leave the others as written."""

    def fill(match: re.Match[str]) -> str:
        value = values.get(match.group(1), "").strip()
        return value or match.group(0)

    return PLACEHOLDER.sub(fill, text)


def left_open(text: str) -> list[str]:
    """Placeholders and blanks still in the text, each once, in order."""
    return list(dict.fromkeys(LEFT_OPEN.findall(text)))


# Where a logged note stops reading as one phrase: a semicolon, a dash between words, a bar, or
# the end of a sentence (not the dot of "Dr." or "e.g.").
PHRASE_END = re.compile(
    r"\s*(?:[;|]|\s[-–—]\s|[–—]|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bSt)"
    r"(?<!\be\.g)(?<!\bi\.e)[.!?](?:\s|$))"
)
ASIDE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])")
SENTENCE_CASE = re.compile(r"[A-Z][a-z'’]+")


def as_phrase(text: str, names: Iterable[str] = ()) -> str:
    """A note as typed ("My QI poster; he offered to review my CV.") as a phrase to paste
    inside a sentence ("my QI poster"): asides in brackets left out, only its first part (up to
    a semicolon, a dash or the end of the first sentence), no trailing punctuation, and its
    first word in lower case when it is merely capitalised as a sentence starts. Kept as
    written: "I", acronyms and mixed case (QI, iPhone), two capitalised words in a row (New
    York, Dr. Park), and a word of `names` (the contact's institution, the conference)."""
    text = " ".join(text.split())
    text = ASIDE.sub("", text) or text  # a note that is all aside keeps its words
    phrase = PHRASE_END.split(text, maxsplit=1)[0].strip(" ,:;.!?-–—()[]")
    words = phrase.split(" ")
    first, second = words[0], words[1] if len(words) > 1 else ""
    known = {word for name in names for word in name.split()}
    capitalised_pair = bool(SENTENCE_CASE.fullmatch(second.rstrip(".,'’s")))
    if SENTENCE_CASE.fullmatch(first) and not capitalised_pair and first not in known:
        words[0] = first.lower()
    return " ".join(words)


def names(text: str, name: str) -> bool:
    """Whether `text` names `name` as written, whole words, in any case and spacing:
    "met at the Ohio ACP chapter meeting" names "Ohio ACP Chapter Meeting"; "ACPs" is not "ACP"."""
    words = name.split()
    if not words:
        return False
    pattern = r"\s+".join(re.escape(word) for word in words)
    return re.search(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE) is not None


def only_where(topic: str, places: Iterable[str]) -> bool:
    """Whether a logged topic says only where you met ("Met at Ohio ACP Chapter Meeting", as
    the conference page logs it when you leave the topic empty), not what you talked about."""
    said = " ".join(topic.split()).strip(" .!").casefold()
    return any(place.strip() and said == f"met at {place.strip().casefold()}" for place in places)


def groups(gaps: list[str]) -> list[str]:
    """The groups ("me", "conference", …) of the placeholders among `gaps`, in order."""
    found = [match.group(1).split(".")[0] for gap in gaps if (match := PLACEHOLDER.fullmatch(gap))]
    return list(dict.fromkeys(found))


def unknown(text: str) -> list[str]:
    """Placeholders in a template that are not in `FIELDS` (likely a typo)."""
    return [name for name in dict.fromkeys(PLACEHOLDER.findall(text)) if name not in KNOWN]


@dataclass(frozen=True)
class Person:
    name: str
    honorific: str = ""

    @property
    def first_name(self) -> str:
        parts = self.name.split()
        return parts[0] if parts else ""

    @property
    def last_name(self) -> str:
        parts = self.name.split()
        return parts[-1] if parts else ""

    @property
    def salutation(self) -> str:
        """'Dr. Park' when they have a title, else their first name."""
        if self.honorific:
            return f"{self.honorific} {self.last_name}".strip()
        return self.first_name

    @property
    def full_name(self) -> str:
        return f"{self.honorific} {self.name}".strip()


def person_values(group: str, person: Person, **fields: str) -> dict[str, str]:
    values = {
        f"{group}.name": person.full_name,
        f"{group}.first_name": person.first_name,
        f"{group}.last_name": person.last_name,
        f"{group}.salutation": person.salutation,
    }
    values.update({f"{group}.{key}": value for key, value in fields.items()})
    return values


def date_span(start: date, end: date) -> str:
    """'12–14 April 2026', '30 April – 2 May 2026', or one day."""
    if start == end:
        return f"{start.day} {start:%B %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} – {end.day} {end:%B %Y}"
    return f"{start.day} {start:%B %Y} – {end.day} {end:%B %Y}"


def day(on: date) -> str:
    return f"{on.day} {on:%B}"
