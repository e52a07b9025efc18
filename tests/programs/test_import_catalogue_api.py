"""`POST /api/catalogues`: import a file as a new catalogue, as `matchwise catalogue import`
and the Catalogues page do, through the same service; a refused import stores nothing."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from matchwise import selection
from matchwise.programs.models import Catalogue, Program

from .conftest import invented
from .test_catalogue_import import malformed_csv

pytestmark = pytest.mark.django_db


def send(client: Client, text: str, **fields: Any) -> Any:
    body = {
        "name": "Mine",
        "file_name": "mine.csv",
        "content": base64.b64encode(text.encode()).decode(),
    } | fields
    return client.post("/api/catalogues", json.dumps(body), content_type="application/json")


def test_it_imports_a_file_and_lists_it(client: Client) -> None:
    text = selection.catalogue_csv_text([invented(1), invented(2)])
    response = send(client, text, source="My own notes")
    assert response.status_code == 201
    assert response.json() == {
        "name": "Mine",
        "label": None,
        "source": "My own notes",
        "program_count": 2,
        "specialties": {"Internal Medicine": 2},
    }
    assert response.json() in client.get("/api/catalogues").json()
    assert Program.objects.filter(catalogue__name="Mine").count() == 2


def test_it_refuses_a_malformed_row_with_its_line_and_column(client: Client) -> None:
    response = send(client, malformed_csv())
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["loc"] == ["body", "data", "content"]
    assert "mine.csv:3: visa_j1: expected yes or no, got 'maybe'" in problem["msg"]
    assert not Catalogue.objects.exists() and not Program.objects.exists()


def test_it_refuses_a_name_in_use(client: Client, store: Callable[..., Catalogue]) -> None:
    store([invented(1)], name="Mine")
    response = send(client, selection.catalogue_csv_text([invented(2)]))
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["loc"] == ["body", "data", "name"] and "exists already" in problem["msg"]
    assert Program.objects.count() == 1


@pytest.mark.parametrize(
    ("fields", "where", "message"),
    [
        ({"content": "not base64!"}, "content", "not base64"),
        ({"format": "acgme"}, "content", "an ACGME listing covers one specialty"),
        ({"format": "xml"}, "format", "unknown layout 'xml'"),
    ],
)
def test_it_refuses_what_it_cannot_read(
    client: Client, fields: dict[str, Any], where: str, message: str
) -> None:
    response = send(client, selection.catalogue_csv_text([invented(1)]), **fields)
    assert response.status_code == 422
    assert any(p["loc"][-1] == where and message in p["msg"] for p in response.json()["detail"]), (
        response.json()
    )
    assert not Catalogue.objects.exists()
