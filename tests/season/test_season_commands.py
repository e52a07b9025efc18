"""`matchwise season`: one call each; bad input is one line naming the argument, exit 1."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest

from matchwise.cli import main
from matchwise.programs.catalogues import sample_programs
from matchwise.season.models import Application

pytestmark = pytest.mark.django_db


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_it_walks_an_application_to_the_rank_list(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    program = next(p for p in sample_programs() if p.state == "CA")
    pid = program.program_id
    status, out, _ = run(capsys, "season", "add", pid, "--on", "2026-09-24", "--fees", "11")
    assert status == 0 and "America/Los_Angeles" in out
    status, out, _ = run(
        capsys, "season", "invite", pid, "--slots", "2026-11-02 08:00", "2026-11-09 08:00"
    )
    assert status == 0 and "2 dates" in out
    status, _, _ = run(capsys, "season", "schedule", pid, "--at", "2027-03-15 09:00")
    assert status == 0
    status, out, _ = run(capsys, "season", "list", "--json")
    [row] = json.loads(out)
    assert (row["program_id"], row["status"]) == (pid, "scheduled")
    assert row["interview_at"] == "2027-03-15T09:00:00-07:00"  # Pacific daylight time
    assert datetime.fromisoformat(row["interview_at"]) == datetime(2027, 3, 15, 16, tzinfo=UTC)
    out_file = tmp_path / "feed.ics"
    assert run(capsys, "export", "ics", "--out", str(out_file))[0] == 0
    feed = icalendar.Calendar.from_ical(out_file.read_bytes())
    [event] = [e for e in feed.walk("VEVENT") if str(e["uid"]).startswith("interview-")]
    assert event.decoded("dtstart").astimezone(UTC) == datetime(2027, 3, 15, 16, tzinfo=UTC)
    status, _, err = run(capsys, "season", "rank", pid)
    assert status == 1 and "only programs you interviewed at can be ranked" in err
    assert run(capsys, "season", "status", pid, "interviewed", "--on", "2027-03-15")[0] == 0
    status, out, _ = run(capsys, "season", "rank", pid)
    assert status == 0 and out.startswith(f"1. {program.name}")
    assert Application.objects.get().status == "ranked"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["season", "add", "nope"], "PROGRAM_ID: no program “nope” in the sample catalogue"),
        (["season", "add", "1", "--catalogue", "Gone"], "no catalogue named “Gone”"),
        (["season", "invite", "nope"], "PROGRAM_ID: no application to a program “nope”"),
        (["season", "status", "P0001", "ranked"], "status: “Applied” cannot become “Ranked”"),
        (
            ["season", "schedule", "P0001", "--at", "2027-03-14 02:30"],
            "at: 2027-03-14 02:30 in America/New_York does not exist",
        ),
        (["season", "rank", "P0001", "P0001"], "P0001 is given twice"),
    ],
)
def test_it_names_what_is_wrong_and_exits_non_zero(
    capsys: pytest.CaptureFixture[str],
    make_application: Callable[..., Application],
    argv: list[str],
    message: str,
) -> None:
    make_application()  # P0001, in Ohio
    status, _, err = run(capsys, *argv)
    assert status == 1 and message in err and err.count("\n") == 1


def test_it_imports_a_file_or_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "applied.csv"
    path.write_text("program_id,name,state,applied_on\nA,Alpha,NY,2026-09-24\nB,Beta,NY,later\n")
    status, _, err = run(capsys, "season", "import", str(path))
    assert status == 1 and "applied.csv, line 3, column applied_on" in err
    assert not Application.objects.exists()
    path.write_text("program_id,name,state,applied_on\nA,Alpha,NY,2026-09-24\n")
    assert run(capsys, "season", "import", str(path))[:2] == (0, "Imported 1 application.\n")


def test_it_refuses_a_time_in_another_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["season", "schedule", "X", "--at", "tomorrow 9am"])
    assert exited.value.code == 2 and "not a time (YYYY-MM-DD HH:MM)" in capsys.readouterr().err
