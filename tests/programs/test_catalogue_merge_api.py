"""`POST /api/catalogues/merge`: what `matchwise catalogue merge` does, through the same
service; a refused merge leaves the catalogue as it was."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from matchwise import selection
from matchwise.programs.models import Catalogue, Program, ProgramFact
from matchwise.selection.catalogue_limits import MAX_FILE_BYTES

from .conftest import invented

pytestmark = pytest.mark.django_db
HEADER = "Sponsoring Institution,City,Specialty,Program Code,2026 Quota,2026 Matched\n"
HARBOR = "Invented Harbor Med Ctr-FL,Tampa,Internal Medicine,1111140C0,10,8\n"


@pytest.fixture
def merged_into(store: Callable[..., Catalogue]) -> Catalogue:
    return store(
        [
            invented(1, program_id="1111140C0", institution="Invented Harbor Med Ctr-FL"),
            invented(2, program_id="2222140C0", institution="Invented Ridge Hosp-FL"),
        ]
    )


def merge(client: Client, text: str, **fields: Any) -> Any:
    body = {
        "catalogue": "invented",
        "format": "nrmp-results",
        "file_name": "results.csv",
        "content": base64.b64encode(text.encode()).decode(),
    } | fields
    return client.post("/api/catalogues/merge", json.dumps(body), content_type="application/json")


def snapshot() -> list[tuple[Any, ...]]:
    """Everything a merge may change: the programs' columns and the facts kept."""
    programs = Program.objects.order_by("pk").values_list()
    facts = ProgramFact.objects.order_by("pk").values_list()
    return [*programs, *facts]


def test_it_merges_by_code_and_reports_the_rest(client: Client, merged_into: Catalogue) -> None:
    response = merge(
        client, HEADER + HARBOR + "Elsewhere Hosp-FL,Miami,Internal Medicine,9999140C0,4,4\n"
    )
    assert response.status_code == 200
    data = response.json()
    assert data["stored"] is True and data["source"] == "NRMP results 2026"
    assert data["counts"] == {"confident": 1, "uncertain": 0, "unmatched": 1}
    assert [row["line"] for row in data["unmatched"]] == [3]
    assert Program.objects.get(program_id="1111140C0").positions == 10


def test_it_stores_nothing_on_a_dry_run(client: Client, merged_into: Catalogue) -> None:
    before = snapshot()
    response = merge(client, HEADER + HARBOR, dry_run=True)
    assert response.status_code == 200
    assert response.json()["stored"] is False and response.json()["counts"]["confident"] == 1
    assert snapshot() == before


def test_it_applies_an_uncertain_match_only_when_its_line_is_confirmed(
    client: Client, merged_into: Catalogue
) -> None:
    lookalike = invented(9, program_id="X-9", institution="Invented Harbor Medical Center",
                         state=None, visa_h1b=True)  # fmt: skip
    sheet = selection.catalogue_csv_text([lookalike])
    first = merge(client, sheet, format="csv", file_name="mine.csv")
    assert first.status_code == 200
    [uncertain] = first.json()["uncertain"]
    assert uncertain["programs"] == ["1111140C0"]
    assert Program.objects.get(program_id="1111140C0").visa_h1b is False
    confirmed = merge(
        client, sheet, format="csv", file_name="mine.csv", confirmed_lines=[uncertain["line"]]
    )
    assert confirmed.status_code == 200
    assert Program.objects.get(program_id="1111140C0").visa_h1b is True


def test_it_refuses_a_bad_file_with_line_and_column_and_changes_nothing(
    client: Client, merged_into: Catalogue
) -> None:
    before = snapshot()
    bad = "Invented Ridge Hosp-FL,Ocala,Internal Medicine,2222140C0,ten,8\n"
    response = merge(client, HEADER + HARBOR + bad)
    assert response.status_code == 422
    [found] = response.json()["detail"]
    assert found["loc"] == ["body", "data", "content"]
    assert found["msg"].startswith("results.csv, line 3, column 2026 Quota")
    assert snapshot() == before


def test_it_answers_404_for_a_catalogue_not_stored(client: Client, merged_into: Catalogue) -> None:
    before = snapshot()
    response = merge(client, HEADER + HARBOR, catalogue="sample")
    assert response.status_code == 404
    [found] = response.json()["detail"]
    assert found["loc"] == ["body", "data", "catalogue"]
    assert "no stored catalogue named 'sample'" in found["msg"]
    assert snapshot() == before


@pytest.mark.parametrize(
    ("fields", "where", "says"),
    [
        ({"content": "not base64!"}, "content", "not base64"),
        ({"format": "pdf"}, "format", "unknown source format 'pdf'"),
        ({"confirmed_lines": [0]}, "confirmed_lines", "greater than or equal to 1"),
    ],
)
def test_it_refuses_a_request_it_cannot_read_naming_the_field(
    client: Client, merged_into: Catalogue, fields: dict[str, Any], where: str, says: str
) -> None:
    before = snapshot()
    response = merge(client, HEADER + HARBOR, **fields)
    assert response.status_code == 422
    [found] = response.json()["detail"]
    assert where in found["loc"] and says in found["msg"]
    assert snapshot() == before


def test_it_refuses_a_file_past_the_size_limit(client: Client, merged_into: Catalogue) -> None:
    response = merge(client, HEADER + "x" * MAX_FILE_BYTES)
    assert response.status_code == 422
    assert "larger than 20 MB" in response.json()["detail"][0]["msg"]


def test_it_answers_400_with_a_reason_for_a_body_past_what_it_reads(client: Client) -> None:
    body = json.dumps({"content": "A" * (MAX_FILE_BYTES * 2)})
    response = client.post("/api/catalogues/merge", body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["detail"].startswith("the request body is larger than")


@pytest.mark.parametrize("name", ["..", "a\x00b.csv", "../../results.csv", "é" * 200 + ".csv"])
def test_it_keeps_a_file_of_any_name_in_a_private_copy(
    client: Client, merged_into: Catalogue, name: str
) -> None:
    response = merge(client, HEADER + HARBOR, file_name=name, dry_run=True)
    assert response.status_code == 200
    assert response.json()["counts"]["confident"] == 1
