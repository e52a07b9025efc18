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
    routes = [p for p in schema["paths"] if p.startswith("/api/catalogues/")]
    assert routes == ["/api/catalogues/merge"]
    for path in routes:
        assert f"`POST {path}`" in GUIDE
    fields = schema["components"]["schemas"]["MergeIn"]["properties"]
    for field in fields:
        assert f"`{field}`" in GUIDE, field
