"""Which stored programs each source row is about (no Django; the rule of the merge).

1. A row with an NRMP code or ACGME id is the program with that id. When the catalogue is keyed
   by ids of that kind and has no such id, the row is unmatched: the catalogue does not list
   that program, and another track of the same place is not guessed.
2. Otherwise the row's institution (or program name) is compared with the catalogue's
   institutions of the same state, names brought to one form by `place_names.place_key`, with
   rapidfuzz's token_set_ratio, candidates blocked by state and scored with `process.cdist`.
   A name must share a word that is not generic ("University Hospital" alone names nothing),
   and when the row names a city and the catalogue knows the cities of the institution's
   programs, it must be one of them: a look-alike hospital in another city is never a
   candidate. When the catalogue knows no city of the institution (the NRMP list states
   none) and its name does not hold the row's city, the match is at most UNCERTAIN.
3. CONFIDENT: the best name scores SURE or more, no other institution comes within
   RUNNER_UP points of it, and both sides know the state. UNCERTAIN: a name scores LIKELY or
   more but not all of that holds; listed for the user to confirm or reject. UNMATCHED: the
   rest, reported, never guessed.
4. A row naming a specialty goes to that institution's programs of the specialty (every
   track); a row naming a program (besides its institution) goes to the track of that name,
   else to the programs of the specialty the name states, else it is unmatched; a row naming
   neither is about the whole institution (an employer's LCA filings) and goes to all its
   programs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
from rapidfuzz import fuzz, process

from matchwise.programs.place_names import city_key, distinctive, place_key, state_in_name
from matchwise.sources.rows import SourceRow

SURE = 95.0
LIKELY = 80.0
RUNNER_UP = 3.0
NRMP_CODE = re.compile(r"^\d{7}[A-Z]\d$")


class Outcome(StrEnum):
    CONFIDENT = "confident"
    UNCERTAIN = "uncertain"
    UNMATCHED = "unmatched"


@dataclass(frozen=True)
class Target:
    """A stored program, as far as matching cares."""

    program_id: str
    institution: str  # the institution, else the program's name
    specialty: str
    city: str = ""
    state: str = ""
    name: str = ""  # the program's own name ("Institution — Track", as the NRMP list gives it)


@dataclass(frozen=True)
class RowMatch:
    row: SourceRow
    outcome: Outcome
    program_ids: tuple[str, ...] = ()
    matched_as: str = ""  # the catalogue's institution (and place) it was matched to
    score: float = 0.0
    why: str = ""


@dataclass
class _Place:
    """An institution of one state: its programs, and the cities they are known to be in."""

    key: str
    name: str
    state: str
    cities: set[str]
    program_ids: list[str]
    specialties: list[str]
    tracks: list[str]


def _row_place(row: SourceRow) -> tuple[str, str, str]:
    """(name, state, city) the row names, the state read off the name when not given."""
    name = row.institution or re.sub(r"\s+program$", "", row.program_name, flags=re.I)
    return name, row.state or state_in_name(name), row.city


class Matcher:
    """Built once per catalogue; `match` takes any number of rows."""

    def __init__(self, targets: Iterable[Target]) -> None:
        self.by_id: dict[str, Target] = {}
        places: dict[tuple[str, str], _Place] = {}
        for target in targets:
            self.by_id[target.program_id] = target
            state = target.state or state_in_name(target.institution)
            key = place_key(target.institution)
            place = places.setdefault(
                (key, state), _Place(key, target.institution, state, set(), [], [], [])
            )
            if target.city:
                place.cities.add(city_key(target.city))
            place.program_ids.append(target.program_id)
            place.specialties.append(target.specialty.casefold())
            place.tracks.append(_track(target.name))
        self.nrmp_keyed = any(NRMP_CODE.match(i) for i in self.by_id)
        self.other_keyed = any(not NRMP_CODE.match(i) for i in self.by_id)
        self.by_state: dict[str, list[_Place]] = {}
        for place in places.values():
            self.by_state.setdefault(place.state, []).append(place)
        self.everywhere = list(places.values())

    def match(self, rows: Sequence[SourceRow]) -> list[RowMatch]:
        found: dict[int, RowMatch] = {}
        by_name: dict[str, list[int]] = {}
        for index, row in enumerate(rows):
            decided = self._by_id(row)
            if decided is not None:
                found[index] = decided
            else:
                by_name.setdefault(_row_place(row)[1], []).append(index)
        for state, indexes in by_name.items():
            matched = self._by_place(state, [rows[i] for i in indexes])
            for index, match in zip(indexes, matched, strict=True):
                found[index] = match
        return [found[i] for i in range(len(rows))]

    def _by_id(self, row: SourceRow) -> RowMatch | None:
        for code, kind in ((row.nrmp_code, "NRMP code"), (row.acgme_id, "ACGME id")):
            if not code:
                continue
            target = self.by_id.get(code)
            if target is not None:
                return RowMatch(row, Outcome.CONFIDENT, (code,), target.institution, 100.0,
                                f"same {kind}")  # fmt: skip
            keyed = self.nrmp_keyed if NRMP_CODE.match(code) else self.other_keyed
            if keyed:
                return RowMatch(
                    row, Outcome.UNMATCHED, why=f"{kind} {code} is not in the catalogue"
                )
        return None

    def _by_place(self, state: str, rows: list[SourceRow]) -> list[RowMatch]:
        places = (
            self.everywhere
            if not state
            else self.by_state.get(state, []) + self.by_state.get("", [])
        )
        if not places:
            return [
                RowMatch(r, Outcome.UNMATCHED, why=f"no institution in {state or 'the catalogue'}")
                for r in rows
            ]
        keys = [place_key(_row_place(r)[0]) for r in rows]
        scores = process.cdist(
            keys, [p.key for p in places], scorer=fuzz.token_set_ratio, processor=None,
            score_cutoff=LIKELY, dtype=np.uint8,
        )  # fmt: skip
        return [
            self._decide(row, key, state, places, scores[i])
            for i, (row, key) in enumerate(zip(rows, keys, strict=True))
        ]

    def _decide(
        self, row: SourceRow, key: str, state: str, places: list[_Place], scores: np.ndarray
    ) -> RowMatch:
        words = distinctive(key)
        city = city_key(row.city)
        candidates: list[tuple[float, _Place]] = []
        elsewhere = ""
        for j in np.flatnonzero(scores):
            place = places[j]
            if not words & distinctive(place.key) and key != place.key:
                continue
            if city and place.cities and not any(_same_city(city, c) for c in place.cities):
                elsewhere = min(place.cities).title()
                continue
            candidates.append((float(scores[j]), place))
        if not candidates:
            why = "no institution of that name"
            if elsewhere:
                why += f" in {row.city or 'that city'} (a look-alike in {elsewhere} was not taken)"
            return RowMatch(row, Outcome.UNMATCHED, why=why)
        candidates.sort(key=lambda c: (-c[0], c[1].key))
        score, best = candidates[0]
        rivals = [c for c in candidates[1:] if c[0] >= score - RUNNER_UP]
        program_ids = _programs_of(row, best)
        where = ", ".join(x for x in (best.name, best.state) if x)
        if not program_ids:
            why = f"no {row.specialty or row.program_name} program at {where} in the catalogue"
            return RowMatch(row, Outcome.UNMATCHED, matched_as=where, score=score, why=why)
        # A row naming a city whose place the catalogue cannot check (no city stored, none in
        # the name) may be a look-alike elsewhere: listed, not applied.
        unplaced = bool(city) and not best.cities and city not in best.key
        sure = score >= SURE and not rivals and bool(state) and bool(best.state) and not unplaced
        why = f"name {score:.0f}/100" + (f"; also like {rivals[0][1].name}" if rivals else "")
        if not best.state or not state:
            why += "; the state is not known on both sides"
        if unplaced:
            why += f"; the catalogue does not know whether it is in {row.city}"
        outcome = Outcome.CONFIDENT if sure else Outcome.UNCERTAIN
        return RowMatch(row, outcome, tuple(program_ids), where, score, why)


def _same_city(a: str, b: str) -> bool:
    return a == b or fuzz.ratio(a, b) >= 90 or a in b or b in a


def _track(name: str) -> str:
    """A program's name without its institution ("X — Internal Medicine"), in one case."""
    return " ".join(name.rpartition(" — ")[2].casefold().split())


def _programs_of(row: SourceRow, place: _Place) -> list[str]:
    if row.specialty:
        wanted = row.specialty.casefold()
        return [i for i, s in zip(place.program_ids, place.specialties, strict=True) if s == wanted]
    if not (row.institution and row.program_name):
        return list(place.program_ids)
    # A named program of the institution: the track of that name, else the specialty the
    # name states ("Internal Medicine Residency"); never every program of the place.
    wanted = _track(row.program_name)
    programs = list(zip(place.program_ids, place.specialties, place.tracks, strict=True))
    named = [i for i, s, t in programs if wanted in (t, s)]
    return named or [i for i, s, _ in programs if s and s in wanted]


def match_rows(rows: Sequence[SourceRow], targets: Iterable[Target]) -> list[RowMatch]:
    return Matcher(targets).match(rows)
