"""Rotations, Match results and mentees are in the backup, come back exactly, and a restore
checks their values by the same rules as the forms."""

from __future__ import annotations

from typing import Any

import pytest
from django.apps import apps

from matchwise.network.exporting.backup import (
    BACKED_UP_MODELS,
    BackupError,
    backed_up_models,
    backup_bytes,
    restore,
)
from tests.network.exporting.backups import backup_file, valid_objects
from tests.rotations.dataset import build_rotations_dataset

pytestmark = pytest.mark.django_db
ROTATIONS = [label for label in BACKED_UP_MODELS if label.startswith("rotations.")]


def snapshot() -> dict[str, list[dict[str, Any]]]:
    tables = {}
    for label in ROTATIONS:
        model = apps.get_model(label)
        tables[label] = [
            {field.attname: getattr(row, field.attname) for field in model._meta.concrete_fields}
            for row in model._default_manager.order_by("pk")
        ]
    return tables


def test_it_backs_up_and_restores_every_rotation_row() -> None:
    build_rotations_dataset()
    before = snapshot()
    assert all(before.values()), "the dataset fills every model of rotations"
    data = backup_bytes()
    for model in reversed(backed_up_models()):
        model._default_manager.all().delete()
    counts = restore(data, "backup.json").counts
    assert snapshot() == before
    assert counts["rotations.Rotation"] == 1


def test_it_restores_after_what_each_row_refers_to() -> None:
    order = list(BACKED_UP_MODELS)
    for child, parent in [
        ("rotations.RotationMember", "network.Contact"),
        ("rotations.RotationMember", "rotations.Rotation"),
        ("rotations.RotationTask", "network.FollowUp"),
        ("rotations.Mentee", "network.Contact"),
    ]:
        assert order.index(child) > order.index(parent)


ROTATION = {
    "model": "rotations.rotation",
    "pk": 1,
    "fields": {
        "kind": "observership",
        "institution": "Lakeside",
        "starts_on": "2026-03-02",
        "ends_on": "2026-03-27",
    },
}
MEMBER = {
    "model": "rotations.rotationmember",
    "pk": 1,
    "fields": {"rotation": 1, "contact": 1, "role": "attending"},
}
RESULT = {
    "model": "rotations.matchresult",
    "pk": 1,
    "fields": {
        "season": 2027,
        "outcome": "matched",
        "matched_at": "Lakeside, Ohio",
        "season_started_on": "2026-01-01",
        "recorded_on": "2027-03-19",
    },
}


def objects_with(*extra: dict[str, Any], **changes: dict[str, Any]) -> list[dict[str, Any]]:
    """The valid objects of the tracker's tests, a rotation, a person met and a result, with
    `changes` (by model name) applied to their fields."""
    objects = valid_objects()
    for item in (ROTATION, MEMBER, RESULT, *extra):
        name = item["model"].split(".")[1]
        objects.append({**item, "fields": item["fields"] | changes.get(name, {})})
    return objects


def refusal(objects: list[dict[str, Any]]) -> str:
    with pytest.raises(BackupError) as caught:
        restore(backup_file(objects), "backup.json")
    assert not apps.get_model("rotations.Rotation").objects.exists()
    assert len(caught.value.problems) == 1
    return caught.value.problems[0]


def test_it_restores_the_valid_rows() -> None:
    assert restore(backup_file(objects_with()), "backup.json").counts["rotations.MatchResult"] == 1


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"rotation": {"ends_on": "2026-03-01"}},
            "rotations.rotation, pk 1), ends_on: The rotation cannot end before it starts.",
        ),
        (
            {"rotation": {"ends_on": "2027-06-01"}},
            "rotations.rotation, pk 1), ends_on: A rotation lasts at most 366 days",
        ),
        (
            {"rotation": {"kind": "holiday"}},
            "rotations.rotation, pk 1), kind: Value 'holiday' is not a valid choice.",
        ),
        (
            {"rotation": {"attending_target": 11}},
            "rotations.rotation, pk 1), attending_target: Choose between 0 and 10.",
        ),
        (
            {"rotation": {"institution": ""}},
            "rotations.rotation, pk 1), institution: This field cannot be blank.",
        ),
        (
            {"rotationmember": {"role": "boss"}},
            "rotations.rotationmember, pk 1), role: Value 'boss' is not a valid choice.",
        ),
        (
            {"rotationmember": {"contact": 7}},
            "rotations.rotationmember, pk 1), contact: refers to network.contact 7, which is not",
        ),
        (
            {"matchresult": {"matched_at": ""}},
            "rotations.matchresult, pk 1), matched_at: Say where you matched.",
        ),
        (
            {"matchresult": {"outcome": "not_matched"}},
            "rotations.matchresult, pk 1), matched_at: Leave this empty when you did not match.",
        ),
        (
            {"matchresult": {"season_started_on": "2027-04-01"}},
            "rotations.matchresult, pk 1), season_started_on: The season cannot start after",
        ),
        (
            {"matchresult": {"season": 1999}},
            "rotations.matchresult, pk 1), season: Ensure this value is greater than or equal",
        ),
    ],
)
def test_it_checks_each_rotation_value(changes: dict[str, dict[str, Any]], expected: str) -> None:
    assert expected in refusal(objects_with(**changes))


def test_it_refuses_the_same_person_twice_on_one_rotation() -> None:
    twice = {**MEMBER, "pk": 2}
    assert "rotation, contact as object" in refusal(objects_with(twice))
