"""A vCard export imported into an empty database gives back every contact, field for field."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matchwise.network.choices import Role
from matchwise.network.contact_keys import linkedin_slug
from matchwise.network.importing.similarity import identity_key
from matchwise.network.models import Contact, Tag
from tests.network.exporting.dataset import Dataset
from tests.network.exporting.round_trip import export_and_reimport, exported_fields

pytestmark = pytest.mark.django_db

# The contacts the issue found changed or lost on the way back.
AWKWARD = [
    {"name": "Hannah Weiss", "role": Role.ATTENDING, "position": "Hospitalist"},
    {"name": "Leila Haddad", "role": Role.PROGRAM_DIRECTOR, "position": ""},
    {"name": "Owen Price", "role": Role.OTHER, "position": "Program Director"},
    {"name": "محمد العلي", "honorific": "د.", "role": Role.FACULTY},
    {"name": "Dr. Smith", "honorific": "", "role": Role.RESIDENT},
    {"name": "Ana Souza", "notes": "Met at ACP.\r\nAsked about research.\r\n\r\nFollow up in May."},
    {"name": "Kenji Sato", "notes": "line one\u2028line two\u2029para\x85next\rold Mac\nunix"},
    {"name": "Priya Nair", "linkedin_url": "https://www.linkedin.com/pub/priya-nair/1/2/3"},
    {"name": "Ivan Petrov", "honorific": "Prof., Dr.", "institution": "A; B, C \\ D"},
    {"name": "Zoë  Müller", "notes": "tabbed\tnote\twith\ttabs"},
    {"name": "Sara Lind", "specialty": "Medicine; Cardiology, Echo \\ Imaging"},
]


def test_it_gives_back_the_shared_dataset(dataset: Dataset) -> None:
    before = exported_fields()

    report = export_and_reimport()

    assert report.rejected == [] and report.warned == []
    assert exported_fields() == before


@pytest.mark.parametrize("fields", AWKWARD, ids=lambda fields: fields["name"])
def test_it_gives_back_each_awkward_contact(fields: dict[str, str]) -> None:
    contact = Contact.objects.create(**fields)
    contact.tags.set([Tag.objects.create(name="IMG, 2026"), Tag.objects.create(name="a;b|c")])
    before = exported_fields()

    export_and_reimport()

    assert exported_fields() == before


def test_it_does_not_double_an_arabic_title() -> None:
    Contact.objects.create(name="محمد العلي", honorific="د.")

    export_and_reimport()

    assert Contact.objects.get().display_name == "د. محمد العلي"


# Text as a form stores it: no control characters (vCard cannot hold them), trimmed.
LETTERS = st.characters(categories=["L", "M", "N", "P", "S", "Zs"])
LINE_BREAKS = st.sampled_from(["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\t"])


def trimmed(text: st.SearchStrategy[str], size: int) -> st.SearchStrategy[str]:
    return text.map(str.strip).filter(lambda value: 0 < len(value) <= size)


def words(max_size: int) -> st.SearchStrategy[str]:
    return trimmed(st.text(LETTERS, min_size=1, max_size=max_size), max_size)


def optional(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.just(""), strategy)


NOTES = trimmed(
    st.lists(st.one_of(st.text(LETTERS, max_size=12), LINE_BREAKS), max_size=12).map("".join),
    10_000,
)
LINKEDIN = st.one_of(
    st.from_regex(r"https://www\.linkedin\.com/in/[a-z0-9-]{3,20}/?", fullmatch=True),
    st.from_regex(r"https://[a-z]{3,10}\.example/[a-z0-9/_,;-]{0,20}", fullmatch=True),
)
CONTACT = st.fixed_dictionaries(
    {
        "name": words(60),
        "honorific": optional(words(12)),
        "role": st.sampled_from(list(Role)),
        "position": optional(words(40)),
        "specialty": optional(words(40)),
        "institution": optional(words(40)),
        "email": optional(
            st.from_regex(r"[a-z0-9]{1,12}@[a-z]{2,9}\.(org|example)", fullmatch=True)
        ),
        "phone": optional(st.from_regex(r"\+?[0-9 ()-]{3,20}", fullmatch=True).map(str.strip)),
        "linkedin_url": optional(LINKEDIN),
        "country": optional(words(20)),
        "notes": optional(NOTES),
    }
)
TAG_POOL = st.lists(words(20), min_size=1, max_size=6, unique_by=str.lower)


# The import takes rows with the same email, the same LinkedIn profile, or the same name and
# institution (case and spacing aside) for one person; the generated contacts differ in each.
ONE_PERSON_EACH = (
    lambda contact: contact["email"] or object(),
    lambda contact: linkedin_slug(contact["linkedin_url"]) or object(),
    lambda contact: identity_key(contact["name"], contact["institution"]),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data(), pool=TAG_POOL)
def test_it_gives_back_random_contacts_field_for_field(
    data: st.DataObject, pool: list[str]
) -> None:
    Contact.objects.all().delete()
    Tag.objects.all().delete()
    contacts = data.draw(st.lists(CONTACT, min_size=1, max_size=8, unique_by=ONE_PERSON_EACH))
    tags = [Tag.objects.create(name=name) for name in pool]
    for fields in contacts:
        contact = Contact.objects.create(**fields)
        contact.tags.set(data.draw(st.lists(st.sampled_from(tags), unique=True, max_size=3)))
    before = exported_fields()

    report = export_and_reimport()

    assert (report.rejected, report.warned) == ([], [])
    assert exported_fields() == before
