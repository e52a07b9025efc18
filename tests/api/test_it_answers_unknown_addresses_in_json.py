"""An address under /api/ that no operation takes is answered in JSON, as every API error is."""

from __future__ import annotations

import pytest
from django.test import Client


@pytest.mark.parametrize(
    "path",
    [
        "/api/catalogues/a%0Ab",  # a line break: the route's pattern does not match it
        "/api/no-such-thing",
        "/api/season/applications/1/nothing",
    ],
)
def test_it_answers_404_in_json(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "No such API address."}


@pytest.mark.django_db
def test_it_still_answers_a_known_catalogue_by_name(client: Client) -> None:
    response = client.get("/api/catalogues/no%20such%20catalogue")
    assert response.status_code == 404 and "No such API address" not in response.json()["detail"]
