"""An import matched before its write transaction is written as it is, unless what another
program changed meanwhile could change how the file's rows match."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from matchwise.network.importing.freshness import MANY_CHANGES, FileKeys, still_holds
from matchwise.network.importing.matching import KnownContact, Snapshot, resolve
from matchwise.network.records import ContactRecord

MERGE_FIELDS = ("institution", "email", "phone", "linkedin_url")
DAY = date(2026, 3, 2)


def slug_of(url: str) -> str:
    return url.rstrip("/").rsplit("/in/", 1)[-1].lower() if "/in/" in url else ""


def known(contact_id: int, name: str, **values: str) -> KnownContact:
    fields = {field: values.get(field, "") for field in MERGE_FIELDS}
    return KnownContact(
        id=contact_id,
        name=name,
        values=fields,
        email_key=fields["email"].lower(),
        linkedin_key=slug_of(fields["linkedin_url"]),
    )


AMARA = known(1, "Amara Okafor", email="amara@riverside.example", institution="Riverside")
BRUNO = known(2, "Bruno Lindqvist", institution="Harbour Clinic")
BEFORE = Snapshot([AMARA, BRUNO])
RECORDS = [
    ContactRecord(2, "Amara Okafor", email="AMARA@riverside.example", touched_on=DAY),
    ContactRecord(
        3,
        "Jon Smith",
        institution="Lakeshore Health",
        email="jon@lakeshore.example",
        linkedin_url="https://www.linkedin.com/in/jon-smith-42",
    ),
]
Change = Callable[[Snapshot], Snapshot]


def adding(contact: KnownContact) -> Change:
    return lambda s: replace(s, contacts=[*s.contacts, contact])


def changing(contact: KnownContact) -> Change:
    return lambda s: replace(s, contacts=[contact if c.id == contact.id else c for c in s.contacts])


@pytest.mark.parametrize(
    ("change", "holds"),
    [
        pytest.param(lambda s: s, True, id="nothing changed"),
        pytest.param(adding(known(3, "Priya Raman")), True, id="someone unlike any row added"),
        pytest.param(
            changing(replace(BRUNO, name="Bruno Lindqvist-Berg")), True, id="an unrelated edit"
        ),
        pytest.param(
            adding(known(3, "J. Smith", email="jon@lakeshore.example")), False, id="same email"
        ),
        pytest.param(
            adding(known(3, "Smith", linkedin_url="https://linkedin.com/in/Jon-Smith-42/")),
            False,
            id="same LinkedIn profile",
        ),
        pytest.param(
            adding(known(3, "jon  smith", institution="LAKESHORE health")),
            False,
            id="same name and institution",
        ),
        pytest.param(adding(known(3, "John Smith")), False, id="a close name"),
        pytest.param(
            changing(replace(BRUNO, name="Jon Smyth")), False, id="renamed to a close name"
        ),
        pytest.param(
            changing(replace(AMARA, values={**AMARA.values, "phone": "555"})),
            False,
            id="the contact merged into was edited",
        ),
        pytest.param(
            lambda s: replace(s, contacts=[BRUNO]), False, id="the contact merged into was deleted"
        ),
        pytest.param(
            lambda s: replace(s, touches=frozenset({(1, DAY, "linkedin", "Connected")})),
            False,
            id="history of the contact merged into",
        ),
        pytest.param(
            lambda s: replace(s, follow_ups=frozenset({(1, DAY)})),
            False,
            id="a follow-up of the contact merged into",
        ),
        pytest.param(
            lambda s: replace(s, touches=frozenset({(2, DAY, "email", "Hello")})),
            True,
            id="history of someone else",
        ),
        pytest.param(
            lambda s: replace(
                s,
                contacts=[
                    *s.contacts,
                    *(known(10 + i, f"Walk-in {i}") for i in range(MANY_CHANGES + 1)),
                ],
            ),
            False,
            id="too many changes to compare",
        ),
    ],
)
def test_it_tells_which_changes_meet_the_file(change: Change, holds: bool) -> None:
    resolution = resolve(RECORDS, BEFORE, slug_of)
    assert [t.known.id if t.known else None for t in resolution.targets] == [1, None]
    file = FileKeys.of(RECORDS, slug_of)
    assert still_holds(BEFORE, change(BEFORE), file, resolution) is holds


def test_it_holds_whenever_matching_again_would_give_the_same() -> None:
    """Every change it lets through leaves the outcome of matching as it was."""
    for change in (adding(known(3, "Priya Raman")), changing(replace(BRUNO, name="B. L."))):
        now = change(BEFORE)
        before, after = resolve(RECORDS, BEFORE, slug_of), resolve(RECORDS, now, slug_of)
        assert still_holds(BEFORE, now, FileKeys.of(RECORDS, slug_of), before)
        assert (before.added, before.merged, before.possible_duplicates) == (
            after.added,
            after.merged,
            after.possible_duplicates,
        )
