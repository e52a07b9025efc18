"""Other websites cannot make the user's browser write through the local API."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from django.test import Client

from matchwise.network.models import Contact

pytestmark = pytest.mark.django_db
TOUCH = json.dumps({"channel": "email", "topic": "Question"})


@pytest.mark.parametrize(
    ("content_type", "headers", "accepted"),
    [
        ("application/json", {}, True),  # a script or curl
        ("application/json", {"Origin": "http://testserver"}, True),  # the app's own page
        ("application/json", {"Sec-Fetch-Site": "same-origin"}, True),
        ("text/plain", {}, False),  # what a cross-site form can send without a preflight
        ("application/x-www-form-urlencoded", {}, False),
        ("application/json", {"Origin": "https://evil.example"}, False),
        ("application/json", {"Sec-Fetch-Site": "cross-site"}, False),
    ],
)
def test_it_accepts_writes_only_from_this_app_or_a_script(
    make_contact: Callable[..., Contact],
    content_type: str,
    headers: dict[str, str],
    accepted: bool,
) -> None:
    contact = make_contact()
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        f"/api/contacts/{contact.pk}/interactions",
        TOUCH,
        content_type=content_type,
        headers=headers,
    )
    assert (response.status_code == 201) is accepted
    assert contact.interactions.exists() is accepted


def test_it_lets_anyone_read(client: Client) -> None:
    assert client.get("/api/due", headers={"Origin": "https://evil.example"}).status_code == 200
