"""A CSV file of applications: every row kept, or none, with each problem's line and column."""

from __future__ import annotations

from datetime import date

import pytest

from matchwise.season.application_rows import ApplicationRowsError
from matchwise.season.imports import import_applications
from matchwise.season.models import Application

pytestmark = pytest.mark.django_db

GOOD = (
    "program_id,name,state,zip,applied_on,fees_usd\n"
    "1234140C0,Lakeside IM,OH,,2026-09-24,11\n"
    "2345140C0,Desert IM,AZ,85006,2026-09-25,$30\n"
)


def test_it_keeps_every_row() -> None:
    created = import_applications(GOOD.encode(), "applied.csv")
    assert [(a.program_id, a.time_zone, a.fees_usd) for a in created] == [
        ("1234140C0", "America/New_York", 11),
        ("2345140C0", "America/Phoenix", 30),
    ]
    assert Application.objects.get(program_id="2345140C0").applied_on == date(2026, 9, 25)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("name,applied_on\nX,2026-09-24\n", "applied.csv, line 1, column program_id: missing"),
        ("program_id,name,applied_on,colour\n", "line 1, column colour: unknown column"),
        ("program_id,name,applied_on\nP,X,24/09/2026\n", "line 2, column applied_on: not a date"),
        ("program_id,name,applied_on\n,X,2026-09-24\n", "line 2, column program_id: required"),
        (
            "program_id,name,applied_on,fees_usd\nP,X,2026-09-24,lots\n",
            "line 2, column fees_usd: a whole number",
        ),
        (
            "program_id,name,applied_on,time_zone\nP,X,2026-09-24,Mars/Base\n",
            "line 2, column time_zone: not a zone",
        ),
        ("program_id,name,applied_on\nP,X,2026-09-24\n", "line 2, column time_zone: the time zone"),
        (
            "program_id,name,state,applied_on\nP,X,OH,2026-09-24\n\nP,X,OH,2026-09-25\n",
            "line 4, column program_id: you already applied",
        ),
    ],
)
def test_it_names_the_line_and_column_and_keeps_nothing(text: str, problem: str) -> None:
    with pytest.raises(ApplicationRowsError) as caught:
        import_applications(text.encode(), "applied.csv")
    assert any(problem in str(p) for p in caught.value.problems), caught.value.problems
    assert not Application.objects.exists()


def test_it_refuses_a_file_that_is_not_text() -> None:
    with pytest.raises(ApplicationRowsError, match=r"applied\.csv"):
        import_applications(b"\xff\xfe\x00\xd8\x00", "applied.csv")
