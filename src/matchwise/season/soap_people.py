"""Whom you know at each SOAP program, quickest to reach first.

The order is `soap_rules.reach_key` (then name); `REACH_ORDER` is the same rule said in SQL, so
that the database picks the few people a list shows at each place and counts the rest, instead
of every person there being read to find them. The two are tested to agree
(tests/season/test_soap_reach_order_in_the_database.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from django.db.models import Case, Count, F, Func, IntegerField, OrderBy, Value, When, Window
from django.db.models.functions import Length, RowNumber
from django.db.models.lookups import GreaterThan

from matchwise.network.models import Contact
from matchwise.season import soap_rules
from matchwise.season.interview_day import institutions_at_places
from matchwise.season.models import SoapProgram

# Every character `str.strip()` takes away (what `str.isspace()` holds true), so that a field
# is written in SQL exactly when it is in `reach`: SQLite's and PostgreSQL's TRIM(text, these).
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def _written(field: str) -> GreaterThan[int]:
    stripped = Func(F(field), Value(WHITESPACE), function="TRIM")
    return GreaterThan(Length(stripped), 0)


# `soap_rules.reach_key` in SQL: phone, email, LinkedIn, nothing; then the latest touch first,
# never-contacted last; then by name, as every list of people is.
_CHANNEL = Case(
    When(_written("phone"), then=Value(0)),
    When(_written("email"), then=Value(1)),
    When(_written("linkedin_url"), then=Value(2)),
    default=Value(3),
    output_field=IntegerField(),
)
REACH_ORDER: list[OrderBy | F] = [
    OrderBy(_CHANNEL),
    F("last_contacted").desc(nulls_last=True),
    F("name").asc(),
    F("pk").asc(),
]


def reach(
    phone: str, email: str, linkedin_url: str, last_contacted: date | None
) -> soap_rules.Reach:
    """What the tracker holds for someone, as the rule reads it: a field is written when
    something is left of it once stripped."""
    return soap_rules.Reach(
        bool(phone.strip()), bool(email.strip()), bool(linkedin_url.strip()), last_contacted
    )


@dataclass(frozen=True)
class Person:
    contact: Contact
    reach: soap_rules.Reach

    @property
    def reach_label(self) -> str:
        return soap_rules.reach_label(self.reach)


def place(program: SoapProgram) -> str:
    return program.institution or program.name


Found = tuple[int, str, soap_rules.Reach, int]  # id, institution, reach, people there
# Built once: the filters of each call go in the WHERE clause, read before the windows are.
_RANKED = (
    Contact.objects.annotate(
        place_rank=Window(RowNumber(), partition_by=[F("institution")], order_by=REACH_ORDER),
        at_place=Window(Count("pk"), partition_by=[F("institution")]),
    )
    .order_by("name", "pk")
    .values_list(
        "pk", "institution", "phone", "email", "linkedin_url", "last_contacted", "at_place"
    )
)
# What the SOAP pages show of a person (`soap_rows`, soap_program.html); reading no more.
SHOWN_FIELDS = ("name", "honorific", "position", "phone")


def first_at_each(institutions: set[str], shown: int | None) -> list[Found]:
    """The first `shown` people of each institution (all when None), quickest to reach first,
    each with how many people that institution has; by name. One query, of a few columns."""
    if not institutions:
        return []
    people = _RANKED.filter(institution__in=institutions)
    if shown is not None:
        people = people.filter(place_rank__lte=shown)
    return [
        (pk, institution, reach(phone, email, linkedin, last), at_place)
        for pk, institution, phone, email, linkedin, last, at_place in people
    ]


def quickest_by_program(
    programs: Sequence[SoapProgram], shown: int | None = None
) -> dict[int, tuple[list[Person], int]]:
    """Whom you know at each program (the interview day's rule, on its institution or else
    its name), quickest to reach first (SOAP moves in hours): the first `shown` of them (all
    when None) and how many more. The database keeps the first `shown` at each institution of
    the network and counts the others; the first `shown` at a program are among those of its
    institutions, merged here by the same rule; only the people kept are read whole. Three
    queries, whatever the number of programs or people."""
    matching = institutions_at_places([place(p) for p in programs])
    at: dict[str, list[tuple[tuple[int, int, int], int, int, soap_rules.Reach]]] = defaultdict(list)
    counted: dict[str, int] = {}
    found = first_at_each(set().union(*matching.values()), shown)
    for position, (pk, institution, their_reach, at_place) in enumerate(found):  # by name
        at[institution].append((soap_rules.reach_key(their_reach), position, pk, their_reach))
        counted[institution] = at_place
    chosen: dict[int, tuple[list[tuple[int, soap_rules.Reach]], int]] = {}
    for program in programs:
        names = matching[place(program)]
        first = sorted(entry for name in names for entry in at[name])[:shown]
        more = sum(counted.get(name, 0) for name in names) - len(first)
        chosen[program.pk] = ([(pk, their_reach) for _, _, pk, their_reach in first], more)
    contacts = Contact.objects.only(*SHOWN_FIELDS).in_bulk(
        [pk for kept, _ in chosen.values() for pk, _ in kept]
    )
    return {
        program: ([Person(contacts[pk], their_reach) for pk, their_reach in kept], more)
        for program, (kept, more) in chosen.items()
    }


def people_by_program(programs: Sequence[SoapProgram]) -> dict[int, list[Person]]:
    """Everyone you know at each program, quickest to reach first."""
    return {pk: people for pk, (people, _) in quickest_by_program(programs).items()}
