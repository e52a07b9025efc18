"""Reading free-text roles, ways of meeting and channels into the tracker's vocabularies."""

from __future__ import annotations

import pytest

from matchwise.network.importing.vocabulary import (
    Term,
    read_channel,
    read_role,
    read_source,
    split_honorific,
    split_tags,
)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("PD", Term("program_director", exact=True)),
        ("Program Director", Term("program_director", exact=True)),
        ("APD", Term("associate_pd", exact=True)),
        ("Associate Program Director, Internal Medicine", Term("associate_pd", exact=False)),
        ("Residency program director", Term("program_director", exact=True)),
        ("attending physician", Term("attending", exact=True)),
        ("Attending-Physician", Term("attending", exact=True)),
        ("Consultant cardiologist", Term("attending", exact=False)),
        ("resident", Term("resident", exact=True)),
        ("PGY-2", Term("resident", exact=False)),
        ("Resident Physician", Term("resident", exact=True)),
        ("Chief Resident", Term("chief_resident", exact=True)),
        ("Cardiology fellow", Term("fellow", exact=False)),
        ("Program coordinator", Term("coordinator", exact=True)),
        ("Faculty / researcher", Term("faculty", exact=True)),
        ("Assistant Professor of Medicine", Term("faculty", exact=False)),
        ("IMG", Term("img_peer", exact=True)),
        ("fellow IMG", Term("img_peer", exact=True)),
        ("alumnus", Term("alumni", exact=True)),
        ("Family friend", Term("other", exact=False)),
        ("", Term("", exact=True)),
    ],
)
def test_it_reads_roles(text: str, term: Term) -> None:
    assert read_role(text) == term


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("USCE", Term("usce", exact=True)),
        ("rotation", Term("usce", exact=True)),
        ("Observership at Riverside, Jan 2026", Term("usce", exact=False)),
        ("Clinical rotation (USCE)", Term("usce", exact=True)),
        ("Conference", Term("conference", exact=True)),
        ("ACP annual meeting", Term("conference", exact=False)),
        ("LinkedIn", Term("linkedin", exact=True)),
        ("cold email", Term("cold_email", exact=True)),
        ("alumni network", Term("alumni", exact=True)),
        ("classmate", Term("classmate", exact=True)),
        ("Reddit r/IMGreddit", Term("online_community", exact=False)),
        ("Introduced by Dr. Okafor", Term("introduced", exact=False)),
        ("my cousin's wedding", Term("other", exact=False)),
    ],
)
def test_it_reads_how_you_met(text: str, term: Term) -> None:
    assert read_source(text) == term


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Email", "email"),
        ("phone call", "call"),
        ("Zoom", "video"),
        ("in person", "in_person"),
        ("At a conference", "conference"),
        ("LinkedIn message", "linkedin"),
        ("coffee", ""),
    ],
)
def test_it_reads_channels_or_admits_it_cannot(text: str, value: str) -> None:
    assert read_channel(text).value == value


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Dr. Amara Okafor", ("Dr.", "Amara Okafor")),
        ("Prof Nadia  Haddad", ("Prof", "Nadia Haddad")),
        ("Drew Carter", ("", "Drew Carter")),
        ("Dr.", ("", "Dr.")),
    ],
)
def test_it_splits_a_title_off_a_name(name: str, parts: tuple[str, str]) -> None:
    assert split_honorific(name) == parts


def test_it_splits_tags_keeping_the_first_spelling() -> None:
    assert split_tags(["Mentor; IM", "mentor, Research | Step 2\nUSCE"]) == [
        "Mentor",
        "IM",
        "Research",
        "Step 2",
        "USCE",
    ]
