"""Whenever a prepared import is let through, matching the file again against the newer
tracker would have decided every row the same way (hypothesis, small crowded name pools so
that emails, profiles, names and institutions collide often)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from matchwise.network.importing.freshness import FileKeys, still_holds
from matchwise.network.importing.matching import KnownContact, Resolution, Snapshot, resolve
from matchwise.network.records import ContactRecord

NAMES = ["Amara Okafor", "Amara Okafur", "Jon Smith", "John Smith", "Li Wei", "Priya Raman"]
PLACES = ["", "Riverside", "Riverside Medical Center", "Lakeshore Health"]
EMAILS = ["", "", "a@x.example", "j@y.example"]
PROFILES = ["", "", "https://linkedin.com/in/amara", "https://linkedin.com/in/jon"]
DAYS = [date(2026, 1, 5), date(2026, 2, 9)]
MERGE_FIELDS = ("institution", "email", "linkedin_url", "phone")


def slug_of(url: str) -> str:
    return url.rsplit("/in/", 1)[-1] if "/in/" in url else ""


@st.composite
def contacts(draw: st.DrawFn, contact_id: int) -> KnownContact:
    values = {
        "institution": draw(st.sampled_from(PLACES)),
        "email": draw(st.sampled_from(EMAILS)),
        "linkedin_url": draw(st.sampled_from(PROFILES)),
        "phone": draw(st.sampled_from(["", "555"])),
    }
    return KnownContact(
        id=contact_id,
        name=draw(st.sampled_from(NAMES)),
        values=values,
        email_key=values["email"],
        linkedin_key=slug_of(values["linkedin_url"]),
    )


@st.composite
def records(draw: st.DrawFn) -> list[ContactRecord]:
    count = draw(st.integers(1, 5))
    return [
        ContactRecord(
            line=2 + i,
            name=draw(st.sampled_from(NAMES)),
            institution=draw(st.sampled_from(PLACES)),
            email=draw(st.sampled_from(EMAILS)),
            linkedin_url=draw(st.sampled_from(PROFILES)),
            phone=draw(st.sampled_from(["", "555", "777"])),
            touched_on=draw(st.sampled_from([None, *DAYS])),
            touch_channel="email",
            touch_topic="Hello",
            follow_up_on=draw(st.sampled_from([None, *DAYS])),
        )
        for i in range(count)
    ]


@st.composite
def snapshots(draw: st.DrawFn) -> tuple[Snapshot, Snapshot]:
    """A tracker, and the same tracker after another program changed a few things."""
    before = [draw(contacts(i)) for i in range(1, draw(st.integers(0, 4)) + 1)]
    touches = frozenset(
        (draw(st.integers(1, 4)), day, "email", "Hello")
        for day in draw(st.lists(st.sampled_from(DAYS), max_size=2))
    )
    now = list(before)
    for step in draw(st.lists(st.sampled_from(["add", "edit", "delete", "touch"]), max_size=3)):
        if step == "add":
            now.append(draw(contacts(10 + len(now))))
        elif step == "edit" and now:
            index = draw(st.integers(0, len(now) - 1))
            now[index] = replace(draw(contacts(now[index].id)))
        elif step == "delete" and now:
            now.pop(draw(st.integers(0, len(now) - 1)))
    extra = (
        {(draw(st.integers(1, 12)), draw(st.sampled_from(DAYS)), "email", "Hello")}
        if draw(st.booleans())
        else set()
    )
    return Snapshot(before, touches), Snapshot(now, touches | extra)


def outcome(resolution: Resolution) -> object:
    return (
        resolution.added,
        resolution.merged,
        resolution.possible_duplicates,
        [
            (t.known.id if t.known else None, t.filled, t.new_tags, t.touches, t.follow_ups)
            for t in resolution.targets
        ],
    )


@settings(max_examples=300, deadline=None)
@given(rows=records(), trackers=snapshots())
def test_it_lets_through_only_what_matching_again_would_not_change(
    rows: list[ContactRecord], trackers: tuple[Snapshot, Snapshot]
) -> None:
    before, now = trackers
    prepared = resolve(rows, before, slug_of)
    if still_holds(before, now, FileKeys.of(rows, slug_of), prepared):
        assert outcome(prepared) == outcome(resolve(rows, now, slug_of))
