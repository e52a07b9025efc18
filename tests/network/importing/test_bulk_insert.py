"""The import's rows are converted before the write transaction and inserted inside it; what
is stored is what `bulk_create` would have stored, ids included."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from django.db import connection
from django.forms.models import model_to_dict

from matchwise.network.importing.bulk_insert import BulkInsert
from matchwise.network.models import Contact, Interaction

pytestmark = pytest.mark.django_db
CREATED = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def people() -> list[Contact]:
    return [
        Contact(
            name="Zoë Müller",
            role="attending",
            email="zoe@riverside.example",
            email_key="zoe@riverside.example",
            notes="Met at grand rounds.\nLikes questions.",
            created_at=CREATED,
            last_contacted=date(2026, 2, 1),
            keep_in_touch_on=date(2026, 4, 1),
        ),
        Contact(name="Rohan Mehta", created_at=CREATED, cadence_ideal_days=30),
    ]


def stored(contact: Contact) -> dict[str, object]:
    fields = model_to_dict(Contact.objects.get(pk=contact.pk), exclude=["id", "tags"])
    fields["created_at"] = Contact.objects.get(pk=contact.pk).created_at
    return fields


def test_it_stores_what_bulk_create_stores() -> None:
    by_orm, by_insert = people(), people()
    Contact.objects.bulk_create(by_orm)
    insert = BulkInsert(Contact, by_insert)  # converted here, before any transaction
    insert.run()
    assert all(contact.pk is not None for contact in by_insert)
    assert [stored(c) for c in by_insert] == [stored(c) for c in by_orm]
    assert stored(by_insert[0])["created_at"] == CREATED


def test_it_never_reuses_the_id_of_a_deleted_contact() -> None:
    gone = Contact.objects.create(name="Deleted Person")
    gone_id = gone.pk
    gone.delete()
    new = people()
    BulkInsert(Contact, new).run()
    assert gone_id is not None and min(c.pk for c in new if c.pk) > gone_id
    assert Contact.objects.create(name="After").pk == max(c.pk for c in new if c.pk) + 1


def test_it_reads_late_columns_when_it_inserts() -> None:
    contacts = people()
    touches = [
        Interaction(occurred_on=date(2026, 2, 1), channel="email", topic="Hello"),
        Interaction(occurred_on=date(2026, 2, 2), channel="call", topic="Call back"),
    ]
    contact_inserts = BulkInsert(Contact, contacts)
    touch_inserts = BulkInsert(Interaction, touches, late=["contact"])
    contact_inserts.run()
    for contact, touch in zip(contacts, touches, strict=True):
        touch.contact = contact
    touch_inserts.run()
    assert [(t.contact.name, t.topic) for t in Interaction.objects.order_by("occurred_on")] == [
        ("Zoë Müller", "Hello"),
        ("Rohan Mehta", "Call back"),
    ]


def test_it_inserts_nothing_without_rows() -> None:
    BulkInsert(Contact, []).run()
    assert not Contact.objects.exists()


def test_it_leaves_other_databases_to_bulk_create() -> None:
    assert BulkInsert(Contact, []).fast is (connection.vendor == "sqlite")
