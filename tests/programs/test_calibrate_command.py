"""`matchwise calibrate` and the Model page: fit the user's outcomes table, check it out of
sample, keep it, and use it; refuse what cannot be fitted and store nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from matchwise.cli import main
from matchwise.programs.calibrations import MODEL_VERSION, current_calibration
from matchwise.programs.models import Calibration

from .conftest import PROFILE, SELECTION_FIXTURES, shared_file

pytestmark = pytest.mark.django_db
OUTCOMES = SELECTION_FIXTURES / "outcomes_fictional.csv"


def calibrate(capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    assert main(["calibrate", str(OUTCOMES), *extra]) == 0
    return capsys.readouterr().out


def test_it_fits_checks_stores_and_prints(capsys: pytest.CaptureFixture[str]) -> None:
    out = calibrate(capsys)
    stored = current_calibration()
    assert stored is not None and stored.file_name == "outcomes_fictional.csv"
    assert stored.model_version == MODEL_VERSION and stored.applicant_type == "non_us_img"
    assert set(stored.parameters["specialties"]) == {
        "Internal Medicine",
        "Family Medicine",
        "Invented Surgery",
    }
    methods = {row["specialty"]: row["method"] for row in stored.report}
    assert methods["Invented Surgery"] == "partly pooled"
    assert stored.held_out_error is not None and stored.next_year_error is None
    assert "calibrated to outcomes_fictional.csv on" in out
    assert "held out" in out and "Leave one specialty out: mean error" in out


def test_it_checks_against_next_years_table(capsys: pytest.CaptureFixture[str]) -> None:
    out = calibrate(capsys, "--holdout-from", str(OUTCOMES))
    stored = current_calibration()
    assert stored is not None and stored.next_year_error is not None
    assert stored.holdout_file == "outcomes_fictional.csv"
    assert "Against outcomes_fictional.csv: mean error" in out


def test_it_refuses_a_malformed_file_and_stores_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["calibrate", str(SELECTION_FIXTURES / "outcomes_malformed.csv")]) == 1
    err = capsys.readouterr().err
    assert "nothing calibrated: outcomes_malformed.csv:3: img_not_matched:" in err
    assert len(err.strip().splitlines()) == 1 and not Calibration.objects.exists()


def test_it_refuses_a_table_it_cannot_fit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lines = OUTCOMES.read_text(encoding="utf-8").splitlines()
    only = tmp_path / "suppressed.csv"
    only.write_text("\n".join([lines[0], *(x for x in lines if "Invented" in x)]) + "\n")
    assert main(["calibrate", str(only)]) == 1
    err = capsys.readouterr().err
    assert "nothing stored: Invented Surgery:" in err and len(err.strip().splitlines()) == 1
    assert not Calibration.objects.exists()


def test_every_result_says_which_model_it_used(
    capsys: pytest.CaptureFixture[str], client: Client
) -> None:
    def api(**changes: Any) -> Any:
        body = json.dumps({**PROFILE, **changes})
        return client.post("/api/shortlist", body, content_type="application/json").json()

    shipped = api()
    assert "shipped with matchwise" in shipped["model"]
    assert "National Resident Matching Program" in shipped["citation"]
    assert "Charting Outcomes" in client.get(reverse("programs:home")).content.decode()
    calibrate(capsys)
    stored = current_calibration()
    assert stored is not None
    assert api()["model"] == stored.description
    us_img = api(applicant_type="us_img")["model"]
    assert us_img.startswith(stored.description) and "assumed for US IMGs" in us_img
    assert api()["p_match"] != pytest.approx(shipped["p_match"])
    page = client.get(reverse("programs:shortlist"), PROFILE)
    assert stored.description in page.content.decode()
    assert stored.description in client.get(reverse("programs:home")).content.decode()
    assert main(["shortlist", "--profile", str(SELECTION_FIXTURES / "profile.toml")]) == 0
    assert "Model: calibrated to outcomes_fictional.csv" in capsys.readouterr().out


def test_the_model_page_shows_the_parameters_and_calibrates(client: Client) -> None:
    page = client.get(reverse("programs:model"))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Internal Medicine" in text and "National Resident Matching Program" in text
    upload = SimpleUploadedFile("mine.csv", OUTCOMES.read_bytes(), "text/csv")
    done = client.post(reverse("programs:model"), {"file": upload})
    assert done.status_code == 302
    stored = current_calibration()
    assert stored is not None and stored.file_name == "mine.csv"
    assert "mine.csv" in client.get(done["Location"]).content.decode()


def test_the_model_page_refuses_a_malformed_file(client: Client) -> None:
    bad = (SELECTION_FIXTURES / "outcomes_malformed.csv").read_bytes()
    upload = SimpleUploadedFile("bad.csv", bad, "text/csv")
    response = client.post(reverse("programs:model"), {"file": upload})
    assert response.status_code == 400 and not Calibration.objects.exists()
    assert "bad.csv:3: img_not_matched" in response.content.decode()


def test_it_calibrates_to_the_real_outcomes(capsys: pytest.CaptureFixture[str]) -> None:
    path = shared_file("nrmp_charting_outcomes_2026_nonus_img.csv")
    assert main(["calibrate", str(path)]) == 0
    stored = current_calibration()
    assert stored is not None and len(stored.report) == 17
    assert stored.held_out_error is not None and stored.held_out_error < 0.1
    full = [r for r in stored.report if r["method"] == "fitted"]
    assert sum(abs(r["fitted_rate"] - r["published_rate"]) for r in full) / len(full) < 0.02
