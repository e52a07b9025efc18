"""What the user enters about a contact, declared once (no Django import).

Every place that lists a contact's fields takes its list from here or is checked against it
(`tests/network/test_one_declaration_of_contact_fields.py`): the model, the contact form, the
record an importer reads from a file, the sheet and vCard exports, the JSON of the API and the
CLI, the import's merge and the backup. A place that leaves an entered field out says why in
`LEFT_OUT`; a field the user never types is in `DERIVED`, with what sets it.

Adding a field to the contact: declare it in `ENTERED`, add it to the model (and a migration),
then run the test above, which names every place still missing it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    TEXT = "text"  # words as typed
    CHOICE = "choice"  # one of a fixed list, stored as its key (role, how you met)
    CONTACT = "contact"  # another contact (who introduced you)
    TAGS = "tags"  # any number of labels
    DAYS = "days"  # a number of days; empty means the role's default


@dataclass(frozen=True)
class ContactField:
    name: str
    kind: Kind

    @property
    def is_words(self) -> bool:
        """Stored as text, so a file can carry it as it is."""
        return self.kind in (Kind.TEXT, Kind.CHOICE)


# In the order the contact form shows them.
ENTERED: tuple[ContactField, ...] = (
    ContactField("honorific", Kind.TEXT),
    ContactField("name", Kind.TEXT),
    ContactField("role", Kind.CHOICE),
    ContactField("position", Kind.TEXT),
    ContactField("specialty", Kind.TEXT),
    ContactField("institution", Kind.TEXT),
    ContactField("email", Kind.TEXT),
    ContactField("phone", Kind.TEXT),
    ContactField("linkedin_url", Kind.TEXT),
    ContactField("country", Kind.TEXT),
    ContactField("source", Kind.CHOICE),
    ContactField("met_through", Kind.CONTACT),
    ContactField("tags", Kind.TAGS),
    ContactField("notes", Kind.TEXT),
    ContactField("cadence_ideal_days", Kind.DAYS),
    ContactField("cadence_max_days", Kind.DAYS),
)
NAMES: tuple[str, ...] = tuple(field.name for field in ENTERED)
# The fields the contact form edits as they are (tags are typed as one line of names).
FORM_FIELDS: tuple[str, ...] = tuple(f.name for f in ENTERED if f.kind is not Kind.TAGS)
# What an import fills in on a contact it merges a row into. The name is not among them: it is
# what the row is matched on, and a stored name is never replaced. Numbers of days travel as
# their digits ('' when not given), like the words.
MERGED_ON_IMPORT: tuple[str, ...] = tuple(
    field.name
    for field in ENTERED
    if (field.is_words or field.kind is Kind.DAYS) and field.name != "name"
)
DAYS_FIELDS: tuple[str, ...] = tuple(f.name for f in ENTERED if f.kind is Kind.DAYS)

# Stored on a contact but never typed: what sets each one.
DERIVED: dict[str, str] = {
    "id": "the database, when the contact is added",
    "created_at": "the moment the contact was added",
    "last_contacted": "derived.refresh_dates, from the newest interaction",
    "keep_in_touch_on": "derived.refresh_dates, from the cadence rules",
    "keep_in_touch_by": "derived.refresh_dates, from the cadence rules",
    "email_key": "Contact.derive_keys: the email in lower case, to find the same person",
    "linkedin_key": "Contact.derive_keys: the LinkedIn profile name, to find the same person",
}

_NO_RHYTHM = "LinkedIn exports and vCards carry no keep-in-touch rhythm"
_PRIVATE = "lists of contacts never carry the private notes"
# Where an entered field is left out on purpose, place by place, and why.
LEFT_OUT: dict[str, dict[str, str]] = {
    "model": {},
    "form": {},
    "backup": {},
    "sheet export": {},
    "import record": {},
    "sheet import": {},
    "import merge": {
        "name": "the row is matched on it; a stored name is never replaced",
        "met_through": "a name, linked to a contact once every row is matched (introductions)",
        "tags": "merged on their own: added to, never replaced",
    },
    "json": {
        "notes": _PRIVATE,
        "met_through": "the JSON lists stand alone; the contact's page shows who introduced you",
        "cadence_ideal_days": "given as its outcome, the keep-in-touch state",
        "cadence_max_days": "given as its outcome, the keep-in-touch state",
    },
    "vcard": {
        "source": "a vCard has no property for how you met",
        "met_through": "a vCard has no property for who introduced you",
        "cadence_ideal_days": "a vCard has no property for a rhythm",
        "cadence_max_days": "a vCard has no property for a rhythm",
    },
}
