"""Export every contact as vCard, empty the database, import the file: what comes back."""

from __future__ import annotations

from matchwise.network.exporting.vcard import contacts_vcard_text
from matchwise.network.importing.report import ImportReport
from matchwise.network.importing.service import commit
from matchwise.network.importing.vcard import parse_vcard
from matchwise.network.models import Contact, Tag

# Every field the vCard export writes.
EXPORTED = (
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
    "notes",
)

Row = tuple[str | tuple[str, ...], ...]


def exported_fields() -> list[Row]:
    """Each contact as the export sees it, in a stable order; tags as a sorted tuple."""
    rows = [
        (*(getattr(c, name) for name in EXPORTED), tuple(sorted(t.name for t in c.tags.all())))
        for c in Contact.objects.prefetch_related("tags")
    ]
    return sorted(rows, key=repr)


def export_and_reimport() -> ImportReport:
    """Write the vCard file, delete every contact and tag, and import the file again."""
    data = contacts_vcard_text().encode("utf-8")
    Contact.objects.all().delete()
    Tag.objects.all().delete()
    return commit(parse_vcard("contacts.vcf", data))
