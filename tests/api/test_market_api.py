"""GET /api/market/predictions: the page's predictions over JSON, from the same service."""

from __future__ import annotations

import pytest
from django.test import Client

from matchwise.cli import main
from matchwise.market.shipped import CITATION
from tests.programs.conftest import SELECTION_FIXTURES

pytestmark = pytest.mark.django_db


def test_it_answers_an_empty_list_with_the_shipped_fit_before_any_fit(client: Client) -> None:
    body = client.get("/api/market/predictions").json()
    assert body["predictions"] == [] and body["citation"] == CITATION
    assert body["fit"].startswith("shipped")


def test_it_lists_the_fitted_table_with_bands_and_published_rates(client: Client) -> None:
    assert main(["market", "fit", str(SELECTION_FIXTURES / "outcomes_fictional.csv")]) == 0
    body = client.get("/api/market/predictions").json()
    assert {p["specialty"] for p in body["predictions"]} == {
        "Internal Medicine",
        "Family Medicine",
        "Invented Surgery",
    }
    for p in body["predictions"]:
        assert 0 <= p["low"] <= p["img_match_rate"] <= p["high"] <= 1
        assert 0 < p["published"] < 1
