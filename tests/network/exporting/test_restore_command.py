"""`matchwise restore`: what it prints, its exit status, and no traceback on a damaged file."""

from __future__ import annotations

from pathlib import Path

import pytest

from matchwise.cli import main
from matchwise.network.models import Contact
from tests.network.exporting.backups import backup_file, spoiled, valid_objects

pytestmark = pytest.mark.django_db


def write(folder: Path, data: bytes, name: str = "backup.json") -> str:
    path = folder / name
    path.write_bytes(data)
    return str(path)


def test_it_restores_and_prints_the_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["restore", write(tmp_path, backup_file(valid_objects()))]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Restored 9 records from backup.json: 1 tag, 1 contact, 1 interaction")
    assert Contact.objects.exists()


def test_it_prints_every_problem_and_exits_with_status_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    objects = spoiled("network.contact", name=["A"], linkedin_url="javascript:alert(1)")
    assert main(["restore", write(tmp_path, backup_file(objects))]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "matchwise: backup.json cannot be restored: 2 problems found; nothing was written.",
        "  object 2 (network.contact, pk 1), name: expected text, found a list",
        "  object 2 (network.contact, pk 1), linkedin_url: Enter a web address that starts "
        "with http:// or https://.",
    ]
    assert not Contact.objects.exists()


def test_it_restores_an_edited_backup_with_accept_edited(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, backup_file(valid_objects()).replace(b"Ana Souza", b"Ana Sousa"))
    assert main(["restore", path]) == 1
    assert "--accept-edited" in capsys.readouterr().err
    assert main(["restore", path, "--accept-edited"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Note: backup.json was edited after it was written; restored as you asked."
    assert out[1].startswith("Restored 9 records")
    assert Contact.objects.get().name == "Ana Sousa"


def test_it_notes_that_a_version_1_backup_could_not_be_checked_for_edits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["restore", write(tmp_path, backup_file(valid_objects(), version=1))]) == 0
    assert "could not be checked for edits" in capsys.readouterr().out


@pytest.mark.parametrize(
    "data",
    [
        b"[" * 50_000,
        b'{"format": "matchwise-backup", "version": 2, "objects": [1' + b"0" * 5000 + b"]}",
        b"\xff\xfe\x00",
        backup_file([{"model": "network.contact", "pk": 2**70, "fields": {"role": "wizard"}}]),
        backup_file(spoiled("network.contact", name="\udc80", role="wizard"), version=1),
        backup_file([None, "x", {"model": {"a": [[[[]]]]}}]),
    ],
)
def test_it_never_ends_in_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes
) -> None:
    assert main(["restore", write(tmp_path, data)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("matchwise: ")
    assert "Traceback" not in err
    assert not Contact.objects.exists()
