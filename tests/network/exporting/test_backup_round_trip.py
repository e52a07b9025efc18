"""Backing everything up and restoring it gives back exactly the same data."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import pytest

from matchwise.network.exporting.backup import (
    BACKED_UP_MODELS,
    backed_up_models,
    backup_bytes,
    restore,
)
from matchwise.network.models import Contact, Interaction, PendingImport, Preferences, Tag
from tests.full_dataset import build_everything
from tests.network.exporting.dataset import CALENDAR_KEY, TIME_ZONE, build_dataset

FIRST = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)
SECOND = datetime(2026, 3, 12, 18, 30, 15, 5, tzinfo=UTC)


def snapshot() -> dict[str, list[dict[str, Any]]]:
    """Every stored field of every row (model_to_dict would skip the non-editable ones)."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for model in backed_up_models():
        rows = []
        for row in model._default_manager.order_by("pk"):
            values = {
                field.attname: getattr(row, field.attname) for field in model._meta.concrete_fields
            }
            for field in model._meta.many_to_many:
                values[field.name] = sorted(getattr(row, field.name).values_list("pk", flat=True))
            rows.append(values)
        tables[model._meta.label] = rows
    return tables


def delete_everything() -> None:
    for model in reversed(backed_up_models()):
        model._default_manager.all().delete()


@pytest.mark.django_db(transaction=True)
def test_it_restores_every_field_of_every_row() -> None:
    build_everything()
    before = snapshot()
    assert all(before.values()), "the dataset fills every backed-up model"
    first = backup_bytes(FIRST)
    delete_everything()
    assert not any(snapshot().values())

    counts = restore(first, "backup.json").counts

    assert counts == {label: len(before[label]) for label in BACKED_UP_MODELS}
    assert snapshot() == before
    second = backup_bytes(SECOND)
    assert second == first.replace(FIRST.isoformat().encode(), SECOND.isoformat().encode())
    assert first != second


@pytest.mark.django_db(transaction=True)
def test_it_keeps_links_between_contacts_and_derived_keys() -> None:
    data = build_dataset()
    backup = backup_bytes()
    delete_everything()
    restore(backup, "backup.json")
    full = Contact.objects.get(pk=data.full.pk)
    assert full.met_through_id == data.introducer.pk
    assert full.met_through_id > full.pk  # introduced by a contact added later
    assert Contact.objects.get(pk=data.plain.pk).met_through_id == full.pk
    assert sorted(full.tags.values_list("name", flat=True)) == ["research", "usce, 2025"]
    assert full.email_key == "zoe.muller@example.org"
    assert full.linkedin_key == "zoe-muller"
    assert full.notes.endswith("after 6 pm")
    assert Preferences.load().calendar_token == CALENDAR_KEY
    assert Preferences.load().time_zone == TIME_ZONE


@pytest.mark.django_db
def test_it_recomputes_stored_dates_from_the_restored_interactions() -> None:
    data = build_dataset()
    envelope = json.loads(backup_bytes())
    for item in envelope["objects"]:
        if item["model"] == "network.contact":
            item["fields"] |= {"last_contacted": "2001-01-01", "keep_in_touch_on": None}
    delete_everything()
    restore(json.dumps(envelope).encode(), "edited.json", accept_edited=True)
    full = Contact.objects.get(pk=data.full.pk)
    assert full.last_contacted == date(2026, 1, 10)
    assert full.keep_in_touch_on == date(2026, 1, 31)  # its own cadence: every 21 days
    assert Contact.objects.get(pk=data.plain.pk).last_contacted is None


@pytest.mark.django_db(transaction=True)
def test_it_gives_new_rows_fresh_ids_after_a_restore() -> None:
    backup = {
        "format": "matchwise-backup",
        "version": 1,
        "created_at": FIRST.isoformat(),
        "objects": [
            {"model": "network.tag", "pk": 900, "fields": {"name": "restored"}},
            {
                "model": "network.contact",
                "pk": 700,
                "fields": {"name": "Restored Person", "tags": [900]},
            },
            {
                "model": "network.interaction",
                "pk": 800,
                "fields": {"contact": 700, "channel": "email", "topic": "Hello"},
            },
        ],
    }
    restore(json.dumps(backup).encode(), "small.json")
    assert Tag.objects.create(name="new").pk > 900
    contact = Contact.objects.create(name="New Person")
    assert contact.pk > 700
    interaction = Interaction.objects.create(contact=contact, channel="call", topic="Hi")
    assert interaction.pk > 800


@pytest.mark.django_db
def test_it_leaves_pending_imports_out() -> None:
    PendingImport.objects.create(kind="csv", filename="people.csv", content=b"name\nA\n")
    labels = {item["model"] for item in json.loads(backup_bytes())["objects"]}
    assert "network.pendingimport" not in labels
