"""What every source reader returns: rows of facts about programs, with their provenance."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# A fact's value, as the catalogue stores it (booleans for policies, numbers for counts,
# shares and limits).
FactValue = bool | int | float | str


@dataclass(frozen=True)
class Fact:
    """One attribute of a program as a source states it.

    `attribute` is the name of the catalogue column it fills (`visa_h1b`, `yog_max_years`,
    `residents_non_us_img_pct`, ...; see `matchwise.selection.catalogue_fields.COLUMNS`) or a
    fill-history field. `evidence` says in words why the source says so, for the program's
    reasons: "14 LCAs for resident titles".
    """

    attribute: str
    value: FactValue
    evidence: str = ""


@dataclass(frozen=True)
class SourceRow:
    """One row of a source: whom it is about, and what it says.

    A row names a program (NRMP code, ACGME id or program name) or, when `specialty` and all
    program identifiers are empty, a whole institution: its facts then hold for every program
    of the matched institution (an LCA filing is the employer's, not one program's).
    Empty text means "not given".
    """

    line: int  # where the row is in its file: a line, or a record's number (see `unit`)
    institution: str
    city: str = ""
    state: str = ""
    nrmp_code: str = ""
    acgme_id: str = ""
    program_name: str = ""
    specialty: str = ""
    facts: tuple[Fact, ...] = ()
    # Columns the reader did not recognise, kept for the program's notes: (header, value).
    notes: tuple[tuple[str, str], ...] = ()
    # What `line` counts: "line" in text files, "record" in a JSON list of records.
    unit: str = "line"

    @property
    def names_a_program(self) -> bool:
        return bool(self.nrmp_code or self.acgme_id or self.program_name or self.specialty)


@dataclass(frozen=True)
class Problem:
    """An unreadable part of a source file, named so the user can find and fix it."""

    file: str
    line: int  # 1-based; the record's number where `unit` is "record" (a JSON list)
    column: str
    message: str
    unit: str = "line"

    def __str__(self) -> str:
        return f"{self.file}, {self.unit} {self.line}, column {self.column}: {self.message}"


@dataclass
class Source:
    """A whole source file, read: its name and date (the provenance of every fact) and rows."""

    name: str
    as_of: date
    rows: list[SourceRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # Headers the reader could not place and the user has not mapped yet: the mapping screen
    # asks about them; until then their values are kept as notes.
    unrecognised_columns: list[str] = field(default_factory=list)
