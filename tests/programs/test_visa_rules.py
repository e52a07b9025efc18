"""A J-1 applicant never sees a program that does not sponsor J-1; an unknown policy is named."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.programs.catalogues import sample_programs
from matchwise.programs.models import Catalogue
from matchwise.programs.services import make_shortlist
from matchwise.selection import profile_from_mapping

from .conftest import PROFILE, visa_catalogue

pytestmark = pytest.mark.django_db
UNKNOWN_VISA = "whether they sponsor J-1 visas"


def test_it_never_lists_a_program_without_j1_in_the_sample(client: Client) -> None:
    refusing = {
        p.program_id
        for p in sample_programs()
        if p.specialty == "Internal Medicine" and p.visa_j1 is False
    }
    assert refusing
    response = client.post(
        "/api/shortlist", json.dumps({**PROFILE, "max": 600}), content_type="application/json"
    )
    data = response.json()
    listed = {p["program_id"] for p in data["programs"]}
    assert listed and not listed & refusing
    assert refusing <= {e["program_id"] for e in data["excluded"]}


def test_it_shows_the_unknown_policy_and_hides_the_refusal_on_the_page(
    client: Client, store: Callable[..., Catalogue]
) -> None:
    store(visa_catalogue())
    page = client.get(reverse("programs:shortlist"), {**PROFILE, "catalogue": "invented"})
    text = page.content.decode()
    table = text[text.index('id="programs"') : text.index('id="excluded"')]
    assert "Invented Sponsoring Hospital" in table
    assert "Invented Silent Hospital" in table
    assert UNKNOWN_VISA in table
    assert "Invented Refusing Hospital" not in table
    ruled_out = text[text.index('id="excluded"') :]
    assert "Invented Refusing Hospital" in ruled_out and "does not sponsor J-1 visas" in ruled_out


def test_it_names_the_unknown_in_the_service_and_the_api(
    client: Client, store: Callable[..., Catalogue]
) -> None:
    store(visa_catalogue())
    result = make_shortlist(profile_from_mapping(PROFILE), "invented")
    silent = next(r.listed for r in result.rows if r.listed.program_id == "INV-003")
    assert any(UNKNOWN_VISA in u for u in silent.unknowns)
    assert silent.p_interview_low == 0  # it may not sponsor: the range reaches 0
    assert [e.program_id for e in result.shortlist.excluded] == ["INV-002"]

    body = {**PROFILE, "catalogue": "invented"}
    api = client.post("/api/shortlist", json.dumps(body), content_type="application/json").json()
    by_id = {p["program_id"]: p for p in api["programs"]}
    assert set(by_id) == {"INV-001", "INV-003"}
    assert any(UNKNOWN_VISA in u for u in by_id["INV-003"]["unknowns"])
    assert api["excluded"][0]["reason"] == "does not sponsor J-1 visas"
