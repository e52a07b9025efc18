"""`GET /api/catalogues/{name}`: what a stored catalogue knows, in the same shape as
`matchwise catalogue show --json`, through the same service."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from matchwise.cli import main
from matchwise.programs.models import Catalogue

from .conftest import invented

pytestmark = pytest.mark.django_db
RESULTS = (
    "Sponsoring Institution,City,Specialty,Program Code,2026 Quota,2026 Matched\n"
    "Invented Harbor Med Ctr-FL,Tampa,Internal Medicine,1111140C0,10,8\n"
)


@pytest.fixture
def stored(store: Callable[..., Catalogue]) -> Catalogue:
    return store(
        [
            invented(1, program_id="1111140C0", institution="Invented Harbor Med Ctr-FL"),
            invented(2, program_id="2222140C0", visa_j1=None),
        ],
        name="my list/2026",
    )


def attribute(data: dict[str, Any], name: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [row for row in data["attributes"] if row["attribute"] == name]
    assert len(found) == 1
    return found[0]


def test_it_counts_what_each_attribute_knows_and_from_where(
    client: Client, stored: Catalogue
) -> None:
    response = client.get("/api/catalogues/my list/2026")
    assert response.status_code == 200
    data = response.json()
    assert data["catalogue"] == "my list/2026" and data["programs"] == 2
    j1 = attribute(data, "visa_j1")
    assert j1["known"] == 1
    assert j1["sources"] == [{"source": stored.source, "programs": 1}]
    assert attribute(data, "positions")["known"] == 0
    assert data["most_wanted"] is None and "save a profile" in data["why"]


def test_it_names_the_merged_source_and_the_disagreement(client: Client, stored: Catalogue) -> None:
    body = {
        "catalogue": "my list/2026",
        "format": "nrmp-results",
        "file_name": "results.csv",
        "content": base64.b64encode(RESULTS.encode()).decode(),
    }
    merged = client.post("/api/catalogues/merge", json.dumps(body), content_type="application/json")
    assert merged.status_code == 200
    data = client.get("/api/catalogues/my list/2026").json()
    assert attribute(data, "positions")["sources"] == [
        {"source": "NRMP results 2026", "programs": 1}
    ]
    assert any("city is Tampa per NRMP results 2026" in line for line in data["disagreements"])


def test_it_answers_as_the_command_does(
    client: Client, stored: Catalogue, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["catalogue", "show", "my list/2026", "--json"]) == 0
    assert client.get("/api/catalogues/my list/2026").json() == json.loads(capsys.readouterr().out)


def test_it_refuses_a_catalogue_it_does_not_hold(client: Client, stored: Catalogue) -> None:
    response = client.get("/api/catalogues/nowhere")
    assert response.status_code == 404
    assert "no stored catalogue named 'nowhere'" in response.json()["detail"]


def test_it_refuses_the_built_in_sample(client: Client) -> None:
    from matchwise.programs.catalogues import catalogue_choices

    sample = catalogue_choices()[0].name
    response = client.get(f"/api/catalogues/{sample}")
    assert response.status_code == 404
    assert "built-in sample" in response.json()["detail"]
