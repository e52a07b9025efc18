"""The network API: contacts, due items, logging a touch; the schema is served offline."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.test import Client

from matchwise.network.models import Contact

pytestmark = pytest.mark.django_db


def test_it_logs_a_touch_and_schedules_the_follow_up(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    contact = make_contact("Lena Park")
    response = client.post(
        f"/api/contacts/{contact.pk}/interactions",
        json.dumps({"channel": "conference", "topic": "Poster session"}),
        content_type="application/json",
    )
    assert response.status_code == 201
    assert response.json()["follow_up_due_on"] == (date.today() + timedelta(days=2)).isoformat()
    due = client.get("/api/due").json()
    assert [(d["contact"], d["kind"], d["state"]) for d in due] == [
        ("Lena Park", "follow_up", "this_week")
    ]


def test_it_refuses_a_touch_without_a_topic(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    contact = make_contact()
    response = client.post(
        f"/api/contacts/{contact.pk}/interactions",
        json.dumps({"channel": "email", "topic": ""}),
        content_type="application/json",
    )
    assert response.status_code == 422
    assert not contact.interactions.exists()


def test_it_lists_contacts_with_derived_dates(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    make_contact("Ana Silva", institution="Lakeside")
    make_contact("Ben Cole")
    rows = client.get("/api/contacts", {"q": "lake"}).json()
    assert [(r["name"], r["last_contacted"], r["keep_in_touch"]) for r in rows] == [
        ("Ana Silva", None, "fine")
    ]


def test_it_serves_the_api_docs_without_a_cdn(client: Client) -> None:
    page = client.get("/api/docs").content.decode()
    assert "cdn." not in page
    assert client.get("/api/openapi.json").json()["info"]["title"] == "matchwise"
