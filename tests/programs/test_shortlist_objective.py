"""Choosing the objective (chance of matching, or the best match for your preferences)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.cli import main

from .conftest import PROFILE, SELECTION_FIXTURES

pytestmark = pytest.mark.django_db
WANTS = {**PROFILE, "preferred_states": ["TX", "CA"], "max": 20}


def post(client: Client, body: dict[str, Any]) -> Any:
    return client.post("/api/shortlist", json.dumps(body), content_type="application/json")


def in_states(data: dict[str, Any]) -> int:
    return sum(p["state"] in ("TX", "CA") for p in data["programs"])


def test_the_api_takes_the_objective_and_favourites(client: Client) -> None:
    chance = post(client, WANTS).json()
    assert chance["objective"] == "p_match" and chance.get("expected_utility") is None
    wanted = post(client, {**WANTS, "objective": "utility"}).json()
    assert wanted["objective"] == "utility" and wanted["expected_utility"] > 0
    assert in_states(wanted) > in_states(chance)
    outsider = "SAMPLE-IM-0600"
    assert outsider not in {p["program_id"] for p in wanted["programs"]}
    favoured = post(client, {**WANTS, "objective": "utility", "favourites": [outsider]}).json()
    assert favoured["programs"] and outsider in {p["program_id"] for p in favoured["programs"]}


def test_the_api_refuses_an_unknown_objective_or_favourite(client: Client) -> None:
    assert post(client, {**WANTS, "objective": "happiness"}).status_code == 422
    response = post(client, {**WANTS, "objective": "utility", "favourites": ["NOPE-1"]})
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["loc"] == ["body", "payload", "favourites"] and "NOPE-1" in problem["msg"]


def test_the_page_offers_the_objective(client: Client) -> None:
    query = {**PROFILE, "preferred_states": "TX, CA", "max_applications": 20}
    chance = client.get(reverse("programs:shortlist"), query)
    wanted = client.get(reverse("programs:shortlist"), {**query, "objective": "utility"})
    assert "the best match for your preferences" in wanted.content.decode()
    assert "the best chance of matching" in chance.content.decode()
    states = [
        sum(r.program.state in ("TX", "CA") for r in response.context["rows"])
        for response in (chance, wanted)
    ]
    assert states[1] > states[0]
    bad = client.get(reverse("programs:shortlist"), {**query, "favourites": "NOPE-1"})
    assert bad.status_code == 400 and "NOPE-1" in bad.context["form"].errors["favourites"][0]


def test_the_command_line_takes_the_objective(capsys: pytest.CaptureFixture[str]) -> None:
    toml = str(SELECTION_FIXTURES / "profile.toml")
    argv = ["shortlist", "--profile", toml, "--max", "20", "--json"]
    assert main([*argv, "--objective", "utility", "--favourite", "SAMPLE-IM-0600"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["objective"] == "utility" and data["expected_utility"] > 0
    assert "SAMPLE-IM-0600" in {p["program_id"] for p in data["programs"]}
    assert main([*argv, "--favourite", "NOPE-1"]) == 1
    assert "--favourite: no program with the id or name “NOPE-1”" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*argv, "--objective", "happiness"])


def test_a_favourite_can_be_named(client: Client) -> None:
    from matchwise.selection import sample_catalogue

    program = next(
        p
        for p in sample_catalogue()
        if p.specialty == "Internal Medicine" and p.visa_j1 and p.interview_rate_non_us_img
    )
    response = client.get(reverse("programs:shortlist"), {**PROFILE, "favourites": program.name})
    assert response.status_code == 200
    assert response.context["shortlist"].programs[0].program_id == program.program_id
