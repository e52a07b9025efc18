"""The upgrade to a `step2_minimum` column keeps data: a lone lower end of the invited box (a
sheet's minimum, stored before the column existed) becomes the minimum, with its facts; a
whole box stays a box."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from matchwise.programs.models import Program, ProgramFact

BEFORE = [("programs", "0006_calibration_outcomes")]
AFTER = [("programs", "0007_program_step2_minimum")]
BOX = ("lower", "q1", "median", "q3", "upper")


@pytest.mark.django_db(transaction=True)
def test_it_moves_a_lone_lower_end_to_the_minimum_and_keeps_whole_boxes() -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    apps = executor.loader.project_state(BEFORE).apps
    catalogue = apps.get_model("programs", "Catalogue").objects.create(
        name="old", source="x.csv", layout="csv"
    )
    old_program, old_fact = (
        apps.get_model("programs", "Program"),
        apps.get_model("programs", "ProgramFact"),
    )
    common = {"catalogue": catalogue, "specialty": "Internal Medicine", "source": "x",
              "as_of": date(2025, 1, 1)}  # fmt: skip
    lone = old_program.objects.create(program_id="A", name="A", step2_invited_lower=231.0, **common)
    old_program.objects.create(
        program_id="B",
        name="B",
        **{f"step2_invited_{part}": 220.0 + 5 * i for i, part in enumerate(BOX)},
        **common,
    )
    old_fact.objects.create(program=lone, attribute="step2_invited_lower", value=231.0,
                            source="sheet", as_of=date(2025, 1, 1))  # fmt: skip
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    moved, kept = Program.objects.get(program_id="A"), Program.objects.get(program_id="B")
    assert (moved.step2_minimum, moved.step2_invited_lower) == (231.0, None)
    assert (kept.step2_minimum, kept.step2_invited_lower, kept.step2_invited_upper) == (
        None,
        220.0,
        240.0,
    )
    assert ProgramFact.objects.get(program=moved).attribute == "step2_minimum"
