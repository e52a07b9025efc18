"""Every place that lists a contact's fields covers each declared field, or says why not.

`matchwise.network.contact_fields` declares what the user enters about a contact. Each place
below is read for the fields it covers; a declared field it neither covers nor leaves out in
`LEFT_OUT` (with a reason) fails here, and so does a model field that is neither declared nor
derived. A made-up field shows that every check can fail.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from datetime import date

import pytest

from matchwise.api.network import ContactOut
from matchwise.network import contact_fields, queries
from matchwise.network.choices import Role, Source
from matchwise.network.contact_fields import DERIVED, LEFT_OUT, NAMES
from matchwise.network.exporting import sheets
from matchwise.network.exporting.backup import backup_objects
from matchwise.network.exporting.vcard import contact_card
from matchwise.network.forms import ContactForm
from matchwise.network.importing.matching import MERGE_FIELDS
from matchwise.network.importing.sheet_mapping import SHEET_FIELDS
from matchwise.network.models import Contact, Tag
from matchwise.network.records import ContactRecord
from matchwise.network.records_json import contact_json

TODAY = date(2026, 3, 11)


def missing(declared: Iterable[str], covered: set[str], place: str) -> list[str]:
    """Declared fields a place neither covers nor leaves out with a reason."""
    left_out = LEFT_OUT[place]
    assert all(reason.strip() for reason in left_out.values()), place
    return [name for name in declared if name not in covered and name not in left_out]


def a_full_contact() -> Contact:
    """A contact with a value in every entered field, each value findable in any output."""
    introducer = Contact.objects.create(name="Omar Haddad")
    contact = Contact.objects.create(
        honorific="Prof.",
        name="Zelda Quist",
        role=Role.PROGRAM_DIRECTOR,
        position="Head of the kidney unit",
        specialty="Nephrology",
        institution="Mercy Lakeside Hospital",
        email="zelda.quist@example.org",
        phone="+1 555 0100",
        linkedin_url="https://www.linkedin.com/in/zelda-quist/",
        country="Kenya",
        source=Source.CONFERENCE,
        met_through=introducer,
        notes="Likes talking about dialysis access",
        cadence_ideal_days=21,
        cadence_max_days=40,
    )
    contact.tags.set([Tag.objects.create(name="kidney-club")])
    return contact


def form_fields() -> set[str]:
    fields = set(ContactForm.Meta.fields)
    return fields | {"tags"} if "tag_names" in ContactForm.base_fields else fields


def backup_fields() -> set[str]:
    rows = [o for o in backup_objects() if o["model"] == "network.contact"]
    return {"id", *rows[-1]["fields"]}


def json_fields() -> set[str]:
    contact = queries.with_dates(Contact.objects.filter(name="Zelda Quist"), TODAY).get()
    written = set(contact_json(contact, queries.status_of(contact, TODAY)))
    assert written == set(ContactOut.model_fields), "the API's schema and the JSON differ"
    return written


def vcard_fields() -> set[str]:
    """The fields whose value shows in the card, read from the card itself."""
    contact = Contact.objects.prefetch_related("tags").get(name="Zelda Quist")
    card = contact_card(contact).replace("\r\n ", "")
    shown = {
        "role": contact.get_role_display(),
        "source": contact.get_source_display(),
        "met_through": contact.met_through.name if contact.met_through else "",
        "tags": ",".join(contact.tags.values_list("name", flat=True)),
    }
    return {
        name
        for name in NAMES
        if (text := shown.get(name, str(getattr(contact, name, "")))) and text in card
    }


STATIC_PLACES: dict[str, Callable[[], set[str]]] = {
    "form": form_fields,
    "sheet export": lambda: set(sheets.COLUMNS),
    "import record": lambda: {field.name for field in dataclasses.fields(ContactRecord)},
    "sheet import": lambda: set(SHEET_FIELDS),
    "import merge": lambda: set(MERGE_FIELDS),
}


def model_fields() -> set[str]:
    meta = Contact._meta
    return {f.name for f in meta.concrete_fields} | {f.name for f in meta.many_to_many}


def test_it_declares_every_field_of_the_model_as_entered_or_derived() -> None:
    assert model_fields() == set(NAMES) | set(DERIVED)
    assert not set(NAMES) & set(DERIVED)
    assert missing(NAMES, model_fields(), "model") == []


@pytest.mark.parametrize("place", sorted(STATIC_PLACES))
def test_it_covers_every_declared_field_in(place: str) -> None:
    assert missing(NAMES, STATIC_PLACES[place](), place) == []


@pytest.mark.django_db
def test_it_covers_every_declared_field_in_the_backup() -> None:
    a_full_contact()
    assert missing(NAMES, backup_fields(), "backup") == []


@pytest.mark.django_db
def test_it_covers_every_declared_field_in_the_json_of_the_api_and_the_cli() -> None:
    a_full_contact()
    assert missing(NAMES, json_fields(), "json") == []


@pytest.mark.django_db
def test_it_covers_every_declared_field_in_the_vcard() -> None:
    a_full_contact()
    assert missing(NAMES, vcard_fields(), "vcard") == []


def test_it_leaves_out_only_declared_fields_and_says_why() -> None:
    for place, left_out in LEFT_OUT.items():
        assert set(left_out) <= set(NAMES), place


@pytest.mark.django_db
def test_it_finds_a_field_that_a_place_misses() -> None:
    """A field declared but added nowhere else is missing from the model and every place."""
    declared = (*NAMES, "pager")
    assert "pager" not in model_fields()
    a_full_contact()
    found = {place: missing(declared, covered(), place) for place, covered in STATIC_PLACES.items()}
    found["backup"] = missing(declared, backup_fields(), "backup")
    found["json"] = missing(declared, json_fields(), "json")
    found["vcard"] = missing(declared, vcard_fields(), "vcard")
    assert found == {place: ["pager"] for place in found}


def test_it_takes_the_forms_and_the_merges_lists_from_the_declaration() -> None:
    assert tuple(ContactForm.Meta.fields) == contact_fields.FORM_FIELDS
    assert MERGE_FIELDS == contact_fields.MERGED_ON_IMPORT
