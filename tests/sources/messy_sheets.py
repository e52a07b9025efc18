"""Program sheets written as applicants write them, with the facts each cell truly states.

`write_messy_sheet` takes programs (code, name, institution, state) and writes a CSV with a
title line and a blank line above the header, headers in applicants' words, every value in
one of the documented forms picked at random (some "N/A" or "?"), and some hospitals named
as people abbreviate them ("Univ", "Med Ctr", "Hosp", "St."). It returns what each row says,
so a test can check the reader cell by cell. Nothing here is real data; the programs are
passed in (from ../shared/data in the tests that have it).
"""

from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass
from pathlib import Path

from matchwise.sources.rows import FactValue
from matchwise.sources.sheet_vocabulary import FORMS, Form

HEADERS = (
    ("nrmp_code", "Program code"),
    ("program_name", "Program"),
    ("institution", "Hospital"),
    ("state", "ST"),
    ("visa_j1", "J-1?"),
    ("visa_h1b", "H1B sponsor"),
    ("yog_max_years", "Years since grad"),
    ("residents_non_us_img_pct", "IMG %"),
    ("step2_minimum", "Step 2 CK cutoff"),
    ("usce_required_months", "USCE req"),
    ("max_attempts", "Attempts"),
    ("", "My notes"),
)
SHORTER = (
    (r"\bUniversity\b", "Univ"),
    (r"\bMedical Center\b", "Med Ctr"),
    (r"\bHospital\b", "Hosp"),
    (r"\bSaint\b", "St."),
    (r"\bHealth System\b", "Hlth Sys"),
)
UNKNOWN_FORMS = next(form for form in FORMS if form.columns == "every column").examples


@dataclass(frozen=True)
class Listed:
    """A program as the sheet lists it, and the facts its cells state."""

    nrmp_code: str
    institution: str
    facts: dict[str, FactValue]
    note: str


def forms_for(column: str) -> list[Form]:
    """The documented forms a column may hold whose meaning does not reach another column."""
    if column in ("visa_j1", "visa_h1b"):  # yes and no, said of the column's own visa
        return [f for f in FORMS if f.column == "visa_j1" and len(f.facts) == 1]
    return [f for f in FORMS if f.column == column and (f.facts or f.note)]


def _cell(column: str, pick: random.Random) -> tuple[str, dict[str, FactValue]]:
    if pick.random() < 0.15:
        return pick.choice(UNKNOWN_FORMS), {}
    form = pick.choice(forms_for(column))
    said: dict[str, FactValue] = {column: form.facts[0][1]} if form.facts else {}
    return pick.choice(form.examples), said


def shorter(name: str) -> str:
    for pattern, short in SHORTER:
        name = re.sub(pattern, short, name)
    return name


def write_messy_sheet(
    path: Path, programs: list[tuple[str, str, str, str]], seed: int = 9
) -> list[Listed]:
    """Write the sheet; return each program's row as the reader should read it."""
    pick = random.Random(seed)
    listed: list[Listed] = []
    rows: list[list[str]] = [["IMG-friendly programs, compiled from forum posts"], []]
    rows.append([header for _, header in HEADERS])
    for index, (code, name, institution, state) in enumerate(programs):
        facts: dict[str, FactValue] = {}
        cells = {"nrmp_code": code, "program_name": name, "state": state}
        cells["institution"] = shorter(institution) if index % 7 == 3 else institution
        for column, _ in HEADERS[4:-1]:
            written, said = _cell(column, pick)
            for attribute, value in said.items():
                facts.setdefault(attribute, value)
            cells[column] = written
        note = pick.choice(["", "very IMG friendly", "interviewed 3 IMGs last year"])
        cells[""] = note
        listed.append(Listed(code, cells["institution"], facts, note))
        rows.append([cells[column] for column, _ in HEADERS])
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return listed
