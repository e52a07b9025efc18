"""NRMP program results: positions offered (quota) and matched per program and Match year.

The layout is one row per program code, with a pair of columns per year ("2026 Quota",
"2026 Matched", ...). A code printed on two rows (a track offered in different years) is one
program: its years are added up. A year with a quota of 0 (or empty cells) is a year the
program did not take part. Each program gets its latest year's positions and matched count and
its fill history: the years reported, the years with positions left unmatched, the share of
positions matched across them, and the latest year. A program with no reported year says
nothing and is left out.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from matchwise.sources.file_text import decoded
from matchwise.sources.formats import Progress
from matchwise.sources.rows import Fact, Problem, Source, SourceRow

CODE = "Program Code"
INSTITUTION = "Sponsoring Institution"
CITY = ("City Cleaned", "City")
SPECIALTY = ("Specialty Cleaned", "Specialty")
_YEAR = re.compile(r"^(\d{4}) (Quota|Matched)$")
PROGRESS_EVERY = 500


@dataclass
class _Program:
    line: int
    institution: str
    city: str
    specialty: str
    years: dict[int, list[int]] = field(default_factory=dict)  # year -> [quota, matched]


def _first(row: Mapping[str, str | None], names: tuple[str, ...]) -> str:
    return next(((row.get(n) or "").strip() for n in names if (row.get(n) or "").strip()), "")


def _count(cell: str | None) -> int:
    text = (cell or "").strip().replace(",", "")
    if not text:
        return 0
    if not text.isdigit():
        raise ValueError(f"expected a whole number 0 or more, got {cell!r}")
    return int(text)


def _facts(program: _Program, source: str) -> tuple[Fact, ...]:
    reported = sorted(y for y, (quota, _) in program.years.items() if quota > 0)
    if not reported:
        return ()
    last = reported[-1]
    quota, matched = program.years[last]
    offered = sum(program.years[y][0] for y in reported)
    filled = sum(program.years[y][1] for y in reported)
    unfilled = sum(1 for y in reported if program.years[y][1] < program.years[y][0])
    span = f"{reported[0]}–{last}" if len(reported) > 1 else str(last)
    history = f"unmatched positions in {unfilled} of {len(reported)} Match years ({span})"
    facts = [
        Fact("positions", quota, f"{quota} positions in the {last} Match"),
        Fact("filled", matched, f"{matched} of {quota} matched in {last}"),
        Fact("fill_years_reported", len(reported), history),
        Fact("fill_years_unfilled", unfilled, history),
        Fact("fill_rate", round(filled / offered, 4), f"{filled} of {offered} matched ({span})"),
        Fact("fill_last_year", last, f"the latest Match year reported, {last}"),
    ]
    if program.city:
        facts.append(Fact("city", program.city, "where NRMP places the program"))
    return tuple(facts)


def read_source(
    path: Path,
    *,
    progress: Progress | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Source:
    """The file as a Source; every unreadable cell is a Problem with its line and column."""
    file = path.name
    text, problem = decoded(path)
    if problem is not None:
        return Source(file, date.today(), problems=[problem])
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in reader.fieldnames or []]
    years = sorted({int(m.group(1)) for h in header if (m := _YEAR.match(h))})
    missing = [c for c in (CODE, INSTITUTION) if c not in header]
    if missing or not years:
        what = ", ".join(missing) if missing else "a pair of 'YEAR Quota' and 'YEAR Matched'"
        column = missing[0] if missing else "-"
        return Source(file, date.today(), problems=[Problem(file, 1, column, f"missing {what}")])
    span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
    name = f"NRMP results {span}"
    source = Source(name, date(years[-1], 3, 31))
    programs: dict[str, _Program] = {}
    total = text.count("\n")
    for row in reader:
        line = reader.line_num
        if progress is not None and line % PROGRESS_EVERY == 0:
            progress(line, total)
        cells = {(k or "").strip(): v for k, v in row.items() if isinstance(v, str | None)}
        code = (cells.get(CODE) or "").strip()
        if not code:
            if any((v or "").strip() for v in cells.values()):
                source.problems.append(Problem(file, line, CODE, "required, but empty"))
            continue
        program = programs.setdefault(
            code,
            _Program(line, _first(cells, (INSTITUTION,)), _first(cells, CITY), ""),
        )
        program.specialty = program.specialty or _first(cells, SPECIALTY)
        for year in years:
            counts: list[int] = []
            for column in (f"{year} Quota", f"{year} Matched"):
                try:
                    counts.append(_count(cells.get(column)))
                except ValueError as error:
                    source.problems.append(Problem(file, line, column, str(error)))
            if len(counts) < 2:
                continue
            quota, matched = counts
            if matched > quota:
                message = f"{matched} matched is more than the {quota} positions offered"
                source.problems.append(Problem(file, line, f"{year} Matched", message))
                continue
            offered = program.years.setdefault(year, [0, 0])
            offered[0] += quota
            offered[1] += matched
    for code, program in programs.items():
        facts = _facts(program, name)
        if facts:
            source.rows.append(
                SourceRow(
                    line=program.line,
                    institution=program.institution,
                    city=program.city,
                    state="",
                    nrmp_code=code,
                    specialty=program.specialty,
                    facts=facts,
                )
            )
    return source
