"""Programs read by the catalogue importers, as source rows: one row per program, a fact for
every attribute the file states (unknown attributes state nothing)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from matchwise.selection.catalogue import CatalogueError, Program
from matchwise.selection.catalogue_fields import COLUMNS, STEP2_COLUMNS, STEP2_IMG_COLUMNS
from matchwise.sources.rows import Fact, FactValue, Problem, Source, SourceRow

# Who the program is: a merge matches a row on these and never changes them.
IDENTITY: tuple[str, ...] = ("program_id", "name", "institution", "specialty", "track", "state")
# Where a row comes from: the source as a whole states them, not each fact.
PROVENANCE: tuple[str, ...] = ("source", "as_of")
# What a merge may set: every other column of the catalogue, so a new column is never left out.
ATTRIBUTES: tuple[str, ...] = tuple(c for c in COLUMNS if c not in IDENTITY + PROVENANCE)
_NRMP_CODE = re.compile(r"^\d{7}[A-Z]\d$")


def _value(program: Program, attribute: str) -> FactValue | None:
    for columns, box in (
        (STEP2_COLUMNS, program.step2_invited),
        (STEP2_IMG_COLUMNS, program.step2_img_invited),
    ):
        if attribute in columns:
            return None if box is None else box.as_tuple()[columns.index(attribute)]
    value: object = getattr(program, attribute)
    if value is None:
        return None
    if hasattr(value, "value"):  # an enum such as Setting
        return str(value.value)
    assert isinstance(value, bool | int | float | str)
    return value


def row_of(program: Program, line: int, unit: str = "line") -> SourceRow:
    facts = tuple(
        Fact(attribute, value)
        for attribute in ATTRIBUTES
        if (value := _value(program, attribute)) is not None
    )
    code = program.program_id
    is_nrmp = bool(_NRMP_CODE.match(code))
    return SourceRow(
        line=line,
        institution=program.institution or "",
        city=program.city or "",
        state=program.state or "",
        nrmp_code=code if is_nrmp else "",
        acgme_id="" if is_nrmp else code,
        program_name=program.name,
        specialty=program.specialty,
        facts=facts,
        unit=unit,
    )


def source_of(programs: Sequence[Program], file: str, *, records: bool = False) -> Source:
    """The programs as one Source, named after their most common source, dated by the newest.

    Rows are numbered as the file's lines (a header, then a program a line) or, for `records`
    (a JSON list), as records from 1."""
    if not programs:
        return Source(file, date.today(), problems=[Problem(file, 1, "-", "no programs in it")])
    name = Counter(p.source for p in programs).most_common(1)[0][0]
    as_of = max(p.as_of for p in programs)
    unit, first = ("record", 1) if records else ("line", 2)
    rows = [row_of(program, n, unit) for n, program in enumerate(programs, start=first)]
    return Source(name, as_of, rows=rows)


def refused(error: CatalogueError, file: str) -> Source:
    problems = [Problem(p.file, p.line, p.column, p.message, p.unit) for p in error.problems]
    return Source(file, date.today(), problems=problems)
