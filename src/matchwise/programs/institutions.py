"""Who the applicant knows at which program: contacts matched to programs by institution.

No Django here. Institution names are written many ways ("Mount Sinai", "Icahn School of
Medicine at Mount Sinai"), so names are compared fuzzily, with one guard against the words
every hospital shares: two names match when rapidfuzz's token_set_ratio is 90 or more (a name
that is a subset of the other scores 100) and they share at least one word that is not generic
("University Hospital" alone matches nothing).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from matchwise import selection
from matchwise.selection import NetworkTies

MATCH_SCORE = 90
FILLER = frozenset({"the", "of", "and", "at", "for", "in", "a", "an", "on"})
# Words that say what kind of place it is, not which one.
GENERIC = frozenset(
    {
        "university", "hospital", "hospitals", "medical", "medicine", "center", "centre",
        "centers", "health", "healthcare", "system", "systems", "network", "school", "college",
        "clinic", "clinics", "regional", "community", "general", "memorial", "county", "city",
        "institute", "program", "programs", "residency", "st", "saint", "campus", "inc", "llc",
        "gme", "graduate", "education", "affiliated", "teaching", "academic", "services",
        "fictional", "sample",
    }
)  # fmt: skip
_WORD = re.compile(r"[^\W_]+")


def institution_key(name: str) -> str:
    """Lower-case words without punctuation or filler: "St. Luke's" -> "st lukes"."""
    words = _WORD.findall(name.casefold().replace("'", "").replace("’", ""))
    return " ".join(w for w in words if w not in FILLER)


def distinctive_words(key: str) -> set[str]:
    return set(key.split()) - GENERIC


def same_institution(a: str, b: str) -> bool:
    """Whether two institution names (as typed) name the same place, by the rule above."""
    key_a, key_b = institution_key(a), institution_key(b)
    if not distinctive_words(key_a) & distinctive_words(key_b):
        return False
    return fuzz.token_set_ratio(key_a, key_b, processor=None) >= MATCH_SCORE


@dataclass(frozen=True)
class Person:
    """A contact as far as program selection cares."""

    name: str
    institution: str
    rotation: bool = False  # met on a clinical rotation there (no name: the rotation itself)
    letter_writer: bool = False


def program_place(program: selection.Program) -> str:
    """The name to match contacts against: the institution, else the program's own name."""
    return program.institution or program.name


def ties_by_program(
    people: Sequence[Person], programs: Iterable[selection.Program]
) -> dict[str, NetworkTies]:
    """NetworkTies for every program where the applicant knows someone.

    Candidates come from an index of distinctive words, so only names sharing one are scored.
    Several people met on rotations at one place count as one rotation.
    """
    ids_by_key: dict[str, list[str]] = {}
    for program in programs:
        ids_by_key.setdefault(institution_key(program_place(program)), []).append(
            program.program_id
        )
    index: dict[str, set[str]] = {}
    for key in ids_by_key:
        for word in distinctive_words(key):
            index.setdefault(word, set()).add(key)
    people_by_name: dict[str, list[Person]] = {}
    for person in people:
        people_by_name.setdefault(person.institution, []).append(person)
    people_by_key: dict[str, list[Person]] = {}
    for name, group in people_by_name.items():  # many contacts share a workplace: key each once
        people_by_key.setdefault(institution_key(name), []).extend(group)
    known: dict[str, list[Person]] = {}
    for key, group in people_by_key.items():
        candidates = set().union(*(index.get(w, set()) for w in distinctive_words(key)))
        for candidate in candidates:
            if fuzz.token_set_ratio(key, candidate, processor=None) >= MATCH_SCORE:
                known.setdefault(candidate, []).extend(group)
    ties: dict[str, NetworkTies] = {}
    for key, there in known.items():
        tie = NetworkTies(
            contacts=tuple(sorted({p.name for p in there if p.name and not p.letter_writer})),
            rotations=1 if any(p.rotation for p in there) else 0,
            letter_writers=tuple(sorted({p.name for p in there if p.letter_writer})),
        )
        for program_id in ids_by_key[key]:
            ties[program_id] = tie
    return ties
