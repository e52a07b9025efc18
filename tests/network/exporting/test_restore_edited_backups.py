"""A backup carries a checksum: an edited one is refused unless the user accepts edits."""

from __future__ import annotations

import json
import re

import pytest

from matchwise.network.exporting.backup import BackupError, backup_bytes, checksum, restore
from matchwise.network.models import Contact, Tag
from tests.network.exporting.backups import backup_file, spoiled, valid_objects
from tests.network.exporting.dataset import Dataset

pytestmark = pytest.mark.django_db


def emptied(data: bytes) -> bytes:
    """Delete the rows the backup holds, so that it can be restored."""
    for contact in Contact.objects.all():
        contact.delete()
    Tag.objects.all().delete()
    return data


def edit(data: bytes, old: str, new: str) -> bytes:
    text = data.decode()
    assert old in text
    return text.replace(old, new).encode()


def test_it_writes_version_2_with_a_checksum_of_the_objects(dataset: Dataset) -> None:
    document = json.loads(backup_bytes())
    assert document["version"] == 2
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", document["checksum"])
    assert document["checksum"] == checksum(document["objects"])


def test_it_refuses_an_edited_backup_and_writes_nothing(dataset: Dataset) -> None:
    data = edit(emptied(backup_bytes()), "Sam Lee", "Sam Leigh")
    with pytest.raises(BackupError) as caught:
        restore(data, "edited.json")
    assert str(caught.value).startswith(
        "edited.json was changed after matchwise wrote it: its checksum does not match"
    )
    assert "--accept-edited" in str(caught.value)
    assert not Contact.objects.exists()


def test_it_restores_an_edited_backup_when_told_to_and_says_so(dataset: Dataset) -> None:
    data = edit(emptied(backup_bytes()), "Sam Lee", "Sam Leigh")
    restored = restore(data, "edited.json", accept_edited=True)
    assert Contact.objects.filter(name="Sam Leigh").exists()
    assert restored.notes == (
        "edited.json was edited after it was written; restored as you asked.",
    )


def test_it_still_checks_every_value_of_an_accepted_edit(dataset: Dataset) -> None:
    data = edit(
        emptied(backup_bytes()),
        '"linkedin_url": "https://www.linkedin.com/in/Zoe-Muller/"',
        '"linkedin_url": "javascript:alert(document.domain)"',
    )
    with pytest.raises(BackupError, match="linkedin_url: Enter a web address that starts with"):
        restore(data, "edited.json", accept_edited=True)
    assert not Contact.objects.exists()


def test_it_takes_a_missing_or_malformed_checksum_for_an_edit() -> None:
    for changes in ({"checksum": None}, {"checksum": "sha256:0"}, {"checksum": ["sha256"]}):
        with pytest.raises(BackupError, match="checksum does not match"):
            restore(backup_file(valid_objects(), **changes), "backup.json")
    document = json.loads(backup_file(valid_objects()))
    del document["checksum"]
    with pytest.raises(BackupError, match="checksum does not match"):
        restore(json.dumps(document).encode(), "backup.json")
    assert not Contact.objects.exists()


def test_it_does_not_mind_a_new_layout_of_the_same_objects(dataset: Dataset) -> None:
    document = json.loads(emptied(backup_bytes()))
    document["objects"] = [dict(reversed(item.items())) for item in document["objects"]]
    compact = json.dumps(document, separators=(",", ":"), ensure_ascii=True).encode()
    restored = restore(compact, "compact.json")
    assert restored.notes == ()
    assert Contact.objects.count() == 3


def test_it_reads_a_version_1_backup_and_says_it_could_not_check_for_edits() -> None:
    restored = restore(backup_file(valid_objects(), version=1), "old.json")
    assert restored.total == len(valid_objects())
    assert restored.notes == (
        "old.json is a version-1 backup, which has no checksum: it could not be checked for "
        "edits (every value was checked).",
    )


def test_it_checks_every_value_of_a_version_1_backup() -> None:
    objects = spoiled("network.contact", email="nobody")
    with pytest.raises(BackupError, match=r"object 2 \(network\.contact, pk 1\), email: Enter a"):
        restore(backup_file(objects, version=1), "old.json")
    assert not Contact.objects.exists()
