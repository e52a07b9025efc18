"""A JSON body is read as the schema says: a number is a JSON number, a yes/no is true or false,
a date is text. What only looks like one is refused by name instead of being guessed at."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from matchwise.network.models import Contact
from tests.api.naming_nothing import PROFILE

pytestmark = pytest.mark.django_db
JSON = "application/json"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"reply_received": 0}, "reply_received"),
        ({"reply_received": "yes"}, "reply_received"),
        ({"occurred_on": 0}, "occurred_on"),  # a timestamp
        ({"occurred_on": "yesterday"}, "occurred_on"),
        ({"topic": 5}, "topic"),
    ],
)
def test_it_refuses_a_touch_with_a_lookalike_value(
    client: Client, make_contact: Callable[..., Contact], change: dict[str, Any], field: str
) -> None:
    contact = make_contact()
    touch = {"channel": "email", "topic": "Question"} | change
    url = f"/api/contacts/{contact.pk}/interactions"
    response = client.post(url, json.dumps(touch), content_type=JSON)
    assert response.status_code == 422
    assert [p["loc"][-1] for p in response.json()["detail"]] == [field]
    assert not contact.interactions.exists()


@pytest.mark.parametrize(
    ("value", "accepted"), [("5", False), (True, False), (5.5, False), (5.0, True), (5, True)]
)
def test_it_takes_only_json_numbers_for_ids(
    client: Client, make_contact: Callable[..., Contact], value: object, accepted: bool
) -> None:
    contact = make_contact()
    contact_id = value if value not in (5, 5.0) else contact.pk * (1.0 if value == 5.0 else 1)
    body = {"contact_id": contact_id, "kind": "update", "body": "Hello"}
    response = client.post("/api/messages", json.dumps(body), content_type=JSON)
    assert (response.status_code == 201) is accepted


def test_it_takes_only_json_numbers_in_a_profile(client: Client) -> None:
    body = {**PROFILE, "years_since_graduation": "2", "max": 5.5}
    response = client.post("/api/shortlist", json.dumps(body), content_type=JSON)
    assert response.status_code == 422
    assert sorted(p["loc"][-1] for p in response.json()["detail"]) == [
        "max",
        "years_since_graduation",
    ]
