"""Filled templates read as written by hand: the logged topic fits its sentence, the conference
is the one where you met them, and a blank says on which page to fill it in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.choices import Channel
from matchwise.network.models import Contact, Interaction
from matchwise.outreach import compose, placeholders
from matchwise.outreach.models import (
    ApplicantIdentity,
    Conference,
    ConferenceTarget,
    MessageTemplate,
)

TODAY = date.today()
Template = Callable[[str], MessageTemplate]


@pytest.mark.parametrize(
    ("typed", "phrase"),
    [
        ("My QI poster; he offered to review my CV", "my QI poster"),
        ("Research question", "research question"),
        ("Poster hall.", "poster hall"),
        ("What to do next?", "what to do next"),
        ("her study (a pilot) of discharge calls", "her study of discharge calls"),
        ("Discharge calls - follow up on Friday", "discharge calls"),
        ("Night float: how handoffs work", "night float: how handoffs work"),
        ("  sepsis   bundles  ", "sepsis bundles"),
        # Kept as written: acronyms, mixed case, two names in a row, "I", a known name.
        ("QI project", "QI project"),
        ("ACP poster hall", "ACP poster hall"),
        ("iPhone app for handoffs", "iPhone app for handoffs"),
        ("New York programs", "New York programs"),
        ("Dr. Park's advice on visas", "Dr. Park's advice on visas"),
        ("I-PASS handoffs", "I-PASS handoffs"),
        ("Lakeside registry", "Lakeside registry"),
        # A note that is all aside keeps its words; nothing stays nothing.
        ("(just a hello)", "just a hello"),
        ("", ""),
    ],
)
def test_it_turns_a_logged_note_into_a_phrase(typed: str, phrase: str) -> None:
    assert placeholders.as_phrase(typed, ["Lakeside General"]) == phrase


@pytest.fixture
def lena(make_contact: Callable[..., Contact]) -> Contact:
    return make_contact("Lena Park", honorific="Dr.", institution="Lakeside General")


def make_conference(name: str, starts_on: date, days: int = 2) -> Conference:
    return Conference.objects.create(
        name=name, starts_on=starts_on, ends_on=starts_on + timedelta(days=days), place="Ohio"
    )


@pytest.mark.django_db
def test_it_pastes_the_topic_into_the_sentence_without_brackets(
    lena: Contact,
    me: ApplicantIdentity,
    library: Template,
    log: Callable[..., Interaction],
) -> None:
    make_conference("Ohio ACP Chapter Meeting", TODAY - timedelta(days=1))
    log(lena, TODAY, Channel.CONFERENCE, topic="My QI poster; he offered to review my CV.")
    body = compose.compose(library("follow-up-conference"), compose.context_for(lena)).body
    assert "Our conversation about my QI poster has stayed with me" in body
    assert "(" not in body and ";" not in body


@pytest.mark.django_db
def test_it_fills_the_conference_from_the_latest_touch_at_a_conference(
    lena: Contact, library: Template, log: Callable[..., Interaction]
) -> None:
    make_conference("Spring Forum", TODAY - timedelta(days=60))
    ohio = make_conference("Ohio ACP Chapter Meeting", TODAY - timedelta(days=1))
    other = make_conference("Same Week Summit", TODAY - timedelta(days=1))
    ConferenceTarget.objects.create(conference=ohio, kind="person", contact=lena)
    log(lena, TODAY - timedelta(days=60), Channel.CONFERENCE, topic="Earlier")
    log(lena, TODAY, Channel.CONFERENCE, topic="Readmissions")
    composed = compose.compose(library("follow-up-conference"), compose.context_for(lena))
    assert composed.subject == "Following up from Ohio ACP Chapter Meeting"
    # Without them on any plan, the conference running that day is the one.
    ConferenceTarget.objects.all().delete()
    assert compose.conference_met_at(lena) in {ohio, other}


@pytest.mark.django_db
def test_it_falls_back_to_the_conference_where_you_marked_them_met(lena: Contact) -> None:
    planned = make_conference("Next Month Meeting", TODAY + timedelta(days=30))
    ConferenceTarget.objects.create(conference=planned, kind="person", contact=lena)
    assert compose.conference_met_at(lena) is None  # only planned: not where you met
    met = make_conference("Last Year Meeting", TODAY - timedelta(days=300))
    ConferenceTarget.objects.create(conference=met, kind="person", contact=lena, met=True)
    assert compose.conference_met_at(lena) == met


@pytest.mark.django_db
def test_it_links_each_blank_to_the_page_that_fills_it(
    client: Client, lena: Contact, log: Callable[..., Interaction]
) -> None:
    log(lena, TODAY, Channel.CONFERENCE, topic="Readmissions")  # no conference recorded
    page = client.get(
        reverse("outreach:compose"), {"contact": str(lena.pk), "template": "follow-up-conference"}
    ).content.decode()
    assert "Following up from {conference.name}" in page
    data = {
        "contact": lena.pk,
        "kind": "follow_up",
        "subject": "Following up from {conference.name}",
        "body": "Dear Dr. Park, thank you. {me.name}",
    }
    checks = client.post(reverse("outreach:compose_check"), data).content.decode()
    assert f'<a href="{reverse("outreach:identity")}">Your pitch</a>' in checks
    assert f'<a href="{reverse("outreach:conferences")}">Conferences</a>' in checks
    assert "your profile" not in checks
