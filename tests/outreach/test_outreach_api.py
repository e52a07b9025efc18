"""The playbook's JSON API: templates, compose, checks, messages."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from django.test import Client

from matchwise.network.choices import FollowUpRule
from matchwise.network.models import Contact, FollowUp
from matchwise.outreach.models import ApplicantIdentity, Message, MessageTemplate
from tests.outreach import messages

JSON = "application/json"

pytestmark = pytest.mark.django_db


def post(client: Client, url: str, data: dict[str, Any], method: str = "post") -> Any:
    return getattr(client, method)(url, json.dumps(data), content_type="application/json")


def test_it_lists_and_edits_templates(client: Client) -> None:
    slugs = [t["slug"] for t in client.get("/api/templates").json()]
    assert "cold-email-research" in slugs
    template = client.get("/api/templates/thank-you").json()
    assert template["kind"] == "thank_you" and template["builtin"] is True
    template["body"] = "Dear {contact.salutation}, thank you for [what they did]."
    response = post(client, "/api/templates/thank-you", template, "put")
    assert response.status_code == 200
    assert MessageTemplate.objects.get(slug="thank-you").body.startswith("Dear {contact")


def test_it_adds_a_template_and_refuses_typos_in_placeholders(client: Client) -> None:
    data = {"slug": "mine", "name": "Mine", "kind": "update", "body": "Hi {contact.nmae}"}
    refused = post(client, "/api/templates", data)
    assert refused.status_code == 422
    assert "Unknown placeholder: {contact.nmae}" in refused.json()["detail"]["body"][0]
    data["body"] = "Hi {contact.first_name}"
    assert post(client, "/api/templates", data).status_code == 201
    assert post(client, "/api/templates", data).status_code == 422  # short name taken


def test_it_checks_a_text(client: Client) -> None:
    response = post(
        client,
        "/api/checks",
        {"kind": "linkedin-note".replace("-", "_"), "body": messages.GENERIC_LINKEDIN_NOTE},
    )
    assert response.status_code == 200
    body = response.json()
    assert body["blocking"] is True
    assert [f["check"] for f in body["findings"]] == ["not_specific"]  # the older name stays
    assert [(f["rule"], f["severity"]) for f in body["findings"]] == [("about-them", "block")]
    good = post(
        client, "/api/checks", {"kind": "linkedin_note", "body": messages.GOOD_LINKEDIN_NOTE}
    )
    assert good.json() == {"findings": [], "blocking": False}
    assert post(client, "/api/checks", {"kind": "telegram", "body": "x"}).status_code == 422


def test_it_composes_for_a_contact(
    client: Client, make_contact: Callable[..., Contact], me: ApplicantIdentity
) -> None:
    contact = make_contact("Lena Park", honorific="Dr.")
    response = post(client, "/api/compose", {"contact_id": contact.pk, "template": "thank-you"})
    body = response.json()
    assert body["subject"] == "Thank you" and body["body"].startswith("Dear Dr. Park,")
    assert body["blocking"] is True  # the sentences in brackets are still to write
    assert (
        post(client, "/api/compose", {"contact_id": contact.pk, "template": "nope"}).status_code
        == 404
    )


def test_it_stores_drafts_and_logs_sent_messages(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    contact = make_contact("Lena Park")
    draft = post(
        client,
        "/api/messages",
        {"contact_id": contact.pk, "kind": "follow_up", "body": messages.GOOD_FOLLOW_UP},
    )
    assert draft.status_code == 201 and draft.json()["state"] == "draft"
    assert not FollowUp.objects.exists()
    sent = client.post(f"/api/messages/{draft.json()['id']}/sent", content_type=JSON).json()
    assert sent["state"] == "sent" and sent["interaction_id"] is not None
    nudge = FollowUp.objects.get()
    assert (nudge.rule, nudge.due_on) == (FollowUpRule.NO_REPLY, date.today() + timedelta(days=10))
    assert (
        client.post(f"/api/messages/{draft.json()['id']}/sent", content_type=JSON).status_code
        == 404
    )
    listed = client.get("/api/messages", {"contact_id": contact.pk}).json()
    assert [m["id"] for m in listed] == [sent["id"]]
    direct = post(
        client,
        "/api/messages",
        {
            "contact_id": contact.pk,
            "kind": "thank_you",
            "body": "Thank you for the tour of the Lakeside stroke unit on Friday.",
            "sent": True,
            "template": "thank-you",
        },
    )
    assert direct.json()["state"] == "sent"
    assert Message.objects.get(pk=direct.json()["id"]).template is not None


def test_it_logs_a_message_a_check_blocks_only_when_confirmed(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    contact = make_contact("Lena Park")
    data = {"contact_id": contact.pk, "kind": "cold_email", "body": messages.GENERIC_COLD_EMAIL}
    refused = post(client, "/api/messages", {**data, "sent": True})
    assert refused.status_code == 409
    assert [f["rule"] for f in refused.json()["findings"]] == ["about-them"]
    assert "about-them" in refused.json()["detail"]
    assert not Message.objects.exists() and not FollowUp.objects.exists()
    confirmed = post(client, "/api/messages", {**data, "sent": True, "confirm": True})
    assert confirmed.status_code == 201 and confirmed.json()["state"] == "sent"

    draft = post(client, "/api/messages", data).json()
    url = f"/api/messages/{draft['id']}/sent"
    assert client.post(url, content_type=JSON).status_code == 409
    assert Message.objects.get(pk=draft["id"]).state == "draft"
    sent = client.post(url + "?confirm=true", content_type=JSON)
    assert sent.status_code == 200 and sent.json()["state"] == "sent"
