"""A damaged file is refused with a reason, never with a traceback, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from matchwise.network.exporting import backup
from matchwise.network.exporting.backup import BackupError, restore
from matchwise.network.models import Contact
from tests.network.exporting.backups import backup_file, spoiled, valid_objects

pytestmark = pytest.mark.django_db
START = b'{"format": "matchwise-backup", "version": 2, "objects": '


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (START + b"[" * 100_000 + b"]" * 100_000 + b"}", r"bad\.json is damaged: it is nested too"),
        (b"[" * 100_000, r"bad\.json is damaged: it is nested too deeply"),
        (START + b"[1" + b"0" * 5000 + b"]}", r"bad\.json is not a matchwise backup: not JSON"),
        (
            START + b'["\xff\xfe"]}',
            rf"bad\.json .*not UTF-8 text \(byte {len(START) + 3} cannot be read\)",
        ),
        (START + b"[]", r"bad\.json is not a matchwise backup: not JSON \(Expecting ',' delim"),
        (b"", r"bad\.json is not a matchwise backup: not JSON"),
        (b'"matchwise-backup"', r"bad\.json is not a matchwise backup: its format is None"),
        (b'{"format": ["matchwise-backup"]}', r"bad\.json .*: its format is not text"),
        (START + b"null}", r"bad\.json is damaged: it has no list of objects"),
    ],
)
def test_it_refuses_a_file_it_cannot_read(data: bytes, message: str) -> None:
    with pytest.raises(BackupError, match=message):
        restore(data, "bad.json")
    assert not Contact.objects.exists()


def test_it_refuses_a_file_larger_than_any_backup_before_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "MAX_BYTES", 2**20)
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (2**20 + 1))
    with pytest.raises(BackupError, match=r"^huge\.json is larger than 1 MB, far more than a"):
        restore(huge)
    with pytest.raises(BackupError, match=r"^the backup is larger than 1 MB"):
        restore(huge.read_bytes())
    small = tmp_path / "small.json"
    small.write_bytes(backup_file(valid_objects()))
    assert restore(small).total == len(valid_objects())


def test_it_says_when_the_file_cannot_be_read(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match=r"cannot read .*missing\.json: No such file"):
        restore(tmp_path / "missing.json")
    with pytest.raises(BackupError, match=r"cannot read .*: Is a directory"):
        restore(tmp_path)


@pytest.mark.parametrize(
    ("objects", "problem"),
    [
        ([*valid_objects(), 42], "object 10: expected an object, found a whole number"),
        ([*valid_objects(), None], "object 10: expected an object, found null"),
        ([*valid_objects(), []], "object 10: expected an object, found a list"),
        (
            spoiled("network.contact", name=["A"]),
            "object 2 (network.contact, pk 1), name: expected text, found a list",
        ),
        (
            spoiled("network.contact", name="Ana \udc80"),
            "object 2 (network.contact, pk 1), name: contains a lone surrogate (U+DC80)",
        ),
        (
            [*valid_objects(), {"model": "\ud83d", "pk": 2}],
            "object 10, model: unknown kind of object '\\ud83d'",
        ),
    ],
)
def test_it_lists_damaged_objects_as_problems(objects: list[object], problem: str) -> None:
    with pytest.raises(BackupError) as caught:
        restore(backup_file(objects), "bad.json")
    assert caught.value.problems[0].startswith(problem)
    str(caught.value).encode("utf-8")  # printable: no lone surrogate reaches the message
    assert not Contact.objects.exists()
