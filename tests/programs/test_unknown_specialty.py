"""A specialty the catalogue does not have is an error naming it, never silently dropped."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.cli import main
from matchwise.programs.models import Catalogue
from matchwise.programs.services import ShortlistRequestError, make_shortlist
from matchwise.selection import profile_from_mapping

from .conftest import PROFILE, SELECTION_FIXTURES, invented

pytestmark = pytest.mark.django_db
BOTH = ["Internal Medicine", "Diagnostic Radiology"]  # the sample says "Radiology-Diagnostic"


def test_it_names_the_unknown_specialty_and_suggests_the_close_one() -> None:
    with pytest.raises(ShortlistRequestError) as caught:
        make_shortlist(profile_from_mapping({**PROFILE, "specialties": BOTH}))
    assert caught.value.field == "specialties"
    assert "no specialty “Diagnostic Radiology”" in caught.value.message
    assert "did you mean “Radiology-Diagnostic”?" in caught.value.message


def test_it_lists_the_catalogues_specialties_when_nothing_is_close() -> None:
    with pytest.raises(ShortlistRequestError, match="it has Anesthesiology, Emergency Medicine"):
        make_shortlist(profile_from_mapping({**PROFILE, "specialties": ["Dermatology"]}))


def test_the_api_answers_422_with_the_field(client: Client) -> None:
    body = json.dumps({**PROFILE, "specialties": BOTH})
    response = client.post("/api/shortlist", body, content_type="application/json")
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["loc"] == ["body", "payload", "specialties"]
    assert "Diagnostic Radiology" in problem["msg"]


def test_the_page_puts_the_reason_next_to_the_specialties(
    client: Client, store: Callable[..., Catalogue]
) -> None:
    # The form offers only known specialties; a catalogue without one is the case to show.
    query = {**PROFILE, "specialties": ["Internal Medicine", "Neurology"]}
    store([invented(1)], "IM only")
    response = client.get(reverse("programs:shortlist"), {**query, "catalogue": "IM only"})
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert "no specialty “Neurology”" in errors["specialties"][0]


def test_the_command_line_gives_one_line_and_fails(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    toml = tmp_path / "me.toml"
    text = (SELECTION_FIXTURES / "profile.toml").read_text(encoding="utf-8")
    toml.write_text(text.replace('"Family Medicine"', '"Diagnostic Radiology"'), "utf-8")
    assert main(["shortlist", "--profile", str(toml)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "me.toml: specialties: the catalogue has no specialty “Diagnostic Radiology”" in err
