"""Merging a source: confident matches apply, uncertain ones only when confirmed, all or
nothing; every value keeps its source; the newer source wins and the older one is shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from matchwise.programs.catalogues import find_catalogue, programs_of
from matchwise.programs.merging import MergeError, apply_merge, preview_merge
from matchwise.programs.models import Catalogue, Program, ProgramFact
from matchwise.programs.source_matching import Outcome
from matchwise.selection.exclusions import visa_gate
from matchwise.selection.profile import profile_from_mapping
from matchwise.sources.rows import Fact, Problem, Source, SourceRow

from .conftest import PROFILE, invented

pytestmark = pytest.mark.django_db


def catalogue(store: Callable[..., Catalogue]) -> Catalogue:
    return store(
        [
            invented(1, institution="Invented Harbor Med Ctr", city="Tampa", state="FL",
                     visa_j1=None, visa_h1b=None),
            invented(2, institution="Invented Ridge Hosp", city="Ocala", state="FL",
                     visa_j1=None, visa_h1b=False),
        ]
    )  # fmt: skip


def lca(*rows: SourceRow, as_of: date = date(2025, 9, 30)) -> Source:
    return Source("DOL FY2025", as_of, rows=list(rows))


def h1b(line: int, institution: str, city: str = "", state: str = "FL") -> SourceRow:
    fact = Fact("visa_h1b", True, "14 LCAs for resident titles")
    return SourceRow(line=line, institution=institution, city=city, state=state, facts=(fact,))


def program(number: int) -> Program:
    return Program.objects.get(program_id=f"INV-{number:03d}")


def test_it_applies_a_confident_match_and_keeps_its_source(store: Callable[..., Catalogue]) -> None:
    stored = catalogue(store)
    result = apply_merge(stored, lca(h1b(2, "Invented Harbor Medical Center", "Tampa")))
    assert result.rows_applied == 1
    assert program(1).visa_h1b is True
    fact = ProgramFact.objects.get(program=program(1), attribute="visa_h1b")
    assert (fact.source, fact.as_of, fact.evidence) == (
        "DOL FY2025",
        date(2025, 9, 30),
        "14 LCAs for resident titles",
    )


def test_it_cites_the_source_in_the_reasons(store: Callable[..., Catalogue]) -> None:
    stored = catalogue(store)
    apply_merge(stored, lca(h1b(2, "Invented Harbor Medical Center", "Tampa")))
    choice = find_catalogue(stored.name)
    assert choice is not None
    [merged] = [p for p in programs_of(choice, ["Internal Medicine"]) if p.program_id == "INV-001"]
    profile = profile_from_mapping({**PROFILE, "visa": "h1b"})
    assert visa_gate(profile, merged).reason == (
        "sponsors H-1B: 14 LCAs for resident titles, DOL FY2025"
    )


def test_it_applies_an_uncertain_match_only_when_confirmed(
    store: Callable[..., Catalogue],
) -> None:
    stored = catalogue(store)
    source = lca(h1b(7, "Invented Harbor Medical Center", state=""))
    [match] = preview_merge(stored, source).matches
    assert match.outcome is Outcome.UNCERTAIN
    apply_merge(stored, source)
    assert program(1).visa_h1b is None
    apply_merge(stored, source, confirmed={7})
    assert program(1).visa_h1b is True


def test_it_never_turns_no_filing_into_no(store: Callable[..., Catalogue]) -> None:
    stored = catalogue(store)
    apply_merge(stored, lca(h1b(2, "Invented Harbor Medical Center", "Tampa")))
    assert program(1).visa_j1 is None
    assert program(2).visa_h1b is False  # as imported: not touched by the silence of a source


def test_it_lets_the_newer_source_win_and_shows_the_older(
    store: Callable[..., Catalogue],
) -> None:
    stored = catalogue(store)
    preview = preview_merge(stored, lca(h1b(2, "Invented Ridge Hospital", "Ocala")))
    assert preview.facts_per_attribute == {"visa_h1b": 1}
    [disagreement] = preview.disagreements
    assert "DOL FY2025" in disagreement and "said no" in disagreement
    apply_merge(stored, lca(h1b(2, "Invented Ridge Hospital", "Ocala")))
    assert program(2).visa_h1b is True
    older = Source("old sheet", date(2020, 1, 1), rows=[
        SourceRow(line=2, institution="Invented Ridge Hosp", city="Ocala", state="FL",
                  facts=(Fact("visa_h1b", False),))
    ])  # fmt: skip
    apply_merge(stored, older)
    assert program(2).visa_h1b is True
    assert ProgramFact.objects.filter(program=program(2), attribute="visa_h1b").count() == 3


def test_it_changes_nothing_when_the_source_has_a_problem(
    store: Callable[..., Catalogue],
) -> None:
    stored = catalogue(store)
    bad = SourceRow(line=3, institution="Invented Ridge Hosp", state="FL",
                    facts=(Fact("yog_max_years", -2),))  # fmt: skip
    with pytest.raises(MergeError) as raised:
        apply_merge(stored, lca(h1b(2, "Invented Harbor Medical Center", "Tampa"), bad))
    [problem] = raised.value.problems
    assert (problem.line, problem.column) == (3, "yog_max_years")
    assert ProgramFact.objects.count() == 0
    assert program(1).visa_h1b is None
    with pytest.raises(MergeError):
        apply_merge(stored, Source("x", date(2025, 1, 1), problems=[Problem("x", 4, "b", "bad")]))


def test_it_keeps_unrecognised_columns_in_the_notes(store: Callable[..., Catalogue]) -> None:
    stored = catalogue(store)
    row = SourceRow(line=2, institution="Invented Harbor Med Ctr", city="Tampa", state="FL",
                    notes=(("Vibe", "friendly PD"),))  # fmt: skip
    apply_merge(stored, lca(row))
    apply_merge(stored, lca(row))
    assert program(1).notes == "Vibe: friendly PD (DOL FY2025)"


def test_it_shows_the_disagreement_in_the_reasons(store: Callable[..., Catalogue]) -> None:
    stored = catalogue(store)
    apply_merge(stored, lca(h1b(2, "Invented Ridge Hospital", "Ocala")))
    choice = find_catalogue(stored.name)
    assert choice is not None
    [merged] = [p for p in programs_of(choice, ["Internal Medicine"]) if p.program_id == "INV-002"]
    profile = profile_from_mapping({**PROFILE, "visa": "h1b"})
    assert visa_gate(profile, merged).reason == (
        "sponsors H-1B: 14 LCAs for resident titles, DOL FY2025; "
        "test catalogue (invented) (2025-06-30) said no"
    )


def test_it_keeps_a_lone_step2_figure_as_a_note(store: Callable[..., Catalogue]) -> None:
    stored = catalogue(store)
    row = SourceRow(line=2, institution="Invented Ridge Hosp", city="Ocala", state="FL",
                    facts=(Fact("step2_invited_lower", 230.0, "Step 2 min 230"),))  # fmt: skip
    apply_merge(stored, lca(row))
    ridge = program(2)
    ridge.full_clean()
    assert ridge.notes == "step2 invited lower: 230.0 Step 2 min 230 (DOL FY2025)"
