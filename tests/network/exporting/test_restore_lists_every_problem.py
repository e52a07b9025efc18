"""Every problem of a backup is reported at once, each at its place, up to a limit."""

from __future__ import annotations

import pytest

from matchwise.network.exporting.backup import MAX_SHOWN, BackupError, restore
from matchwise.network.models import Contact, Tag
from tests.network.exporting.backups import backup_file, valid_objects

pytestmark = pytest.mark.django_db


def test_it_lists_each_problem_with_its_object_model_key_and_field() -> None:
    objects = valid_objects()
    objects[1]["fields"] |= {"email": "ana(at)example.org", "role": "wizard"}
    objects[2]["fields"]["topic"] = ""
    objects.append({"model": "network.tag", "pk": 2**70, "fields": {"name": "x"}})
    with pytest.raises(BackupError) as caught:
        restore(backup_file(objects), "mine.json")
    assert (
        caught.value.message
        == "mine.json cannot be restored: 4 problems found; nothing was written."
    )
    assert caught.value.problems == (
        "object 2 (network.contact, pk 1), role: Value 'wizard' is not a valid choice.",
        "object 2 (network.contact, pk 1), email: Enter a valid email address.",
        "object 3 (network.interaction, pk 1), topic: This field cannot be blank.",
        f"object 10 (network.tag), pk: {2**70} is outside 1 to {2**63 - 1}",
    )
    assert str(caught.value).splitlines()[1:] == [f"  {p}" for p in caught.value.problems]
    assert not Contact.objects.exists()


def test_it_shows_the_first_problems_and_counts_the_rest() -> None:
    objects = valid_objects()
    extra = MAX_SHOWN + 37
    objects += [
        {"model": "network.tag", "pk": 100 + n, "fields": {"name": f"tag\x00{n}"}}
        for n in range(extra)
    ]
    with pytest.raises(BackupError) as caught:
        restore(backup_file(objects), "mine.json")
    problems = caught.value.problems
    assert f"{extra} problems found" in caught.value.message
    assert len(problems) == MAX_SHOWN + 1
    assert problems[0].startswith("object 10 (network.tag, pk 100), name: contains a control")
    assert problems[-1] == "… and 37 more."
    assert not Tag.objects.exists()
