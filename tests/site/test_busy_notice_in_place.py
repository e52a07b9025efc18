"""A change made in place (htmx) that meets a busy database gets the message alone, with its 503,
and every page has the place where `request-problems.js` shows it (htmx swaps nothing on an
error, so without it the page would show nothing at all)."""

from __future__ import annotations

import pytest
from django.contrib.staticfiles import finders
from django.db import connection
from django.test import Client

from tests.api.conftest import busy_database  # noqa: F401 (the fixture, used by name)

IN_PLACE = {"HTTP_HX_REQUEST": "true"}


@pytest.mark.usefixtures("busy_database")
def test_it_answers_a_change_made_in_place_with_the_message_alone(client: Client) -> None:
    data = {"name": "Amara Okafor", "role": "attending"}
    response = client.post("/contacts/new/", data, **IN_PLACE)  # type: ignore[arg-type]
    assert response.status_code == 503
    assert response["Retry-After"] == "1"
    text = response.content.decode()
    assert text.startswith("<p data-request-problem>Busy for a moment")
    assert "was not saved" in text and "send it again" in text
    assert "<html" not in text and "Back button" not in text


@pytest.mark.usefixtures("busy_database")
def test_it_says_nothing_changed_when_a_list_could_not_be_read(client: Client) -> None:
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL: readers never wait for a lock held by a writer")
    response = client.get("/contacts/?q=okafor", **IN_PLACE)  # type: ignore[arg-type]
    assert response.status_code == 503
    assert "Nothing was changed" in response.content.decode()


@pytest.mark.django_db
def test_it_gives_every_page_a_place_for_the_message(client: Client) -> None:
    page = client.get("/contacts/").content.decode()
    assert '<p id="request-problem" class="notice problem" role="alert" hidden></p>' in page
    assert "/static/request-problems.js" in page
    script = finders.find("request-problems.js")
    assert isinstance(script, str)
    with open(script, encoding="utf-8") as file:
        code = file.read()
    assert "htmx:responseError" in code and "[data-request-problem]" in code
