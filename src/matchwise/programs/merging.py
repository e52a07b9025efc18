"""Merge an outside source into a stored catalogue: read, match, preview, apply.

`preview_merge` says what a merge would do without writing; `apply_merge` applies the confident
matches and the uncertain ones the user confirmed, in one transaction: a merge that fails
changes nothing. Every value set keeps its source, date and evidence (`ProgramFact`); the
program's column holds the newest source's value (`provenance`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.utils import timezone

from matchwise.programs.fact_values import checked
from matchwise.programs.models import Catalogue, Program, ProgramFact
from matchwise.programs.provenance import Disagreement, disagreements, newest, same_value
from matchwise.programs.source_matching import Outcome, RowMatch, Target, match_rows
from matchwise.selection.catalogue_fields import STEP2_COLUMNS, STEP2_IMG_COLUMNS
from matchwise.sources.rows import Fact, Problem, Source

IMPORTED = "as imported"


class MergeError(ValueError):
    """A source that cannot be merged; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems[:5]))


@dataclass
class MergePreview:
    catalogue: str
    source: str
    as_of: date
    matches: list[RowMatch]
    facts_per_attribute: dict[str, int] = field(default_factory=dict)
    disagreements: list[str] = field(default_factory=list)
    unrecognised_columns: list[str] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for m in self.matches if m.outcome is outcome)

    def of(self, outcome: Outcome) -> list[RowMatch]:
        return [m for m in self.matches if m.outcome is outcome]


@dataclass(frozen=True)
class MergeResult:
    preview: MergePreview
    rows_applied: int
    programs_changed: int
    facts_stored: int


def targets_of(catalogue: Catalogue) -> list[Target]:
    rows = catalogue.programs.values_list(
        "program_id", "institution", "name", "specialty", "city", "state"
    )
    return [
        Target(pid, inst or name, spec, city, state, name)
        for pid, inst, name, spec, city, state in rows
    ]


def _checked_source(source: Source) -> None:
    problems = list(source.problems)
    for row in source.rows:
        for fact in row.facts:
            try:
                checked(fact.attribute, fact.value)
            except ValueError as error:
                problem = Problem(source.name, row.line, fact.attribute, str(error), row.unit)
                problems.append(problem)
    if problems:
        raise MergeError(problems)


def _applied(matches: Iterable[RowMatch], confirmed: Collection[int]) -> list[RowMatch]:
    return [
        m
        for m in matches
        if m.outcome is Outcome.CONFIDENT
        or (m.outcome is Outcome.UNCERTAIN and m.row.line in confirmed)
    ]


def _plan(
    catalogue: Catalogue, source: Source, applied: list[RowMatch]
) -> tuple[dict[str, Program], list[ProgramFact], dict[int, list[tuple[str, str]]]]:
    """The programs touched, the new facts (unsaved), and the notes per program pk."""
    wanted = {pid for m in applied for pid in m.program_ids}
    programs = {p.program_id: p for p in catalogue.programs.filter(program_id__in=wanted)}
    now = timezone.now()
    new: dict[tuple[str, str], ProgramFact] = {}
    notes: dict[int, list[tuple[str, str]]] = {}
    for match in applied:
        whole, partial = _whole_boxes(match.row.facts)
        for program_id in match.program_ids:
            program = programs[program_id]
            if partial:
                notes.setdefault(program.pk, []).extend(partial)
            for fact in whole:
                new[(program_id, fact.attribute)] = ProgramFact(
                    program=program,
                    attribute=fact.attribute,
                    value=checked(fact.attribute, fact.value),
                    source=source.name,
                    as_of=source.as_of,
                    evidence=fact.evidence,
                    merged_at=now,
                )
            if match.row.notes:
                notes.setdefault(program.pk, []).extend(match.row.notes)
    return programs, list(new.values()), notes


def _whole_boxes(facts: Iterable[Fact]) -> tuple[list[Fact], list[tuple[str, str]]]:
    """The facts to apply, and as notes the Step 2 CK figures of a box the row does not give
    whole (the catalogue keeps all five or none; a stated minimum is its own attribute)."""
    given = {f.attribute for f in facts}
    whole, partial = [], []
    for fact in facts:
        box = next((b for b in (STEP2_COLUMNS, STEP2_IMG_COLUMNS) if fact.attribute in b), None)
        if box is not None and not given.issuperset(box):
            partial.append(
                (fact.attribute.replace("_", " "), f"{fact.value} {fact.evidence}".strip())
            )
        else:
            whole.append(fact)
    return whole, partial


def preview_merge(
    catalogue: Catalogue, source: Source, confirmed: Collection[int] = ()
) -> MergePreview:
    """What merging would do (nothing is written); MergeError when the source has problems."""
    _checked_source(source)
    matches = match_rows(source.rows, targets_of(catalogue))
    preview = MergePreview(
        catalogue.name, source.name, source.as_of, matches,
        unrecognised_columns=list(source.unrecognised_columns),
    )  # fmt: skip
    applied = _applied(matches, confirmed)
    programs, facts, _ = _plan(catalogue, source, applied)
    preview.facts_per_attribute = dict(sorted(Counter(f.attribute for f in facts).items()))
    stored = _stored_facts(programs.values(), source.name)
    preview.disagreements = [str(d) for d in _conflicts(programs, stored, facts)]
    return preview


def _stored_facts(programs: Iterable[Program], source_name: str) -> list[ProgramFact]:
    """Other sources' facts about these programs, each holding the same program instance."""
    by_pk = {p.pk: p for p in programs}
    facts = list(ProgramFact.objects.filter(program__in=list(by_pk)).exclude(source=source_name))
    for fact in facts:
        fact.program = by_pk[fact.program_id]
    return facts


def _originals(
    programs: dict[str, Program], stored: list[ProgramFact], new: list[ProgramFact]
) -> list[ProgramFact]:
    """The catalogue's own values, as facts, where a merge is about to set an attribute that
    has a value no fact accounts for yet (the value the catalogue was imported with)."""
    known = {(f.program_id, f.attribute) for f in stored}
    found = []
    for fact in new:
        program = fact.program
        value = getattr(program, fact.attribute)
        if value is None or value == "" or (program.pk, fact.attribute) in known:
            continue
        if program.source == fact.source:  # the catalogue's own source, merged again
            continue
        known.add((program.pk, fact.attribute))
        found.append(
            ProgramFact(
                program=program, attribute=fact.attribute, value=value, source=program.source,
                as_of=program.as_of, evidence=IMPORTED, merged_at=program.catalogue.imported_at,
            )
        )  # fmt: skip
    return found


def _conflicts(
    programs: dict[str, Program], stored: list[ProgramFact], new: list[ProgramFact]
) -> list[Disagreement]:
    everything = stored + _originals(programs, stored, new) + new
    touched = {(f.program.pk, f.attribute) for f in new}
    return disagreements(f for f in everything if (f.program.pk, f.attribute) in touched)


def apply_merge(
    catalogue: Catalogue, source: Source, confirmed: Collection[int] = ()
) -> MergeResult:
    """Apply the confident matches and the confirmed uncertain ones, all or nothing."""
    with transaction.atomic():
        preview = preview_merge(catalogue, source, confirmed)
        applied = _applied(preview.matches, confirmed)
        programs, facts, notes = _plan(catalogue, source, applied)
        stored = _stored_facts(programs.values(), source.name)
        originals = _originals(programs, stored, facts)
        ProgramFact.objects.filter(program__in=list(programs.values()), source=source.name).delete()
        ProgramFact.objects.bulk_create(originals + facts, batch_size=500)
        changed, fields = _settle(stored + originals + facts)
        for program in programs.values():
            for header, value in notes.get(program.pk, []):
                line = f"{header}: {value} ({source.name})"
                if line not in program.notes.splitlines():
                    program.notes = f"{program.notes}\n{line}".strip()
                    changed[program.pk] = program
                    fields.add("notes")
        if changed:
            # Only the columns that changed: every column of thousands of rows is slow.
            Program.objects.bulk_update(changed.values(), sorted(fields), batch_size=500)
    return MergeResult(preview, len(applied), len(changed), len(facts))


def _settle(facts: list[ProgramFact]) -> tuple[dict[int, Program], set[str]]:
    """Give each attribute the newest fact's value: the programs that changed, by pk, and
    the attributes changed."""
    grouped: dict[tuple[int, str], list[ProgramFact]] = {}
    for fact in facts:
        grouped.setdefault((fact.program.pk, fact.attribute), []).append(fact)
    changed: dict[int, Program] = {}
    fields: set[str] = set()
    for (_, attribute), group in grouped.items():
        winner = newest(group)
        program = winner.program
        if not same_value(getattr(program, attribute), winner.value):
            setattr(program, attribute, winner.value)
            changed[program.pk] = program
            fields.add(attribute)
    return changed, fields
