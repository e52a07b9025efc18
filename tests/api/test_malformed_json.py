"""A body that is not JSON at all is a 400 that says what is wrong and where."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db
NOT_JSON = "the request body is not JSON: "


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (b'{"channel": "email",\n "topic": }', "expecting value at line 2, column 11"),
        (b'{"slug": "mine"', "expecting ',' delimiter at line 1, column 16"),
        (b"{\x80}", "not UTF-8 text at byte 2"),
    ],
)
def test_it_says_where_the_body_stops_being_json(client: Client, body: bytes, said: str) -> None:
    response = client.post("/api/templates", body, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"detail": NOT_JSON + said}
