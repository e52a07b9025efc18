"""A database busy with another change answers 503 with the error body and a Retry-After, so
that the request can simply be sent again."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test import Client

from matchwise.api.errors import BUSY_MESSAGE

pytestmark = pytest.mark.django_db
TEMPLATE = {"slug": "mine", "name": "Mine", "kind": "update", "body": "Hi {contact.first_name}"}


def test_it_answers_503_when_a_change_meets_a_lock(busy_database: None, client: Client) -> None:
    response = client.post("/api/templates", json.dumps(TEMPLATE), content_type="application/json")
    assert response.status_code == 503
    assert response.json() == {"detail": BUSY_MESSAGE}
    assert response["Retry-After"] == "1"


def test_it_answers_503_when_a_read_meets_a_lock(busy_database: None, client: Client) -> None:
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL: readers never wait for a lock held by a writer")
    response = client.get("/api/contacts")
    assert response.status_code == 503
    assert response.json() == {"detail": BUSY_MESSAGE}
