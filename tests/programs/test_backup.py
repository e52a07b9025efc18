"""A backup holds imported catalogues and saved profiles, never the generated sample."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from matchwise.network.exporting.backup import backup_bytes, restore
from matchwise.programs.models import Catalogue, Program, SavedProfile

from .conftest import visa_catalogue

pytestmark = pytest.mark.django_db


def test_it_backs_up_and_restores_imports_and_saved_profiles(
    store: Callable[..., Catalogue],
) -> None:
    store(visa_catalogue())
    SavedProfile.objects.create(name="Mine", specialties=["Internal Medicine"], step2_score=240)
    data = backup_bytes()
    models = {item["model"] for item in json.loads(data)["objects"]}
    assert {"programs.catalogue", "programs.program", "programs.savedprofile"} <= models
    assert "sample — fictional programs" not in data.decode()
    Catalogue.objects.all().delete()
    SavedProfile.objects.all().delete()
    counts = restore(data, "backup.json").counts
    assert counts["programs.Program"] == 3
    assert Program.objects.filter(visa_j1=None).count() == 1
    assert SavedProfile.objects.get().specialties == ["Internal Medicine"]


def test_it_round_trips_merged_facts_and_notes_exactly(store: Callable[..., Catalogue]) -> None:
    from datetime import date

    from matchwise.programs.merging import apply_merge
    from matchwise.programs.models import ProgramFact
    from matchwise.sources.rows import Fact, Source, SourceRow

    stored = store(visa_catalogue())
    row = SourceRow(
        line=2,
        institution="Invented Place1 Hospital",
        state="OH",
        facts=(Fact("visa_h1b", True, "3 LCAs"), Fact("fill_rate", 0.75, "6 of 8")),
        notes=(("Vibe", "kind"),),
    )
    apply_merge(stored, Source("DOL FY2025", date(2025, 9, 30), rows=[row]))
    before = backup_bytes()
    facts = list(ProgramFact.objects.values_list("attribute", "value", "source", "as_of"))
    Catalogue.objects.all().delete()
    counts = restore(before, "backup.json").counts
    assert counts["programs.ProgramFact"] == len(facts) == 3
    assert list(ProgramFact.objects.values_list("attribute", "value", "source", "as_of")) == facts
    assert Program.objects.get(program_id="INV-001").notes == "Vibe: kind (DOL FY2025)"
    assert backup_bytes().split(b'"objects"')[1] == before.split(b'"objects"')[1]


def test_it_round_trips_a_stated_step2_minimum(store: Callable[..., Catalogue]) -> None:
    import dataclasses
    from datetime import date

    from matchwise.programs.merging import apply_merge
    from matchwise.programs.models import ProgramFact
    from matchwise.sources.rows import Fact, Source, SourceRow

    first, *others = visa_catalogue()
    stored = store([dataclasses.replace(first, step2_minimum=232.0), *others])
    row = SourceRow(line=2, institution="Invented Place1 Hospital", state="OH",
                    facts=(Fact("step2_minimum", 236.0, "Step 2 min 236"),))  # fmt: skip
    apply_merge(stored, Source("program sheet", date(2025, 9, 30), rows=[row]))
    before = backup_bytes()
    Catalogue.objects.all().delete()
    restore(before, "backup.json")
    assert Program.objects.get(program_id="INV-001").step2_minimum == 236.0
    fact = ProgramFact.objects.get(attribute="step2_minimum", source="program sheet")
    assert (fact.value, fact.evidence) == (236.0, "Step 2 min 236")
    assert backup_bytes().split(b'"objects"')[1] == before.split(b'"objects"')[1]
