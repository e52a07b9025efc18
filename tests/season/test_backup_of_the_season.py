"""The season is in the backup, comes back exactly, and a restore checks its values."""

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
from tests.season.dataset import build_season_dataset

pytestmark = pytest.mark.django_db
SEASON = [label for label in BACKED_UP_MODELS if label.startswith("season.")]


def snapshot() -> dict[str, list[dict[str, Any]]]:
    tables = {}
    for label in SEASON:
        model = apps.get_model(label)
        tables[label] = [
            {field.attname: getattr(row, field.attname) for field in model._meta.concrete_fields}
            for row in model._default_manager.order_by("pk")
        ]
    return tables


def test_it_backs_up_and_restores_every_season_row() -> None:
    build_season_dataset()
    before = snapshot()
    assert len(SEASON) == 10 and all(before.values()), "the dataset fills every season model"
    data = backup_bytes()
    for model in reversed(backed_up_models()):
        model._default_manager.all().delete()
    counts = restore(data, "backup.json").counts
    assert snapshot() == before
    assert counts["season.Application"] == 1


def test_it_restores_after_what_each_row_refers_to() -> None:
    order = list(BACKED_UP_MODELS)
    for child, parent in [
        ("season.StatusChange", "season.Application"),
        ("season.Invitation", "season.Application"),
        ("season.InvitationSlot", "season.Invitation"),
        ("season.SoapOffer", "season.SoapProgram"),
        ("season.SoapStep", "season.SoapProgram"),
        ("season.PartnerProgram", "season.Partner"),
        ("season.CouplePair", "season.PartnerProgram"),
        ("season.CouplePair", "season.Application"),
    ]:
        assert order.index(child) > order.index(parent)


APPLICATION = {
    "model": "season.application",
    "pk": 1,
    "fields": {
        "program_id": "1234140C0",
        "name": "Lakeside IM",
        "time_zone": "America/Chicago",
        "applied_on": "2026-09-24",
        "status": "applied",
        "status_on": "2026-09-24",
    },
}


def objects_with(**changes: dict[str, Any]) -> list[dict[str, Any]]:
    fields = APPLICATION["fields"]
    assert isinstance(fields, dict)
    return [*valid_objects(), {**APPLICATION, "fields": fields | changes.get("application", {})}]


def test_it_restores_a_valid_application() -> None:
    assert restore(backup_file(objects_with()), "b.json").counts["season.Application"] == 1


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"time_zone": "Mars/Base"}, "time_zone: Use a time zone name"),
        ({"status": "hoping"}, "status: Value 'hoping' is not a valid choice."),
        ({"rank": 1}, "rank: Only interviewed programs are ranked."),
        ({"name": ""}, "name: This field cannot be blank."),
    ],
)
def test_it_checks_each_application_value(changes: dict[str, Any], expected: str) -> None:
    with pytest.raises(BackupError) as caught:
        restore(backup_file(objects_with(application=changes)), "b.json")
    assert not apps.get_model("season.Application").objects.exists()
    assert any(expected in problem for problem in caught.value.problems), caught.value.problems


SOAP_PROGRAM = {
    "model": "season.soapprogram",
    "pk": 1,
    "fields": {"name": "Riverside FM", "listed_on": "2027-03-15"},
}


@pytest.mark.parametrize(
    ("offer", "expected"),
    [
        ({"state": "maybe"}, "state: Value 'maybe' is not a valid choice."),
        ({"round": 0}, "round: Ensure this value is greater than or equal to 1."),
    ],
)
def test_it_checks_each_soap_offer_value(offer: dict[str, Any], expected: str) -> None:
    fields = {"program": 1, "round": 1, "state": "received", "received_at": "2027-03-18T13:00:00Z"}
    objects = [
        *valid_objects(),
        SOAP_PROGRAM,
        {"model": "season.soapoffer", "pk": 1, "fields": fields | offer},
    ]
    with pytest.raises(BackupError) as caught:
        restore(backup_file(objects), "b.json")
    assert not apps.get_model("season.SoapProgram").objects.exists()
    assert any(expected in problem for problem in caught.value.problems), caught.value.problems


def test_it_refuses_a_pair_with_no_program_on_either_side() -> None:
    pair = {"model": "season.couplepair", "pk": 1, "fields": {"position": 1, "mine": None}}
    with pytest.raises(BackupError) as caught:
        restore(backup_file([*valid_objects(), pair]), "b.json")
    assert not apps.get_model("season.CouplePair").objects.exists()
    assert any("A pair needs a program on at least one side" in p for p in caught.value.problems)
