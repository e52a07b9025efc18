"""`matchwise calibrate`: fit the model to the user's outcomes file, keep it, and use it."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.cli import main
from matchwise.programs.calibrations import current_calibration
from matchwise.programs.models import Calibration, Catalogue
from matchwise.selection import ScoreBox

from .conftest import PROFILE, SELECTION_FIXTURES, invented, shared_file

pytestmark = pytest.mark.django_db
OUTCOMES = SELECTION_FIXTURES / "outcomes_fictional.csv"


@pytest.fixture
def small(store: Callable[..., Catalogue]) -> Catalogue:
    """Twenty invented IM programs, so that a fit takes a fraction of a second."""
    return store(
        [
            invented(
                n,
                interview_rate_non_us_img=2.0 + n,
                step2_invited=ScoreBox(215 + n, 228 + n, 236 + n, 244 + n, 258 + n),
            )
            for n in range(1, 21)
        ]
    )


def calibrate(capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["calibrate", str(OUTCOMES), "--catalogue", "invented"]) == 0
    return capsys.readouterr().out


def test_it_fits_stores_and_prints_published_against_predicted(
    capsys: pytest.CaptureFixture[str], small: Catalogue
) -> None:
    out = calibrate(capsys)
    stored = current_calibration()
    assert stored is not None and stored.file_name == "outcomes_fictional.csv"
    assert stored.catalogue == "invented" and stored.applicant_type == "non_us_img"
    # Only Internal Medicine: the catalogue has no Family Medicine, the surgery is suppressed.
    assert set(stored.parameters) == {"Internal Medicine"}
    assert 0 < stored.parameters["Internal Medicine"]["conversion"] < 1
    assert stored.report[0]["published_rate"] == pytest.approx(0.571)
    assert "calibrated to outcomes_fictional.csv on" in out
    assert "Internal Medicine" in out and "57.1% /" in out and "1 specialties calibrated" in out


def test_it_refuses_a_malformed_file_and_stores_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["calibrate", str(SELECTION_FIXTURES / "outcomes_malformed.csv")]) == 1
    err = capsys.readouterr().err
    assert "nothing calibrated: outcomes_malformed.csv:3: img_not_matched:" in err
    assert len(err.strip().splitlines()) == 1 and not Calibration.objects.exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--catalogue", "nope"], "no catalogue named 'nope'"),
        (["--catalogue", "invented"], "no specialty of outcomes_fictional.csv could be fitted"),
    ],
)
def test_it_refuses_what_it_cannot_fit(
    capsys: pytest.CaptureFixture[str],
    store: Callable[..., Catalogue],
    argv: list[str],
    message: str,
) -> None:
    store([invented(1, specialty="Neurology")])
    assert main(["calibrate", str(OUTCOMES), *argv]) == 1
    assert message in capsys.readouterr().err and not Calibration.objects.exists()


def test_every_result_says_which_model_it_used(
    capsys: pytest.CaptureFixture[str], client: Client, small: Catalogue
) -> None:
    def api() -> Any:
        body = json.dumps({**PROFILE, "catalogue": "invented"})
        return client.post("/api/shortlist", body, content_type="application/json").json()

    assert api()["model"] == "default, not calibrated"
    home = client.get(reverse("programs:home")).content.decode()
    assert "default, not calibrated" in home and "matchwise calibrate FILE.csv" in home
    calibrate(capsys)
    stored = current_calibration()
    assert stored is not None
    assert api()["model"] == stored.description
    page = client.get(reverse("programs:shortlist"), {**PROFILE, "catalogue": "invented"})
    assert stored.description in page.content.decode()
    assert stored.description in client.get(reverse("programs:home")).content.decode()
    # Other applicant types keep the defaults, and say so.
    us = client.post(
        "/api/shortlist",
        json.dumps({**PROFILE, "catalogue": "invented", "applicant_type": "us_img"}),
        content_type="application/json",
    ).json()
    assert us["model"].startswith("default, not calibrated")


def test_the_calibration_changes_the_chances(
    capsys: pytest.CaptureFixture[str], small: Catalogue, tmp_path: Path
) -> None:
    toml = tmp_path / "me.toml"
    text = (SELECTION_FIXTURES / "profile.toml").read_text(encoding="utf-8")
    toml.write_text(text.replace('"Family Medicine"', '"Neurology"'), encoding="utf-8")
    small.programs.create(
        program_id="INV-NEURO",
        name="Invented Neurology",
        specialty="Neurology",
        source="test catalogue (invented)",
        as_of=date(2025, 6, 30),
        interview_rate_non_us_img=5.0,
    )
    argv = ["shortlist", "--profile", str(toml), "--catalogue", "invented", "--json"]
    assert main(argv) == 0
    before = json.loads(capsys.readouterr().out)
    calibrate(capsys)
    assert main(argv) == 0
    after = json.loads(capsys.readouterr().out)
    assert before["model"] == "default, not calibrated"
    assert after["model"].startswith("calibrated to outcomes_fictional.csv on ")
    assert after["model"].endswith("; defaults for Neurology")  # not in the outcomes file
    assert after["p_match"] != pytest.approx(before["p_match"])
    assert main(argv[:-1]) == 0
    assert "Model: calibrated to outcomes_fictional.csv" in capsys.readouterr().out


def test_it_calibrates_the_sample_to_the_real_outcomes(capsys: pytest.CaptureFixture[str]) -> None:
    path = shared_file("nrmp_charting_outcomes_2026_nonus_img.csv")
    assert main(["calibrate", str(path)]) == 0
    stored = current_calibration()
    assert stored is not None and stored.catalogue == "sample"
    assert {"Internal Medicine", "Family Medicine"} <= set(stored.parameters)
    for fit in stored.report:
        assert abs(fit["predicted_rate"] - fit["published_rate"]) <= 0.03, fit
