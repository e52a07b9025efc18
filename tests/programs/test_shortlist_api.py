"""POST /api/shortlist: the profile's keys in, the documented JSON out, problems by name."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from matchwise.programs.models import Catalogue
from matchwise.selection import SAMPLE_LABEL

from .conftest import PROFILE, visa_catalogue

pytestmark = pytest.mark.django_db


def post(client: Client, body: dict[str, Any]) -> Any:
    return client.post("/api/shortlist", json.dumps(body), content_type="application/json")


def test_it_returns_the_documented_json_with_the_sample_label(client: Client) -> None:
    response = post(client, {**PROFILE, "max": 20})
    assert response.status_code == 200
    data = response.json()
    assert {"p_match", "cost_usd", "programs", "excluded", "curve"} <= set(data)
    assert data["label"] == SAMPLE_LABEL and data["catalogue"] == "sample"
    assert len(data["programs"]) == 20 and data["curve"][-1]["n"] == 20
    first = data["programs"][0]
    assert {"program_id", "p_interview", "tier", "reasons", "unknowns"} <= set(first)
    assert first["p_interview_low"] <= first["p_interview"] <= first["p_interview_high"]
    assert data["curve"][-1]["p_match"] == pytest.approx(data["p_match"])


def test_it_takes_a_catalogue_and_a_budget(client: Client, store: Callable[..., Catalogue]) -> None:
    store(visa_catalogue())
    data = post(client, {**PROFILE, "catalogue": "invented", "budget": 11}).json()
    assert data["label"] is None and data["cost_usd"] == 11 and len(data["programs"]) == 1


@pytest.mark.parametrize(
    ("change", "name"),
    [
        ({"favourite_colour": "blue"}, "favourite_colour"),
        ({"step2_score": 999}, "step2_score"),
        ({"home_state": "New York"}, "home_state"),
        ({"specialties": []}, "specialties"),
        ({"budget": -5}, "budget"),
        ({"max": 0}, "max"),
    ],
)
def test_it_reports_a_bad_key_by_name(client: Client, change: dict[str, Any], name: str) -> None:
    response = post(client, {**PROFILE, **change})
    assert response.status_code == 422
    assert name in [problem["loc"][-1] for problem in response.json()["detail"]]


def test_it_reports_a_missing_key_by_name(client: Client) -> None:
    body = {k: v for k, v in PROFILE.items() if k != "visa"}
    response = post(client, body)
    assert response.status_code == 422
    assert ["body", "payload", "visa"] in [p["loc"] for p in response.json()["detail"]]


def test_it_refuses_an_unknown_catalogue(client: Client) -> None:
    response = post(client, {**PROFILE, "catalogue": "nowhere"})
    assert response.status_code == 404
    assert "nowhere" in response.json()["detail"][0]["msg"]


def test_it_lists_catalogues_and_documents_the_route(client: Client) -> None:
    (sample,) = client.get("/api/catalogues").json()
    assert sample["label"] == SAMPLE_LABEL and sample["specialties"]["Internal Medicine"] == 600
    schema = client.get("/api/openapi.json").json()
    assert "/api/shortlist" in schema["paths"]
    assert "applicant_type" in json.dumps(schema["components"])
