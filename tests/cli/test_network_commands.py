"""The tracker's commands: import, export, backup and restore, due, contacts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import icalendar
import openpyxl
import pytest
import vobject

from matchwise.cli import main
from matchwise.network.choices import Channel
from matchwise.network.models import Contact, Interaction

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parents[1] / "network" / "importing" / "fixtures"
LINKEDIN = FIXTURES / "linkedin_connections_2026.csv"


def test_it_imports_linkedin_and_reports_added_and_rejected(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["import", "linkedin", str(LINKEDIN), "--dry-run"]) == 0
    dry = capsys.readouterr().out
    assert "Dry run: nothing was written." in dry
    assert not Contact.objects.exists()
    assert main(["import", "linkedin", str(LINKEDIN)]) == 0
    out = capsys.readouterr().out
    assert Contact.objects.exists()
    assert f"{Contact.objects.count()} new contact" in out
    assert main(["import", "linkedin", str(LINKEDIN)]) == 0  # again: nothing new
    assert "0 new contacts" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["import", "vcard", "/nonexistent/cards.vcf"], "cannot read /nonexistent/cards.vcf"),
        (["restore", "/nonexistent/backup.json"], "cannot read /nonexistent/backup.json"),
    ],
)
def test_it_fails_with_a_one_line_reason(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) != 0
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def test_it_rejects_a_file_that_is_not_a_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "notes.json"
    bogus.write_text('{"hello": 1}')
    assert main(["restore", str(bogus)]) != 0
    assert "notes.json" in capsys.readouterr().err


def test_it_exports_every_format_readably(
    tmp_path: Path, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    contact = make_contact("Ana Silva", institution="=HYPERLINK(1)", email="ana@example.org")
    log(contact, date.today(), Channel.IN_PERSON)
    for kind in ("csv", "xlsx", "vcard", "ics"):
        assert main(["export", kind, "--out", str(tmp_path / f"out.{kind}")]) == 0
    assert "'=HYPERLINK(1)" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    assert sheet is not None and sheet.freeze_panes == "A2"
    card = next(vobject.readComponents((tmp_path / "out.vcard").read_text()))
    assert card.fn.value == "Ana Silva"
    calendar = icalendar.Calendar.from_ical((tmp_path / "out.ics").read_bytes())
    assert any("Ana Silva" in str(e["SUMMARY"]) for e in calendar.walk("VEVENT"))


def test_it_prints_due_items_and_contacts_as_json(
    make_contact: Callable[..., Contact],
    log: Callable[..., Interaction],
    capsys: pytest.CaptureFixture[str],
) -> None:
    log(make_contact("Lena Park"), date.today(), Channel.CONFERENCE, topic="Poster")
    make_contact("Ben Cole")
    assert main(["due", "--json"]) == 0
    due = json.loads(capsys.readouterr().out)
    assert [(d["contact"], d["state"]) for d in due] == [("Lena Park", "this_week")]
    assert main(["contacts", "--json"]) == 0
    contacts = json.loads(capsys.readouterr().out)
    assert [c["name"] for c in contacts] == ["Ben Cole", "Lena Park"]
    assert contacts[1]["last_contacted"] == date.today().isoformat()
    assert main(["due"]) == 0
    assert "Lena Park" in capsys.readouterr().out


@pytest.mark.skipif(bool(os.environ.get("DATABASE_URL")), reason="uses fresh SQLite data folders")
def test_it_restores_a_backup_into_an_empty_data_folder(
    tmp_path: Path, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    """The real command in a new process: back up, restore elsewhere, back up again."""
    source, target = tmp_path / "source", tmp_path / "target"

    def run(folder: Path, *argv: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "MATCHWISE_DATA_DIR": str(folder)}
        env.pop("DJANGO_SETTINGS_MODULE", None)
        return subprocess.run(
            [sys.executable, "-m", "matchwise", *argv],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )

    assert run(source, "import", "linkedin", str(LINKEDIN)).returncode == 0
    first = tmp_path / "first.json"
    assert run(source, "backup", "--out", str(first)).returncode == 0
    restored = run(target, "restore", str(first))
    assert restored.returncode == 0, restored.stderr
    again = run(target, "restore", str(first))
    assert again.returncode != 0 and "empty" in again.stderr
    second = tmp_path / "second.json"
    assert run(target, "backup", "--out", str(second)).returncode == 0
    one, two = json.loads(first.read_text()), json.loads(second.read_text())
    assert one["objects"] == two["objects"]
    assert run(target, "contacts", "--json").stdout == run(source, "contacts", "--json").stdout
