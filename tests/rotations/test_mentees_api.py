"""The giving-back routes: the Giving back page's service, with 404, 409 and 422 refusals."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from matchwise.network import clock
from matchwise.network.models import Contact
from matchwise.rotations.models import Mentee

pytestmark = pytest.mark.django_db


def post(client: Client, url: str, data: dict[str, Any] | None = None) -> Any:
    body = json.dumps(data) if data is not None else ""
    headers = {"Content-Type": "application/json"}
    return client.post(url, body, content_type="application/json", headers=headers)


def test_it_adds_lists_and_stops_a_mentee(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    junior = make_contact("Tunde Bello", honorific="Dr.")
    assert client.get("/api/mentees").json() == []
    added = post(client, "/api/mentees", {"contact_id": junior.pk, "notes": "Final-year student"})
    assert added.status_code == 201
    body = added.json()
    assert (body["contact_id"], body["name"], body["notes"]) == (
        junior.pk,
        "Dr. Tunde Bello",
        "Final-year student",
    )
    assert body["since"] == clock.today().isoformat() and body["status"] == "fine"
    assert client.get("/api/mentees").json() == [body]

    stopped = post(client, f"/api/mentees/{body['id']}/stop")
    assert stopped.status_code == 200 and stopped.json()["id"] == body["id"]
    assert client.get("/api/mentees").json() == []
    assert Contact.objects.filter(pk=junior.pk).exists()


def test_it_answers_404_for_a_contact_that_does_not_exist(client: Client) -> None:
    refused = post(client, "/api/mentees", {"contact_id": 999})
    assert (refused.status_code, refused.json()) == (404, {"detail": "no contact with id 999"})
    assert not Mentee.objects.exists()


def test_it_answers_409_for_a_contact_already_mentored(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    junior = make_contact("Tunde Bello")
    post(client, "/api/mentees", {"contact_id": junior.pk, "since": "2027-04-01"})
    again = post(client, "/api/mentees", {"contact_id": junior.pk, "notes": "twice"})
    assert again.status_code == 409
    assert again.json() == {"detail": f"you already mentor Tunde Bello (contact {junior.pk})"}
    assert [(str(m.since), m.notes) for m in Mentee.objects.all()] == [("2027-04-01", "")]


def test_it_answers_422_for_a_date_that_is_not_one(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    junior = make_contact("Tunde Bello")
    refused = post(client, "/api/mentees", {"contact_id": junior.pk, "since": "2027-02-30"})
    assert refused.status_code == 422
    assert [p["loc"] for p in refused.json()["detail"]] == [["body", "data", "since"]]
    assert not Mentee.objects.exists()


def test_it_answers_404_when_stopping_a_mentee_that_does_not_exist(client: Client) -> None:
    refused = post(client, "/api/mentees/999/stop")
    assert (refused.status_code, refused.json()) == (404, {"detail": "no mentee with id 999"})
