"""Other websites cannot make the user's browser write through the local API; a write that is
not JSON is told so (415), one from another site is refused (403), each with a message."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from django.test import Client

from matchwise.api.guard import JSON_ONLY, OTHER_SITE
from matchwise.network.models import Contact

pytestmark = pytest.mark.django_db
TOUCH = json.dumps({"channel": "email", "topic": "Question"})


@pytest.mark.parametrize(
    ("content_type", "headers", "status"),
    [
        ("application/json", {}, 201),  # a script or curl
        ("application/json", {"Origin": "http://testserver"}, 201),  # the app's own page
        ("application/json", {"Sec-Fetch-Site": "same-origin"}, 201),
        ("text/plain", {}, 415),  # a script that forgot the header
        ("application/x-www-form-urlencoded", {}, 415),
        ("text/plain", {"Sec-Fetch-Site": "cross-site"}, 403),  # a cross-site form
        ("application/json", {"Origin": "https://evil.example"}, 403),
        ("application/json", {"Origin": "http://["}, 403),  # not even a URL
        ("application/json", {"Origin": "null"}, 403),  # a sandboxed page
        ("application/json", {"Sec-Fetch-Site": "cross-site"}, 403),
        ("application/json", {"Sec-Fetch-Site": "same-site"}, 403),  # another port or subdomain
    ],
)
def test_it_accepts_writes_only_from_this_app_or_a_script(
    make_contact: Callable[..., Contact],
    content_type: str,
    headers: dict[str, str],
    status: int,
) -> None:
    contact = make_contact()
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        f"/api/contacts/{contact.pk}/interactions",
        TOUCH,
        content_type=content_type,
        headers=headers,
    )
    assert response.status_code == status
    assert contact.interactions.exists() is (status == 201)
    if status != 201:
        assert response.json() == {"detail": {415: JSON_ONLY, 403: OTHER_SITE}[status]}


def test_it_wants_the_json_header_even_without_a_body(client: Client) -> None:
    # A cross-site page can send a POST with no body and no content type without a preflight.
    response = client.generic("POST", "/api/messages/1/sent")
    assert response.status_code == 415
    assert response.json() == {"detail": JSON_ONLY}


def test_it_lets_anyone_read(client: Client) -> None:
    assert client.get("/api/due", headers={"Origin": "https://evil.example"}).status_code == 200
