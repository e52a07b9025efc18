"""A sheet's "Step 2 min" is merged as the program's stated minimum, kept with its source, and
screens out a lower score on the shortlist (service, page, API and command line), the reason
naming the minimum."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.cli import main
from matchwise.programs.merging import apply_merge
from matchwise.programs.models import Catalogue, Program, ProgramFact
from matchwise.programs.services import make_shortlist
from matchwise.selection.profile import profile_from_mapping
from matchwise.sources.sheet import read_source

from .conftest import PROFILE, invented

pytestmark = pytest.mark.django_db


def merged(store: Callable[..., Catalogue], tmp_path: Path) -> Catalogue:
    stored = store(
        [
            invented(1, institution="Invented Harbor Med Ctr", city="Tampa", state="FL"),
            invented(2, institution="Invented Ridge Hosp", city="Ocala", state="FL"),
        ]
    )
    sheet = tmp_path / "minimums.csv"
    sheet.write_text("Hospital,City,State,Step 2 min\nInvented Harbor Med Ctr,Tampa,FL,240\n")
    result = apply_merge(stored, read_source(sheet))
    assert result.rows_applied == 1
    return stored


def test_it_stores_the_minimum_with_its_source(
    store: Callable[..., Catalogue], tmp_path: Path
) -> None:
    merged(store, tmp_path)
    harbor = Program.objects.get(program_id="INV-001")
    assert harbor.step2_minimum == 240
    assert harbor.step2_invited_lower == 225  # the catalogue's own box is left whole
    fact = ProgramFact.objects.get(program=harbor, attribute="step2_minimum")
    assert fact.source == "minimums.csv"


def test_it_screens_a_lower_score_out_of_the_shortlist_with_the_reason(
    store: Callable[..., Catalogue], tmp_path: Path
) -> None:
    stored = merged(store, tmp_path)
    low = make_shortlist(profile_from_mapping({**PROFILE, "step2_score": 220}), stored.name)
    [gone] = low.shortlist.excluded
    assert gone.program_id == "INV-001"
    assert gone.reason.startswith("your Step 2 CK 220 is below the 240 minimum this program")
    assert "minimums.csv" in gone.reason  # cited
    assert [p.program_id for p in low.shortlist.programs] == ["INV-002"]


def test_it_keeps_the_program_for_a_score_at_the_minimum(
    store: Callable[..., Catalogue], tmp_path: Path
) -> None:
    stored = merged(store, tmp_path)
    at = make_shortlist(profile_from_mapping({**PROFILE, "step2_score": 240}), stored.name)
    assert at.shortlist.excluded == ()
    [harbor] = [p for p in at.shortlist.programs if p.program_id == "INV-001"]
    assert any("meets the 240 minimum" in r for r in harbor.reasons)


REASON = "your Step 2 CK 220 is below the 240 minimum this program states"


def test_it_shows_the_reason_on_the_page_in_the_api_and_on_the_command_line(
    store: Callable[..., Catalogue],
    tmp_path: Path,
    client: Client,
    capsys: pytest.CaptureFixture[str],
) -> None:
    stored = merged(store, tmp_path)
    low = {**PROFILE, "step2_score": 220, "catalogue": stored.name}
    page = client.get(reverse("programs:shortlist"), low).content.decode()
    assert 'id="excluded"' in page and REASON in page
    data = client.post("/api/shortlist", json.dumps(low), content_type="application/json").json()
    assert [e["program_id"] for e in data["excluded"]] == ["INV-001"]
    assert data["excluded"][0]["reason"].startswith(REASON)
    profile = tmp_path / "profile.toml"
    profile.write_text(
        'applicant_type = "non_us_img"\nspecialties = ["Internal Medicine"]\n'
        'step2_score = 220\nyears_since_graduation = 2\nvisa = "j1"\n'
    )
    assert main(["shortlist", "--profile", str(profile), "--catalogue", stored.name]) == 0
    assert REASON in capsys.readouterr().out
