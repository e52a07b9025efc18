"""Who introduced whom, linked by name once every row is matched: no database here. A name that
matches nobody, or several contacts, is never guessed: it is reported where it is written and
kept in the notes."""

from __future__ import annotations

import pytest

from matchwise.network.contact_keys import linkedin_slug
from matchwise.network.importing.matching import KnownContact, Resolution, Snapshot, resolve
from matchwise.network.records import ContactRecord

COLUMN = "met_through"


def row(line: int, name: str, met_through: str = "", **values: str) -> ContactRecord:
    record = ContactRecord(line, name, met_through=met_through, **values)  # type: ignore[arg-type]
    if met_through:
        record.sources["met_through"] = (line, COLUMN)
    return record


def stored(contact_id: int, name: str, **values: str | int | None) -> KnownContact:
    introducer = values.pop("met_through_id", None)
    assert introducer is None or isinstance(introducer, int)
    texts = {"notes": "", "institution": "", **{k: str(v) for k, v in values.items()}}
    return KnownContact(contact_id, name, texts, met_through_id=introducer)


def link(records: list[ContactRecord], *known: KnownContact) -> Resolution:
    return resolve(records, Snapshot(list(known)), linkedin_slug, filename="people.csv")


def introducers(resolution: Resolution) -> dict[str, str | None]:
    """Each target's name → its introducer's name (stored ones as 'stored:<id>')."""
    found: dict[str, str | None] = {}
    for target in resolution.targets:
        introducer = target.introducer
        if introducer is None:
            found[target.name] = None
        elif introducer.known is not None:
            found[target.name] = f"stored:{introducer.known.id}"
        else:
            found[target.name] = introducer.name
    return found


def warnings(resolution: Resolution) -> list[tuple[int, str, str]]:
    return [(w.line, w.field, w.message) for row in resolution.warned for w in row.warnings]


@pytest.mark.parametrize(
    ("records", "known", "expected"),
    [
        # an earlier row, a later row (forward reference), written with a title and odd case
        (
            [row(2, "Amara Okafor"), row(3, "Bruno Costa", "amara  OKAFOR")],
            [],
            {"Amara Okafor": None, "Bruno Costa": "Amara Okafor"},
        ),
        (
            [row(2, "Bruno Costa", "Dr. Zed Haddad"), row(3, "Zed Haddad")],
            [],
            {"Bruno Costa": "Zed Haddad", "Zed Haddad": None},
        ),
        # a stored contact, whether or not the file has a row for them
        ([row(2, "Bruno Costa", "Omar Haddad")], [stored(7, "Omar Haddad")], None),
        # a row that joins a stored contact is that contact, not a second candidate
        (
            [row(2, "Omar Haddad", email="o@x.org"), row(3, "Bruno Costa", "Omar Haddad")],
            [stored(7, "Omar Haddad", email="o@x.org")],
            None,
        ),
    ],
)
def test_it_links_each_row_to_the_one_contact_of_that_name(
    records: list[ContactRecord], known: list[KnownContact], expected: dict[str, str | None] | None
) -> None:
    resolution = link(records, *known)

    assert warnings(resolution) == []
    assert resolution.introductions == 1
    if expected is None:
        assert introducers(resolution)["Bruno Costa"] == "stored:7"
    else:
        assert introducers(resolution) == expected


@pytest.mark.parametrize(
    ("records", "known", "message"),
    [
        (
            [row(2, "Bruno Costa", "Nobody Known")],
            [stored(7, "Omar Haddad")],
            "people.csv names 'Nobody Known', but no contact in the file or among yours has "
            "that name",
        ),
        (
            [row(2, "Bruno Costa", "Chen Wei")],
            [stored(7, "Chen Wei", institution="A"), stored(8, "Chen Wei", institution="B")],
            "people.csv names 'Chen Wei', the name of 2 contacts (2 of yours)",
        ),
        (
            [
                row(2, "Chen Wei", institution="Mercy"),
                row(3, "Bruno Costa", "Chen Wei"),
                row(4, "Chen Wei", institution="Lakeside"),
            ],
            [stored(7, "Chen Wei", institution="Harbor")],
            "people.csv names 'Chen Wei', the name of 3 contacts (one of yours, line 2, line 4)",
        ),
        (
            [row(2, "Bruno Costa", "Bruno Costa")],
            [],
            "people.csv names 'Bruno Costa', this contact's own name",
        ),
    ],
)
def test_it_reports_a_name_that_matches_nobody_or_several_and_keeps_it_in_the_notes(
    records: list[ContactRecord], known: list[KnownContact], message: str
) -> None:
    resolution = link(records, *known)

    naming = next(r for r in records if r.met_through)
    [(line, column, said)] = warnings(resolution)
    assert (line, column) == (naming.line, COLUMN)
    assert said.startswith(message) and said.endswith("the name is kept in the notes")
    assert resolution.introductions == 0
    bruno = next(t for t in resolution.targets if t.name == "Bruno Costa")
    assert bruno.introducer is None
    assert bruno.values["notes"].splitlines()[-1] == f"{COLUMN}: {naming.met_through}"


def test_it_keeps_the_introducer_a_stored_contact_already_has() -> None:
    known = [
        stored(7, "Omar Haddad"),
        stored(8, "Lina Haddad"),
        stored(9, "Bruno Costa", email="b@x.org", met_through_id=8),
    ]
    same = link([row(2, "Bruno Costa", "Lina Haddad", email="b@x.org")], *known)
    other = link([row(2, "Bruno Costa", "Omar Haddad", email="b@x.org")], *known)

    assert (warnings(same), same.introductions, same.touched) == ([], 0, [])
    assert warnings(other) == [
        (
            2,
            COLUMN,
            "people.csv names 'Omar Haddad', but your contact Bruno Costa was introduced by "
            "someone else already; that link stays",
        )
    ]
    assert other.introductions == 0 and other.touched == []


def test_it_writes_an_unknown_name_into_stored_notes_once() -> None:
    known = [stored(9, "Bruno Costa", email="b@x.org", notes="Met at ACP.")]
    records = [row(2, "Bruno Costa", "Nobody Known", email="b@x.org")]

    first = link(records, *known)
    [bruno] = first.targets
    assert bruno.filled == {"notes": "Met at ACP.\nmet_through: Nobody Known"}
    again = link(records, stored(9, "Bruno Costa", email="b@x.org", notes=bruno.filled["notes"]))
    assert again.touched == []


def test_it_keeps_the_first_introducer_when_two_rows_of_one_person_disagree() -> None:
    records = [
        row(2, "Bruno Costa", "Amara Okafor", email="b@x.org"),
        row(3, "Bruno Costa", "Omar Haddad", email="b@x.org"),
        row(4, "Amara Okafor"),
        row(5, "Omar Haddad"),
    ]

    resolution = link(records)

    assert introducers(resolution)["Bruno Costa"] == "Amara Okafor"
    assert warnings(resolution) == [
        (
            3,
            COLUMN,
            "people.csv names 'Omar Haddad', but line 2 names someone else for the same "
            "contact; kept",
        )
    ]
