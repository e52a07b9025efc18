"""Contacts as plain JSON objects, for the CLI and the API."""

from __future__ import annotations

from datetime import date

from matchwise.network import queries
from matchwise.network.models import Contact


def contact_json(contact: Contact, status: queries.ContactStatus) -> dict[str, object]:
    return {
        "id": contact.pk,
        "name": contact.name,
        "honorific": contact.honorific,
        "role": contact.role,
        "position": contact.position,
        "specialty": contact.specialty,
        "institution": contact.institution,
        "email": contact.email,
        "phone": contact.phone,
        "linkedin_url": contact.linkedin_url,
        "country": contact.country,
        "source": contact.source,
        "tags": [tag.name for tag in contact.tags.all()],
        "last_contacted": status.last_contacted.isoformat() if status.last_contacted else None,
        "next_due": status.next_due.isoformat(),
        "keep_in_touch": status.cadence_status.value,
        "dormant": status.dormant,
    }


def contacts_as_json(today: date) -> list[dict[str, object]]:
    contacts = queries.with_dates(Contact.objects.all(), today).prefetch_related("tags")
    return [contact_json(c, queries.status_of(c, today)) for c in contacts]
