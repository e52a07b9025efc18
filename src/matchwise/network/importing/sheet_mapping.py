"""Which spreadsheet column holds which contact field: the suggestion and the checks.

A mapping is a plain dict from a column header (as `read_headers` returns it) to one of the
keys of `SHEET_FIELDS`; columns left out, or mapped to '', are ignored. Notes and Tags may take
several columns; every other field takes at most one.
"""

from __future__ import annotations

from collections.abc import Mapping

from matchwise.network.importing.vocabulary import normalise
from matchwise.textfiles.errors import ImportFileError

SHEET_FIELDS = {
    "name": "Name",
    "first_name": "First name",
    "last_name": "Last name",
    "honorific": "Honorific (Dr., Prof.)",
    "role": "Role",
    "position": "Title / position",
    "specialty": "Specialty",
    "institution": "Institution",
    "source": "How you met",
    "met_through": "Introduced by (a contact's name)",
    "last_contact_on": "Date of last contact",
    "last_contact_topic": "Topic of last contact",
    "last_contact_channel": "How you were last in touch (email, call…)",
    "follow_up_on": "Next follow-up date",
    "email": "Email",
    "phone": "Phone",
    "linkedin_url": "LinkedIn",
    "country": "Country",
    "notes": "Notes",
    "tags": "Tags",
    "cadence_ideal_days": "Keep in touch every … days",
    "cadence_max_days": "Never more than … days apart",
}
SEVERAL_COLUMNS = frozenset({"notes", "tags"})

# Whole headers, after `normalise`.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "contact", "contact name", "person"),
    "first_name": ("first name", "firstname", "first", "given name", "forename"),
    "last_name": ("last name", "lastname", "surname", "family name"),
    "honorific": ("honorific", "salutation", "prefix"),
    "role": ("role", "role type", "relationship"),
    "position": ("title", "position", "job title", "job", "designation", "current position"),
    "specialty": ("specialty", "speciality", "specialization", "specialisation", "department"),
    "institution": (
        "institution",
        "hospital",
        "program",
        "programme",
        "organization",
        "organisation",
        "company",
        "employer",
        "affiliation",
        "workplace",
        "university",
    ),
    "source": ("source", "how you met", "how we met", "how met", "connection source", "met at"),
    "met_through": (
        "met through",
        "introduced by",
        "introducer",
        "introduced through",
        "referred by",
        "met via",
    ),
    "last_contact_on": (
        "date of last contact",
        "last contact date",
        "last contacted",
        "last contact",
        "date last contacted",
        "last contacted on",
        "last touch",
    ),
    "last_contact_topic": ("topic of last contact", "last contact topic", "topic", "subject"),
    "last_contact_channel": ("channel", "last contact channel", "medium", "contact method"),
    "follow_up_on": (
        "next follow up date",
        "next follow up",
        "follow up",
        "follow up date",
        "next contact",
        "next contact date",
    ),
    "email": ("email", "e mail", "email address", "mail"),
    "phone": ("phone", "phone number", "mobile", "cell", "telephone", "tel", "whatsapp"),
    "linkedin_url": ("linkedin", "linkedin url", "linkedin profile", "profile url"),
    "country": ("country", "country of origin", "nationality"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "details"),
    "tags": ("tags", "tag", "labels", "label", "categories", "category", "groups", "group"),
    "cadence_ideal_days": (
        "cadence ideal days",
        "keep in touch every days",
        "keep in touch every",
        "ideal days",
    ),
    "cadence_max_days": (
        "cadence max days",
        "never more than days apart",
        "max days",
        "maximum days",
    ),
}
PHRASES = {phrase: field for field, phrases in SYNONYMS.items() for phrase in phrases}

# Headers that are longer phrases ("Role (resident/attending/IMG/fellow)", "LinkedIn profile
# link"): the first rule whose words all appear in the header decides. Order matters.
KEYWORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("date", "topic"), "notes"),  # one column holding both cannot be split reliably
    (("follow",), "follow_up_on"),
    (("next", "contact"), "follow_up_on"),
    (("topic",), "last_contact_topic"),
    (("last", "contact"), "last_contact_on"),
    (("last", "contacted"), "last_contact_on"),
    (("linkedin",), "linkedin_url"),
    (("email",), "email"),
    (("mail",), "email"),
    (("phone",), "phone"),
    (("mobile",), "phone"),
    (("introduced",), "met_through"),
    (("introducer",), "met_through"),
    (("referred", "by"), "met_through"),
    (("how", "met"), "source"),
    (("source",), "source"),
    (("role",), "role"),
    (("specialty",), "specialty"),
    (("speciality",), "specialty"),
    (("institution",), "institution"),
    (("hospital",), "institution"),
    (("program",), "institution"),
    (("first", "name"), "first_name"),
    (("last", "name"), "last_name"),
    (("surname",), "last_name"),
    (("name",), "name"),
    (("title",), "position"),
    (("position",), "position"),
    (("note",), "notes"),
    (("notes",), "notes"),
    (("comment",), "notes"),
    (("tags",), "tags"),
    (("tag",), "tags"),
    (("country",), "country"),
)


def suggest_mapping(headers: list[str]) -> dict[str, str]:
    """Header → field for the columns recognised; the others are left out (ignored).

    Tolerant of case, punctuation and the usual synonyms ('E-mail', 'How you met / source',
    'Next follow-up date'). A field goes to the first column that claims it, except Notes and
    Tags, which collect every column that looks like them.
    """
    mapping: dict[str, str] = {}
    for header in headers:
        field = _field_for(header)
        if field and (field in SEVERAL_COLUMNS or field not in mapping.values()):
            mapping[header] = field
    return mapping


def _field_for(header: str) -> str:
    words = normalise(header)
    if words in PHRASES:
        return PHRASES[words]
    present = set(words.split())
    for needed, field in KEYWORDS:
        if present.issuperset(needed):
            return field
    return ""


def check_mapping(filename: str, headers: list[str], mapping: Mapping[str, str]) -> None:
    """Refuse a mapping that names a missing column or field, or gives a field two columns."""
    taken: dict[str, str] = {}
    columns = set(headers)
    for header, field in mapping.items():
        if header not in columns:
            raise ImportFileError(filename, "there is no such column in the file", field=header)
        if field and field not in SHEET_FIELDS:
            raise ImportFileError(filename, f"{field!r} is not a contact field", field=header)
        if field and field not in SEVERAL_COLUMNS and field in taken:
            raise ImportFileError(
                filename,
                f"{SHEET_FIELDS[field]} is already read from the column {taken[field]!r}",
                field=header,
            )
        taken.setdefault(field, header)
    if not {"name", "first_name", "last_name"} & set(mapping.values()):
        raise ImportFileError(filename, "no column is chosen for the contact's name")
