"""A restore refuses what it cannot do safely, says why, and then writes nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from matchwise.network.exporting.backup import BackupError, backup_bytes, restore
from matchwise.network.models import Contact, Interaction, Preferences, Tag
from tests.network.exporting.dataset import Dataset


def envelope(*objects: dict[str, Any], **changes: Any) -> bytes:
    document = {"format": "matchwise-backup", "version": 1, "created_at": "2026-03-11T09:00:00"}
    document |= {"objects": list(objects)} | changes
    return json.dumps(document).encode()


TAG = {"model": "network.tag", "pk": 1, "fields": {"name": "research"}}


def test_it_refuses_a_database_that_holds_data(dataset: Dataset) -> None:
    backup = backup_bytes()
    with pytest.raises(BackupError, match=r"backup\.json.*already holds 3 tags, 3 contacts"):
        restore(backup, "backup.json")
    assert Contact.objects.count() == 3


@pytest.mark.django_db
def test_it_replaces_the_settings_a_fresh_install_made_by_itself() -> None:
    Preferences.load()
    restore(
        envelope({"model": "network.preferences", "pk": 1, "fields": {"reach_out_target": 9}}, TAG),
        "backup.json",
    )
    assert Preferences.load().reach_out_target == 9
    assert Preferences.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n", r"mine\.json is not a matchwise backup: it is not UTF-8 text"),
        (b"{'format': 1}", r"mine\.json is not a matchwise backup: not JSON"),
        (b"[1, 2]", r"mine\.json is not a matchwise backup: its format is None"),
        (envelope(format="other-app"), r"mine\.json .*format is 'other-app'"),
        (envelope(version=3), r"mine\.json is a backup of version 3.* reads versions 1 and 2 only"),
        (envelope(version="1"), r"mine\.json is a backup of version '1'"),
        (envelope(objects={"a": 1}), r"mine\.json is damaged: it has no list of objects"),
        (
            envelope({"model": "network.tag"}),
            r"object 1 \(network\.tag\), pk: expected a whole number, found nothing",
        ),
        (
            envelope(TAG, {"model": "network.pendingimport", "pk": 1, "fields": {}}),
            r"object 2, model: unknown kind of object 'network.pendingimport'",
        ),
    ],
)
def test_it_refuses_a_file_it_cannot_read(data: bytes, message: str) -> None:
    with pytest.raises(BackupError, match=message):
        restore(data, "mine.json")
    assert Tag.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("broken", "message"),
    [
        (
            {
                "model": "network.interaction",
                "pk": 1,
                "fields": {"contact": 99, "channel": "email", "topic": "x"},
            },
            r"object 2 \(network\.interaction, pk 1\), contact: refers to network\.contact 99",
        ),
        (
            {
                "model": "network.contact",
                "pk": 1,
                "fields": {"name": "A", "created_at": "yesterday"},
            },
            r"created_at: expected a date and time",
        ),
        (
            {"model": "network.contact", "pk": 1, "fields": {"name": "A", "shoe_size": 44}},
            r"shoe_size: no such field",
        ),
        (
            {"model": "network.contact", "pk": 1, "fields": {"name": "A", "tags": [42]}},
            r"tags: refers to network\.tag 42, which is not in the file",
        ),
    ],
)
def test_it_writes_nothing_when_any_row_fails(broken: dict[str, Any], message: str) -> None:
    with pytest.raises(BackupError, match=message):
        restore(envelope(TAG, broken), "broken.json")
    assert Tag.objects.count() == 0
    assert Contact.objects.count() == 0
    assert Interaction.objects.count() == 0


@pytest.mark.django_db
def test_it_reads_a_file_and_names_it_in_errors(tmp_path: Path) -> None:
    path = tmp_path / "matchwise-2026-03-11.json"
    path.write_bytes(envelope(version=7))
    with pytest.raises(BackupError, match=r"matchwise-2026-03-11\.json is a backup of version 7"):
        restore(path)
    path.write_bytes(envelope(TAG))
    assert restore(path).counts["network.Tag"] == 1
