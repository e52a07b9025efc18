"""Where each merged attribute of a program comes from: the newest source wins, every source
is kept, and those that disagree with the winner are listed.

An attribute holds a value only when a source stated it: a source that says nothing about an
attribute (no LCA filed by an employer) leaves it as it was, never "no".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from matchwise.programs.models import ProgramFact

FILL_HISTORY = ("fill_years_reported", "fill_years_unfilled", "fill_rate", "fill_last_year")


def newest(facts: Sequence[ProgramFact]) -> ProgramFact:
    """The fact that wins: the newest as-of date, then the latest merged."""
    return max(facts, key=lambda f: (f.as_of, f.merged_at, f.pk or 0))


def same_value(a: object, b: object) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return abs(float(a) - float(b)) < 1e-9
    return a == b


@dataclass(frozen=True)
class Disagreement:
    program_id: str
    program_name: str
    attribute: str
    kept: ProgramFact  # the newest, whose value the program holds
    other: ProgramFact  # an older source that says otherwise

    def __str__(self) -> str:
        return (
            f"{self.program_name}: {self.attribute} is {shown(self.kept.value)} per "
            f"{self.kept.source} ({self.kept.as_of}); {self.other.source} ({self.other.as_of}) "
            f"said {shown(self.other.value)}"
        )


def shown(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f"{value:g}" if isinstance(value, float) else str(value)


def disagreements(facts: Iterable[ProgramFact]) -> list[Disagreement]:
    """Every older fact whose value differs from the winner of its program and attribute."""
    grouped: dict[tuple[int, str], list[ProgramFact]] = {}
    for fact in facts:
        grouped.setdefault((fact.program_id, fact.attribute), []).append(fact)
    found = []
    for group in grouped.values():
        kept = newest(group)
        for other in group:
            if other is not kept and not same_value(other.value, kept.value):
                program = kept.program
                found.append(
                    Disagreement(program.program_id, program.name, kept.attribute, kept, other)
                )
    return found


def citations_of(facts: Iterable[ProgramFact]) -> dict[int, tuple[tuple[str, str], ...]]:
    """program pk -> (attribute, citation) of each attribute's winning fact, followed by what
    older sources that disagree said."""
    grouped: dict[tuple[int, str], list[ProgramFact]] = {}
    for fact in facts:
        grouped.setdefault((fact.program_id, fact.attribute), []).append(fact)
    cited: dict[int, list[tuple[str, str]]] = {}
    for (program_pk, attribute), group in sorted(grouped.items()):
        kept = newest(group)
        words = kept.citation
        others = [f for f in group if f is not kept and not same_value(f.value, kept.value)]
        for other in sorted(others, key=lambda f: (f.as_of, f.source), reverse=True):
            words += f"; {other.source} ({other.as_of}) said {shown(other.value)}"
        cited.setdefault(program_pk, []).append((attribute, words))
    return {pk: tuple(pairs) for pk, pairs in cited.items()}


def disagreements_in(catalogue_pk: int) -> list[Disagreement]:
    """Every disagreement between sources in one catalogue, by program and attribute (one
    query)."""
    facts = ProgramFact.objects.filter(program__catalogue_id=catalogue_pk).select_related("program")
    found = disagreements(facts)
    return sorted(found, key=lambda d: (d.program_name, d.attribute, d.other.source))
