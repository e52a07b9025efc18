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
from matchwise.outreach import compose, conferences, placeholders
from matchwise.outreach.kinds import MessageKind
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


@pytest.mark.parametrize(
    ("text", "name", "named"),
    [
        ("Met at the Ohio ACP chapter meeting", "Ohio ACP Chapter Meeting", True),
        ("poster at ohio  acp\nchapter meeting", "Ohio ACP Chapter Meeting", True),
        ("ACP poster hall", "ACP", True),
        ("ACPs everywhere", "ACP", False),
        ("Ohio meeting", "Ohio ACP Chapter Meeting", False),
        ("anything", "  ", False),
    ],
)
def test_it_finds_a_conference_named_in_a_note(text: str, name: str, named: bool) -> None:
    assert placeholders.names(text, name) is named


@pytest.mark.parametrize(
    ("topic", "where_only"),
    [
        ("Met at Ohio ACP Chapter Meeting", True),
        ("met at ohio acp chapter meeting.", True),
        ("Met at Ohio ACP Chapter Meeting: her readmissions study", False),
        ("Readmissions", False),
    ],
)
def test_it_tells_a_topic_that_only_says_where(topic: str, where_only: bool) -> None:
    assert placeholders.only_where(topic, ["", "Ohio ACP Chapter Meeting"]) is where_only


@pytest.mark.django_db
def test_it_fills_the_conference_the_touch_names_over_one_running_that_day(
    lena: Contact, library: Template, log: Callable[..., Interaction]
) -> None:
    ohio = make_conference("Ohio ACP Chapter Meeting", TODAY - timedelta(days=20))
    summit = make_conference("Same Day Summit", TODAY - timedelta(days=1))
    log(lena, TODAY, Channel.CONFERENCE, topic="Readmissions", notes="At the Ohio ACP meeting")
    assert compose.conference_met_at(lena) == summit  # "the Ohio ACP meeting" is not its name
    log(lena, TODAY, Channel.CONFERENCE, topic="Her poster at the Ohio ACP Chapter Meeting")
    assert compose.conference_met_at(lena) == ohio
    composed = compose.compose(library("follow-up-conference"), compose.context_for(lena))
    assert composed.subject == "Following up from Ohio ACP Chapter Meeting"


@pytest.mark.django_db
def test_it_fills_the_conference_that_ended_in_the_week_before_the_touch(
    lena: Contact, log: Callable[..., Interaction]
) -> None:
    ohio = make_conference("Ohio ACP Chapter Meeting", TODAY - timedelta(days=9))  # ended 7 ago
    log(lena, TODAY, Channel.CONFERENCE, topic="Readmissions")
    assert compose.conference_met_at(lena) == ohio
    log(lena, TODAY + timedelta(days=1), Channel.CONFERENCE, topic="Readmissions again")
    assert compose.conference_met_at(lena) is None  # 8 days on: too late to be sure


@pytest.mark.django_db
def test_it_leaves_the_topic_blank_when_the_touch_only_says_where(
    lena: Contact, me: ApplicantIdentity, library: Template
) -> None:
    ohio = make_conference("Ohio ACP Chapter Meeting", TODAY - timedelta(days=1))
    conferences.record_met(ohio, [conferences.Met(topic="", contact=lena)], TODAY)
    body = compose.compose(library("follow-up-conference"), compose.context_for(lena)).body
    assert "the time you gave me at Ohio ACP Chapter Meeting" in body
    assert "Our conversation about {meeting.topic}" in body  # for you to write, not "met at …"


@pytest.mark.django_db
def test_it_takes_the_topic_from_a_conversation_not_from_a_message_sent(
    lena: Contact, me: ApplicantIdentity, library: Template, log: Callable[..., Interaction]
) -> None:
    make_conference("Ohio ACP Chapter Meeting", TODAY - timedelta(days=1))
    log(lena, TODAY, Channel.CONFERENCE, topic="Discharge calls; she runs the pilot")
    compose.mark_sent(
        lena, MessageKind.FOLLOW_UP, "Following up", "Dear Dr. Park, …", confirmed=True
    )
    body = compose.compose(library("follow-up-conference"), compose.context_for(lena)).body
    assert "Our conversation about discharge calls has stayed with me" in body


@pytest.mark.django_db
def test_it_names_and_links_the_pages_a_message_is_filled_from(client: Client) -> None:
    page = client.get(reverse("outreach:compose")).content.decode()
    assert f'<a href="{reverse("outreach:identity")}">Your pitch</a>' in page
    assert f'<a href="{reverse("outreach:conferences")}">Conferences</a>' in page
    assert "your profile" not in page
