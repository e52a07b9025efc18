"""An id the database cannot hold (past 2**63 - 1, or below 1) is a 422 naming the parameter,
never a server error; the largest id it can hold is simply not found."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from django.test import Client

from matchwise.api.fields import MAX_ID
from matchwise.network.models import Contact
from matchwise.outreach.models import Message

pytestmark = pytest.mark.django_db
JSON = "application/json"


@pytest.mark.parametrize("contact_id", [str(MAX_ID + 1), str(10**30), "0", "-5"])
def test_it_refuses_a_contact_id_filter_out_of_range(client: Client, contact_id: str) -> None:
    response = client.get("/api/messages", {"contact_id": contact_id})
    assert response.status_code == 422
    assert [p["loc"] for p in response.json()["detail"]] == [["query", "contact_id"]]


def test_it_finds_no_messages_for_the_largest_id(client: Client) -> None:
    response = client.get("/api/messages", {"contact_id": str(MAX_ID)})
    assert (response.status_code, response.json()) == (200, [])


@pytest.mark.parametrize("contact_id", [MAX_ID + 1, 0])
def test_it_refuses_a_touch_for_an_id_out_of_range(
    client: Client, make_contact: Callable[..., Contact], contact_id: int
) -> None:
    make_contact()
    touch = json.dumps({"channel": "email", "topic": "Question"})
    response = client.post(f"/api/contacts/{contact_id}/interactions", touch, content_type=JSON)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["path", "contact_id"]


def test_it_refuses_ids_out_of_range_in_a_body(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    contact = make_contact()
    message = {"contact_id": contact.pk, "kind": "update", "body": "Hello"}
    for change in ({"contact_id": MAX_ID + 1}, {"contact_id": -1}):
        response = client.post("/api/messages", json.dumps(message | change), content_type=JSON)
        assert response.status_code == 422
        assert response.json()["detail"][0]["loc"] == ["body", "data", "contact_id"]
    assert not Message.objects.exists()
    compose = {"contact_id": contact.pk, "template": "thank-you", "conference_id": MAX_ID + 1}
    response = client.post("/api/compose", json.dumps(compose), content_type=JSON)
    assert response.json()["detail"][0]["loc"] == ["body", "data", "conference_id"]


def test_it_refuses_a_draft_id_out_of_range(client: Client) -> None:
    response = client.post(f"/api/messages/{MAX_ID + 1}/sent", content_type=JSON)
    assert response.status_code == 422
    assert client.post(f"/api/messages/{MAX_ID}/sent", content_type=JSON).status_code == 404
