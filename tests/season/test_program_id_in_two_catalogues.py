"""Every season command that takes a PROGRAM_ID accepts `--catalogue` for an id two
applications share (the same NRMP code in two catalogues), and without it says so clearly."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from matchwise.cli import main
from matchwise.season.models import Application

pytestmark = pytest.mark.django_db
CODE = "1234140C0"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def twins(make_application: Callable[..., Application]) -> tuple[Application, Application]:
    """The same program code, once from an imported list and once typed in by hand."""
    listed = make_application("Lakeside IM (NRMP list)", program_id=CODE, catalogue="NRMP 2024")
    typed = make_application("Lakeside IM (typed)", program_id=CODE, catalogue="")
    return listed, typed


@pytest.mark.parametrize(
    "argv",
    [
        ["season", "invite", CODE],
        ["season", "schedule", CODE, "--at", "2027-01-12 09:00"],
        ["season", "status", CODE, "withdrawn"],
        ["season", "rank", CODE],
    ],
)
def test_without_the_catalogue_a_shared_id_is_refused_and_nothing_changes(
    capsys: pytest.CaptureFixture[str],
    twins: tuple[Application, Application],
    argv: list[str],
) -> None:
    status, _, err = run(capsys, *argv)
    assert status == 1 and err.count("\n") == 1
    assert (
        f"PROGRAM_ID: “{CODE}” is the id of 2 applications (typed in by hand and “NRMP 2024”): "
        "name the catalogue." in err
    )
    assert set(Application.objects.values_list("status", flat=True)) == {"applied"}


def test_with_the_catalogue_each_command_reaches_the_right_application(
    capsys: pytest.CaptureFixture[str], twins: tuple[Application, Application]
) -> None:
    listed, typed = twins
    assert run(capsys, "season", "invite", CODE, "--catalogue", "NRMP 2024")[0] == 0
    assert run(capsys, "season", "status", CODE, "withdrawn", "--catalogue", "")[0] == 0
    listed.refresh_from_db()
    typed.refresh_from_db()
    assert (listed.status, typed.status) == ("invited", "withdrawn")
    status, _, _ = run(
        capsys, "season", "schedule", CODE, "--at", "2027-01-12 09:00", "--catalogue", "NRMP 2024"
    )
    assert status == 0
    listed.refresh_from_db()
    assert listed.status == "scheduled"


def test_rank_with_the_catalogue_checks_every_id_is_one_of_its_applications(
    capsys: pytest.CaptureFixture[str], make_application: Callable[..., Application]
) -> None:
    mine = make_application("Lakeside IM", program_id="A1", catalogue="NRMP 2024")
    make_application("Hillside FM", program_id="B2", catalogue="Other")
    Application.objects.update(status="interviewed")
    status, _, err = run(capsys, "season", "rank", "A1", "B2", "--catalogue", "NRMP 2024")
    assert status == 1
    assert "PROGRAM_ID: no application to a program “B2” of the catalogue “NRMP 2024”" in err
    status, out, _ = run(capsys, "season", "rank", "A1", "--catalogue", "NRMP 2024")
    assert status == 0 and out.startswith("1. Lakeside IM (A1)")
    mine.refresh_from_db()
    assert (mine.rank, mine.status) == (1, "ranked")
