"""Unfilled placeholders and blanks never go out; filling is plain substitution."""

from __future__ import annotations

import pytest

from matchwise.outreach import checks, placeholders
from matchwise.outreach.checks import Check, Draft, Severity
from matchwise.outreach.findings import Place
from matchwise.outreach.kinds import MessageKind
from tests.outreach import messages


@pytest.mark.parametrize(
    ("text", "gaps"),
    [
        ("Dear {contact.salutation},", ["{contact.salutation}"]),
        ("Dear Dr. [Last Name], I read your [paper title].", ["[Last Name]", "[paper title]"]),
        ("See {contact.nmae} and {typo}", ["{contact.nmae}", "{typo}"]),
        ("Reference [1] and a [link](https://example.org)", []),
        ("No gaps here.", []),
        ("Dear Dr. <Last Name>, we met on XXX.", ["<Last Name>", "XXX"]),
        ("Best wishes,\n(Name)\n(Your Title)", ["(Name)", "(Your Title)"]),
        ("I trained at ____ and would start in (Month).", ["____"]),
        ("Thanks for meeting me at (Conference Name) in [City].", ["(Conference Name)", "[City]"]),
        # Real text that only looks like a blank: an address, a link, an acronym in brackets.
        ("Write to <rana.aziz@example.org> or see <https://example.org/cv>.", []),
        ("We used the 4AT (delirium screen) on 340 patients (2024), TEXXXT.", []),
        ("Mr. Xxx Ng (ACP) led the snake_case_name tool.", []),
    ],
)
def test_it_finds_what_is_left_open(text: str, gaps: list[str]) -> None:
    assert placeholders.left_open(text) == gaps


def test_it_blocks_a_message_with_gaps_and_names_them() -> None:
    body = messages.GOOD_COLD_EMAIL.replace("Dr. Haddad", "{contact.salutation}")
    [finding] = [
        f
        for f in checks.check(Draft(MessageKind.COLD_EMAIL, body, subject="About [topic]"))
        if f.check is Check.LEFT_OPEN
    ]
    assert finding.severity is Severity.BLOCK
    assert "[topic], {contact.salutation}" in finding.message
    assert "fill in their details on their contact page" in finding.message


def test_it_fills_known_values_and_leaves_empty_ones() -> None:
    values = {"contact.salutation": "Dr. Park", "me.country": "  ", "me.name": "Amara"}
    text = "Dear {contact.salutation}, from {me.country}. {me.name} {me.unknown}"
    assert (
        placeholders.render(text, values) == "Dear Dr. Park, from {me.country}. Amara {me.unknown}"
    )


def test_it_never_executes_what_it_fills() -> None:
    values = {"contact.name": "{{ settings.SECRET_KEY }} {% debug %} {me.name}", "me.name": "X"}
    assert placeholders.render("Hi {contact.name}", values) == (
        "Hi {{ settings.SECRET_KEY }} {% debug %} {me.name}"
    )


@pytest.mark.parametrize(
    ("name", "honorific", "salutation", "first", "last"),
    [
        ("Lena Park", "Dr.", "Dr. Park", "Lena", "Park"),
        ("Lena Park", "", "Lena", "Lena", "Park"),
        ("José Pérez Luna", "Prof.", "Prof. Luna", "José", "Luna"),
        ("Madonna", "", "Madonna", "Madonna", "Madonna"),
        ("", "", "", "", ""),
    ],
)
def test_it_greets_people_by_title_or_first_name(
    name: str, honorific: str, salutation: str, first: str, last: str
) -> None:
    person = placeholders.Person(name, honorific)
    assert (person.salutation, person.first_name, person.last_name) == (salutation, first, last)


def test_it_names_unknown_placeholders_in_a_template() -> None:
    assert placeholders.unknown("{contact.name} {contact.nmae} {me.identity} {x.y}") == [
        "contact.nmae",
        "x.y",
    ]


@pytest.mark.parametrize(
    ("body", "places", "hint"),
    [
        ("Dear {contact.salutation}, thanks.", [Place.CONTACT], "their contact page"),
        ("Regards, {me.name}", [Place.PITCH], "your details in Your pitch"),
        (
            "Good to meet you at {conference.name}. {me.first_name}",
            [Place.CONFERENCES, Place.PITCH],
            "the conference under Conferences, with them marked as met",
        ),
        ("Since {meeting.date} I have read more.", [Place.CONTACT], "a touch logged on"),
        ("You suggested {advice.suggestion}.", [Place.MENTORS], "the advice log on Mentors"),
        ("Dear Dr. Park, [a sentence about their paper].", [], "Write these in yourself."),
    ],
)
def test_it_says_where_each_blank_is_filled_in_for_good(
    body: str, places: list[Place], hint: str
) -> None:
    [finding] = [f for f in checks.check(Draft(MessageKind.THANK_YOU, body)) if f.rule == "blanks"]
    assert list(finding.fill_in) == places
    assert hint in finding.message
    assert "your profile" not in finding.message  # there is no page of that name
