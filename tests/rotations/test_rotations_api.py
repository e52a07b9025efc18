"""The rotations and Match result routes: the same services and checks as the pages."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from matchwise.network.choices import MentorRole
from matchwise.network.models import Contact, MentorAssignment
from matchwise.rotations.models import Rotation, RotationTask
from tests.rotations.conftest import days

pytestmark = pytest.mark.django_db


def post(client: Client, url: str, data: dict[str, Any] | None = None) -> Any:
    body = json.dumps(data) if data is not None else ""
    # The test client leaves the content type out of a request without a body: set it.
    headers = {"Content-Type": "application/json"}
    return client.post(url, body, content_type="application/json", headers=headers)


def test_it_adds_a_rotation_and_shows_its_plan(client: Client) -> None:
    added = post(
        client,
        "/api/rotations",
        {
            "institution": "Lakeside General",
            "service": "Cardiology",
            "starts_on": days(-10).isoformat(),
            "ends_on": days(17).isoformat(),
        },
    )
    assert added.status_code == 201
    rotation_id = added.json()["id"]
    assert added.json()["attending_target"] == 2
    shown = client.get(f"/api/rotations/{rotation_id}").json()
    assert shown["phase"] == "running" and shown["feedback"]["state"] in {"due", "overdue"}
    assert [r["id"] for r in client.get("/api/rotations").json()] == [rotation_id]


def test_it_refuses_a_rotation_that_ends_first_with_the_form_message(client: Client) -> None:
    refused = post(
        client,
        "/api/rotations",
        {"institution": "X", "starts_on": "2026-03-05", "ends_on": "2026-03-01"},
    )
    assert refused.status_code == 422
    assert refused.json() == {"detail": {"ends_on": ["The rotation cannot end before it starts."]}}
    assert not Rotation.objects.exists()


def test_it_records_people_and_a_promise_then_marks_it_kept(
    client: Client, make_rotation: Callable[..., Rotation], make_contact: Callable[..., Contact]
) -> None:
    rotation, lena = make_rotation(), make_contact("Lena Park")
    stranger = make_contact("Someone Else")
    met = post(
        client, f"/api/rotations/{rotation.pk}/people", {"contact_id": lena.pk, "role": "attending"}
    )
    assert met.status_code == 201 and met.json()["chosen"] is True
    task = {"contact_id": lena.pk, "description": "Send the article", "due_on": "2030-01-02"}
    added = post(client, f"/api/rotations/{rotation.pk}/tasks", task)
    assert added.status_code == 201 and added.json()["state"] == "open"
    refused = post(
        client, f"/api/rotations/{rotation.pk}/tasks", task | {"contact_id": stranger.pk}
    )
    assert refused.status_code == 422
    assert refused.json()["detail"][0]["loc"] == ["body", "data", "contact_id"]
    too_far = post(client, f"/api/rotations/{rotation.pk}/tasks", task | {"due_on": "9999-12-31"})
    assert too_far.status_code == 422
    assert too_far.json()["detail"][0]["loc"] == ["body", "data", "due_on"]
    done = post(client, f"/api/rotation-tasks/{added.json()['id']}/done")
    assert done.status_code == 200 and done.json()["state"] == "done"
    assert RotationTask.objects.count() == 1


def test_it_records_a_result_and_lists_who_helped(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    mentor = make_contact("Kwame Osei")
    MentorAssignment.objects.create(contact=mentor, role=MentorRole.PROCESS)
    refused = post(client, "/api/match-results", {"season": 2027, "outcome": "matched"})
    assert refused.status_code == 422
    assert refused.json() == {"detail": {"matched_at": ["Say where you matched."]}}
    added = post(
        client,
        "/api/match-results",
        {"season": 2027, "outcome": "matched", "matched_at": "Lakeside, Ohio"},
    )
    assert added.status_code == 201
    assert added.json()["season_started_on"] == "2026-01-01"
    helpers = client.get("/api/match-results/2027/helpers").json()
    assert helpers == [
        {
            "contact_id": mentor.pk,
            "name": "Kwame Osei",
            "reasons": ["mentor"],
            "template": "match-matched",
            "sent_on": None,
        }
    ]
    assert client.get("/api/match-results/2031/helpers").status_code == 404
