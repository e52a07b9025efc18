"""The merging guide quotes the matching thresholds and formats as the code has them."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from matchwise.programs import source_matching
from matchwise.sources.formats import FORMATS

GUIDE = (Path(__file__).parents[2] / "docs" / "merging.md").read_text(encoding="utf-8")


def test_it_quotes_the_matching_thresholds() -> None:
    assert f"scores {source_matching.SURE:g} or more" in GUIDE
    assert f"within {source_matching.RUNNER_UP:g} points" in GUIDE
    assert f"a name scores {source_matching.LIKELY:g} or more" in GUIDE


def test_it_lists_every_source_format() -> None:
    for name in FORMATS:
        assert f"| `{name}` |" in GUIDE


@pytest.mark.django_db
def test_it_documents_every_merge_route_and_its_fields(client: Client) -> None:
    schema = client.get("/api/openapi.json").json()
    routes = {
        f"{method.upper()} {path}"
        for path, operations in schema["paths"].items()
        if path.startswith("/api/catalogues/")
        for method in operations
    }
    assert routes == {"POST /api/catalogues/merge", "GET /api/catalogues/{name}"}
    for route in routes:
        assert f"`{route}`" in GUIDE
    components = schema["components"]["schemas"]
    fields = [*components["MergeIn"]["properties"], *components["CoverageOut"]["properties"]]
    for field in fields:
        assert f"`{field}`" in GUIDE, field
