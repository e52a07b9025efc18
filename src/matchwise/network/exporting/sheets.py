"""Contacts as a spreadsheet: CSV for any tool, XLSX for Excel and LibreOffice."""

from __future__ import annotations

from collections.abc import Iterator

from django.db.models import Max, QuerySet

from matchwise.network.models import Contact
from matchwise.spreadsheets import TextSink, Value, csv_bytes, write_csv, xlsx_bytes

COLUMNS = (
    "name",
    "honorific",
    "role",
    "position",
    "specialty",
    "institution",
    "email",
    "phone",
    "linkedin_url",
    "country",
    "source",
    "met_through",
    "tags",
    "notes",
    "last_contacted",
    "cadence_ideal_days",
    "cadence_max_days",
)
# Column widths in characters, so that the sheet is readable when it opens.
WIDTHS = {
    "name": 28,
    "position": 28,
    "institution": 32,
    "email": 30,
    "linkedin_url": 40,
    "tags": 30,
    "notes": 60,
}
# Contacts are read in chunks: memory stays flat and tags cost one query per chunk.
CHUNK_SIZE = 1000
SHEET_TITLE = "Contacts"


def contacts_for_export() -> QuerySet[Contact]:
    """Every contact with its introducer, its tags and the date of its newest interaction.

    The date is computed here rather than read from the stored copy, so that the export is
    right even if that copy has not been refreshed after a bulk change."""
    return (
        Contact.objects.select_related("met_through")
        .prefetch_related("tags")
        .annotate(newest_interaction_on=Max("interactions__occurred_on"))
        .order_by("name", "id")
    )


def contact_row(contact: Contact) -> tuple[Value, ...]:
    """One contact's cells, in the order of `COLUMNS`; `contact` comes from
    `contacts_for_export`."""
    return (
        contact.name,
        contact.honorific,
        contact.get_role_display(),
        contact.position,
        contact.specialty,
        contact.institution,
        contact.email,
        contact.phone,
        contact.linkedin_url,
        contact.country,
        contact.get_source_display() if contact.source else "",
        contact.met_through.name if contact.met_through else "",
        ", ".join(tag.name for tag in contact.tags.all()),
        contact.notes,
        contact.newest_interaction_on,  # type: ignore[attr-defined]
        contact.cadence_ideal_days,
        contact.cadence_max_days,
    )


def contact_rows() -> Iterator[tuple[Value, ...]]:
    for contact in contacts_for_export().iterator(chunk_size=CHUNK_SIZE):
        yield contact_row(contact)


def write_contacts_csv(stream: TextSink) -> None:
    """Write the contacts as CSV (RFC 4180: CRLF rows; open files with `newline=""`)."""
    write_csv(stream, COLUMNS, contact_rows())


def contacts_csv_bytes() -> bytes:
    return csv_bytes(COLUMNS, contact_rows())


def contacts_xlsx_bytes() -> bytes:
    return xlsx_bytes(SHEET_TITLE, COLUMNS, contact_rows(), widths=WIDTHS)
