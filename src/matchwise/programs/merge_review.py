"""The review file of a merge: the uncertain matches as CSV, with a decision column the user
fills with yes or no and passes back (no Django).

Rows are known by the source line they came from, so the file stays valid as long as the same
source is merged again. An empty decision leaves the match out, as "no" does.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass

from matchwise.programs.source_matching import RowMatch
from matchwise.sources.rows import Problem

COLUMNS = ("line", "institution", "city", "state", "specialty", "matched_as", "programs",
           "score", "why", "decision")  # fmt: skip
YES = frozenset({"yes", "y"})
NO = frozenset({"no", "n", ""})


@dataclass(frozen=True)
class Decisions:
    confirmed: frozenset[int]
    rejected: frozenset[int]


def review_csv(matches: Iterable[RowMatch]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for m in matches:
        row = m.row
        writer.writerow(
            [row.line, row.institution or row.program_name, row.city, row.state, row.specialty,
             m.matched_as, len(m.program_ids), f"{m.score:.0f}", m.why, ""]
        )  # fmt: skip
    return out.getvalue()


class ReviewFileError(ValueError):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems[:5]))


def read_decisions(text: str, file: str) -> Decisions:
    """The lines confirmed and rejected; ReviewFileError naming each bad cell."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in ("line", "decision") if c not in header]
    if missing:
        raise ReviewFileError([Problem(file, 1, missing[0], "missing column (keep the header)")])
    confirmed: set[int] = set()
    rejected: set[int] = set()
    problems: list[Problem] = []
    for row in reader:
        at = reader.line_num
        cells = {(k or "").strip(): (v or "").strip() for k, v in row.items() if isinstance(v, str)}
        if not cells.get("line", "").isdigit():
            problems.append(
                Problem(file, at, "line", f"expected a line number, got {cells.get('line', '')!r}")
            )
            continue
        decision = cells.get("decision", "").casefold()
        if decision in YES:
            confirmed.add(int(cells["line"]))
        elif decision in NO:
            rejected.add(int(cells["line"]))
        else:
            problems.append(
                Problem(file, at, "decision", f"expected yes or no, got {cells['decision']!r}")
            )
    if problems:
        raise ReviewFileError(problems)
    return Decisions(frozenset(confirmed), frozenset(rejected))
