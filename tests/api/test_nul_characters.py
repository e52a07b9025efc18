"""Text with a NUL character (\\u0000) is never a server error: PostgreSQL cannot store it, so
there it is refused with 422; SQLite keeps it like any other character."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client

from matchwise.api.errors import NUL_MESSAGE
from matchwise.network.models import Contact
from tests.api.contract import Contract

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("method", "path", "url", "body"),
    [
        ("get", "/api/contacts", "/api/contacts?q=a%00b", None),
        ("get", "/api/contacts", "/api/contacts?role=%00", None),
        ("get", "/api/templates/{slug}", "/api/templates/a%00b", None),
        ("post", "/api/checks", "/api/checks", {"kind": "update", "body": "Hi\u0000"}),
    ],
)
def test_it_answers_text_with_a_nul_as_declared(
    client: Client,
    contract: Contract,
    method: str,
    path: str,
    url: str,
    body: dict[str, str] | None,
) -> None:
    if body is None:
        response = client.get(url)
    else:
        response = client.post(url, json.dumps(body), content_type="application/json")
    assert contract.problems(contract.operation(method, path), response) == []
    if connection.vendor == "postgresql" and response.status_code == 422:
        assert response.json()["detail"][0]["msg"] == NUL_MESSAGE


def test_it_refuses_a_touch_with_a_nul_where_it_cannot_be_kept(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    contact = make_contact()
    touch = {"channel": "email", "topic": "Question\u0000"}
    url = f"/api/contacts/{contact.pk}/interactions"
    response = client.post(url, json.dumps(touch), content_type="application/json")
    expected = 422 if connection.vendor == "postgresql" else 201
    assert response.status_code == expected
    assert contact.interactions.exists() is (expected == 201)
