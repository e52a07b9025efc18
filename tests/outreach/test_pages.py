"""Every playbook page answers, highlights Playbook, and forms carry the CSRF token."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.choices import MentorRole
from matchwise.network.models import Contact
from matchwise.outreach import mentors
from matchwise.outreach.models import (
    ApplicantIdentity,
    Campaign,
    Conference,
    Goal,
    LetterRequest,
    MessageTemplate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def filled(make_contact: Callable[..., Contact], conference: Conference) -> dict[str, int]:
    contact = make_contact("Ana Novak", honorific="Dr.")
    mentors.assign_role(contact, MentorRole.CAREER)
    return {
        "letter": LetterRequest.objects.create(contact=contact).pk,
        "campaign": Campaign.objects.create(name="Research").pk,
        "conference": conference.pk,
        "goal": Goal.objects.create(horizon="short", measure="mentors", target=3).pk,
        "template": MessageTemplate.objects.get(slug="thank-you").pk,
    }


@pytest.mark.parametrize("empty", [True, False])
def test_it_serves_every_page(client: Client, filled: dict[str, int], empty: bool) -> None:
    if empty:
        Contact.objects.all().delete()
    urls = [
        reverse("outreach:home"),
        reverse("outreach:identity"),
        reverse("outreach:linkedin"),
        reverse("outreach:mentors"),
        reverse("outreach:templates"),
        reverse("outreach:template_add"),
        reverse("outreach:template_edit", args=[filled["template"]]),
        reverse("outreach:compose"),
        reverse("outreach:messages"),
        reverse("outreach:campaigns"),
        reverse("outreach:campaign", args=[filled["campaign"]]),
        reverse("outreach:letters"),
        reverse("outreach:conferences"),
        reverse("outreach:conference_add"),
        reverse("outreach:conference", args=[filled["conference"]]),
        reverse("outreach:conference_edit", args=[filled["conference"]]),
        reverse("outreach:record_met", args=[filled["conference"]]),
        reverse("outreach:goals"),
        reverse("outreach:goal", args=[filled["goal"]]),
    ]
    if not empty:
        urls.append(reverse("outreach:letter", args=[filled["letter"]]))
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        assert 'href="/playbook/" aria-current="page"' in page, url
        if '<form method="post"' in page:
            assert "csrfmiddlewaretoken" in page, url


def test_it_saves_your_profile_and_builds_what_you_left_empty(client: Client) -> None:
    response = client.post(
        reverse("outreach:identity"),
        {"name": "Amara Okafor", "country": "Nigeria", "specialty": "internal medicine"},
    )
    assert response.status_code == 302
    identity = ApplicantIdentity.load()
    assert identity.identity_sentence == (
        "I am a physician who trained in Nigeria, preparing to apply in internal medicine."
    )
    assert identity.pitch.startswith("Hello, I'm Amara Okafor.")


def test_it_times_the_pitch_as_you_type(client: Client) -> None:
    short = client.post(reverse("outreach:pitch_timing"), {"pitch": "Hello, I'm Amara."})
    assert "a little short" in short.content.decode()
    fits = client.post(reverse("outreach:pitch_timing"), {"pitch": "word " * 90})
    assert "fits" in fits.content.decode() and "about 37 seconds" in fits.content.decode()


def test_it_builds_the_pitch_from_the_answers_without_saving(client: Client) -> None:
    response = client.post(
        reverse("outreach:build_pitch"), {"name": "Amara", "country": "Nigeria"}
    ).content.decode()
    assert "who trained in Nigeria" in response and "Hello, I&#x27;m Amara." in response
    assert ApplicantIdentity.load().pitch == ""


def test_it_builds_nothing_from_no_answers_and_keeps_what_is_typed(client: Client) -> None:
    response = client.post(
        reverse("outreach:build_pitch"),
        {"name": " ", "country": "", "pitch": "My own words.", "identity_sentence": "Mine."},
    ).content.decode()
    assert 'id="nothing-to-build"' in response and "I am a physician" not in response
    assert "My own words." in response and "Mine." in response


def test_it_ticks_the_linkedin_checklist(client: Client) -> None:
    response = client.post(
        reverse("outreach:linkedin_tick", args=["linkedin_photo"]),
        {"done": "on"},
        headers={"HX-Request": "true"},
    )
    assert "1 of 5" in response.content.decode()
    assert ApplicantIdentity.load().linkedin_photo
    client.post(reverse("outreach:linkedin_tick", args=["linkedin_photo"]), {})
    assert not ApplicantIdentity.load().linkedin_photo
    assert client.post(reverse("outreach:linkedin_tick", args=["pk"])).status_code == 404


def test_it_adds_a_template_and_refuses_unknown_placeholders(client: Client) -> None:
    data = {
        "name": "Grand rounds thanks",
        "slug": "grand-rounds-thanks",
        "kind": "thank_you",
        "subject": "Thank you, {contact.salutation}",
        "body": "Dear {contact.salutation}, thanks for {contact.nmae}.",
    }
    refused = client.post(reverse("outreach:template_add"), data)
    assert "Unknown placeholder: {contact.nmae}" in refused.content.decode()
    data["body"] = "Dear {contact.salutation}, thank you for [what they did]."
    assert client.post(reverse("outreach:template_add"), data).status_code == 302
    assert MessageTemplate.objects.get(slug="grand-rounds-thanks").builtin is False


def test_it_adds_a_conference_and_refuses_impossible_dates(client: Client) -> None:
    data = {"name": "ACP", "kind": "national", "starts_on": "2026-04-12", "ends_on": "2026-04-10"}
    refused = client.post(reverse("outreach:conference_add"), data)
    assert "cannot come before the first" in refused.content.decode()
    data["ends_on"] = "2026-04-14"
    response = client.post(reverse("outreach:conference_add"), data)
    assert response.status_code == 302
    assert Conference.objects.filter(name="ACP", ends_on=date(2026, 4, 14)).exists()
