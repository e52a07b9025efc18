"""`matchwise market predict / fit / simulate`: works with no setup, keeps the user's fit,
refuses bad input naming file, line and column, and stores nothing then."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from matchwise.cli import main
from matchwise.market.shipped import CITATION
from matchwise.programs.models import MarketFit

from .conftest import SELECTION_FIXTURES

pytestmark = pytest.mark.django_db
OUTCOMES = SELECTION_FIXTURES / "outcomes_fictional.csv"
HEADER = "specialty,positions,all_applicants,img_applicants,img_step2_mean,img_step2_sd\n"


@pytest.fixture
def specialties(tmp_path: Path) -> Path:
    path = tmp_path / "specialties.csv"
    path.write_text(
        HEADER + "Never Seen Medicine,900,1000,300,241,14\nTiny Surgery,50,120,6,,\n",
        encoding="utf-8",
    )
    return path


def test_it_predicts_with_the_shipped_fit_and_no_setup(
    specialties: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["market", "predict", "--specialties", str(specialties), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["specialty"] for r in rows] == ["Never Seen Medicine", "Tiny Surgery"]
    for row in rows:
        assert set(row) == {"specialty", "img_match_rate", "low", "high"}
        assert 0 <= row["low"] <= row["img_match_rate"] <= row["high"] <= 1
    assert rows[0]["img_match_rate"] > rows[1]["img_match_rate"]
    assert main(["market", "predict", "--specialties", str(specialties)]) == 0
    text = capsys.readouterr().out
    assert "Never Seen Medicine" in text and CITATION in text and "shipped" in text


def test_it_refuses_a_bad_specialties_file_naming_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "Fine,10,20,5,240,14\nBroken,10,twenty,5,240,14\n", encoding="utf-8")
    assert main(["market", "predict", "--specialties", str(path)]) == 1
    assert "bad.csv:3: all_applicants:" in capsys.readouterr().err


def test_it_fits_the_users_table_keeps_it_and_predicts_with_it(
    specialties: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["market", "fit", str(OUTCOMES)]) == 0
    assert "fitted to outcomes_fictional.csv" in capsys.readouterr().out
    stored = MarketFit.objects.get()
    assert {m["specialty"] for m in stored.markets} == {
        "Internal Medicine",
        "Family Medicine",
        "Invented Surgery",
    }
    assert main(["market", "predict", "--specialties", str(specialties)]) == 0
    out = capsys.readouterr().out
    assert "fitted to outcomes_fictional.csv on" in out and "fitted by you" in out


def test_it_stores_nothing_when_the_table_is_malformed_or_too_small(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["market", "fit", str(SELECTION_FIXTURES / "outcomes_malformed.csv")]) == 1
    assert "nothing stored: outcomes_malformed.csv:3: img_not_matched:" in capsys.readouterr().err
    small = tmp_path / "two.csv"
    lines = OUTCOMES.read_text(encoding="utf-8").splitlines()
    small.write_text("\n".join(lines[:5]) + "\n", encoding="utf-8")
    assert main(["market", "fit", str(small)]) == 1
    assert "at least 3 are needed" in capsys.readouterr().err
    assert not MarketFit.objects.exists()


def test_it_simulates_a_known_specialty_by_applicant_type(
    specialties: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["market", "simulate", "--specialty", "Internal Medicine", "--runs", "3"]) == 1
    assert "run `matchwise market fit`" in capsys.readouterr().err
    args = ["market", "simulate", "--specialty", "never seen medicine", "--runs", "3"]
    assert main([*args, "--specialties", str(specialties), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["specialty"] == "Never Seen Medicine" and result["runs"] == 3
    kinds = [o["applicant_type"] for o in result["outcomes"]]
    assert kinds == ["non-US IMG", "others"]
    for outcome in result["outcomes"]:
        assert 0 <= outcome["p10"] <= outcome["p50"] <= outcome["p90"] <= 1
    assert main(["market", "fit", str(OUTCOMES)]) == 0
    capsys.readouterr()
    assert main(["market", "simulate", "--specialty", "Family Medicine", "--runs", "2"]) == 0
    assert "Family Medicine: 2 simulated Matches" in capsys.readouterr().out
