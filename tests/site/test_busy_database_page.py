"""A page that meets a database busy with another program's change answers with a page that
says so (503, Retry-After), never a server error. (The CLI test of the same case checks that
nothing of the change is kept: tests/cli/test_busy_database_message.py.)"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client

from tests.api.conftest import busy_database  # noqa: F401 (the fixture, used by name)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("busy_database")]


def test_it_says_a_change_was_not_saved_and_can_be_sent_again(client: Client) -> None:
    response = client.post("/contacts/new/", {"name": "Amara Okafor", "role": "attending"})
    assert response.status_code == 503
    assert response["Retry-After"] == "1"
    text = response.content.decode()
    assert "Busy for a moment" in text and "not saved" in text and "Traceback" not in text


def test_it_says_a_page_can_be_reloaded(client: Client) -> None:
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL: readers never wait for a lock held by a writer")
    response = client.get("/contacts/")
    assert response.status_code == 503
    assert 'href="/contacts/"' in response.content.decode()
