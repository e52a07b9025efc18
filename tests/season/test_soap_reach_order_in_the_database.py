"""The database picks the people the SOAP list shows by the same rule as `soap_rules.reach_key`:
for every number shown, the query keeps exactly the first people of the pure rule's order, and
counts the rest, on whatever is written in the fields (blanks of any kind included)."""

from __future__ import annotations

import sys
from datetime import date

import pytest

from matchwise.network.models import Contact
from matchwise.season import soap_people, soap_rules
from tests.season.soap_fixtures import listed

pytestmark = pytest.mark.django_db
PLACE = "Riverside Teaching Hospital"
MAY, JUNE = date(2026, 5, 4), date(2026, 6, 9)

# name, phone, email, LinkedIn, last contacted: ties on each part of the rule, and fields that
# hold only blanks (a tab, a no-break space, an ideographic space) beside written ones.
PEOPLE = [
    ("Ada", "", "ada@example.org", "", MAY),
    ("Ben", "+1 555 0100", "", "", None),
    ("Cy", " ", "", "https://www.linkedin.com/in/cy", JUNE),
    ("Dee", "\t", "\u00a0", "", JUNE),
    ("Eve", "+1 555 0101", "eve@example.org", "", MAY),
    ("Fay", "", "fay@example.org", "", JUNE),
    ("Gus", "\u3000", "", "", None),
    ("Hal", "+1 555 0102", "", "", JUNE),
    ("Ida", "", "", "https://www.linkedin.com/in/ida", None),
    ("Ada", "", "ada2@example.org", "", MAY),  # the same name: by id then
    ("Jo", " 5 ", "", "", MAY),
    ("Kim", "", " \u2003", "\n", MAY),
]


def people() -> list[Contact]:
    made = []
    for name, phone, email, linkedin, last in PEOPLE:
        contact = Contact.objects.create(
            name=name, institution=PLACE, phone=phone, email=email, linkedin_url=linkedin
        )
        Contact.objects.filter(pk=contact.pk).update(last_contacted=last)
        contact.last_contacted = last
        made.append(contact)
    return made


def by_the_rule(made: list[Contact]) -> list[int]:
    """The pure rule's order: by name (then id), then stably by `reach_key`."""
    by_name = sorted(made, key=lambda c: (c.name, c.pk))
    key = {
        c.pk: soap_rules.reach_key(
            soap_people.reach(c.phone, c.email, c.linkedin_url, c.last_contacted)
        )
        for c in made
    }
    return [c.pk for c in sorted(by_name, key=lambda c: key[c.pk])]


def test_it_counts_as_blank_what_strip_takes_away() -> None:
    every = {chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()}
    assert set(soap_people.WHITESPACE) == every


@pytest.mark.parametrize("shown", range(1, len(PEOPLE) + 1))
def test_it_keeps_the_first_people_of_the_rule_in_the_database(shown: int) -> None:
    expected = by_the_rule(people())
    found = soap_people.first_at_each({PLACE}, shown)
    assert {pk for pk, *_ in found} == set(expected[:shown])
    assert {count for *_, count in found} == {len(PEOPLE)}


def test_it_shows_them_in_the_rules_order_and_counts_the_rest() -> None:
    expected = by_the_rule(people())
    [program] = listed(f"name,institution\nFamily Medicine,{PLACE}")
    shown, more = soap_people.quickest_by_program([program], 3)[program.pk]
    assert [p.contact.pk for p in shown] == expected[:3]
    assert more == len(PEOPLE) - 3
    everyone = soap_people.people_by_program([program])[program.pk]
    assert [p.contact.pk for p in everyone] == expected


def test_it_merges_the_institutions_that_name_the_program() -> None:
    # Two spellings of one hospital: the three shown come from both, the rest of both counted.
    for i in range(3):
        Contact.objects.create(name=f"Upper {i}", institution=PLACE.upper(), email=f"u{i}@x.org")
        Contact.objects.create(name=f"Plain {i}", institution=PLACE)
    Contact.objects.create(name="Phone Upper", institution=PLACE.upper(), phone="555")
    Contact.objects.create(name="Elsewhere", institution="Lakeside General", phone="556")
    [program] = listed(f"name,institution\nFamily Medicine,{PLACE}")
    shown, more = soap_people.quickest_by_program([program], 3)[program.pk]
    assert [p.contact.name for p in shown] == ["Phone Upper", "Upper 0", "Upper 1"]
    assert more == 4
