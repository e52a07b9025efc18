"""The shortlist and catalogue commands: JSON keys, the sample label, one-line errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from matchwise.cli import main
from matchwise.programs.models import Catalogue
from matchwise.selection import SAMPLE_LABEL

from .conftest import SELECTION_FIXTURES, invented, visa_catalogue

pytestmark = pytest.mark.django_db
PROFILE_TOML = SELECTION_FIXTURES / "profile.toml"


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert main(list(argv)) == 0
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


def test_it_prints_the_documented_json_keys(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "shortlist", "--profile", str(PROFILE_TOML), "--max", "12", "--json")
    assert {"p_match", "cost_usd", "programs", "excluded", "curve", "label"} <= set(data)
    programs, excluded, curve = data["programs"], data["excluded"], data["curve"]
    assert isinstance(programs, list) and isinstance(excluded, list) and isinstance(curve, list)
    assert len(programs) == 12
    assert {"program_id", "p_interview", "tier", "reasons", "unknowns"} <= set(programs[0])
    assert {"program_id", "reason"} <= set(excluded[0])
    assert set(curve[0]) == {"n", "cost_usd", "p_match", "low", "high"}
    assert data["p_match_low"] <= data["p_match"] <= data["p_match_high"]  # type: ignore[operator]
    assert {"backups", "tied", "indistinguishable", "last_program", "citation"} <= set(data)
    assert data["label"] == SAMPLE_LABEL and data["catalogue"] == "sample"


def test_it_applies_the_budget_and_labels_the_text(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(
        capsys, "shortlist", "--profile", str(PROFILE_TOML), "--budget", "200", "--json"
    )
    assert isinstance(data["cost_usd"], int) and data["cost_usd"] <= 200
    assert main(["shortlist", "--profile", str(PROFILE_TOML), "--max", "3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"*** {SAMPLE_LABEL}")
    assert "Chance of matching:" in out and "   1. [" in out


def test_it_reads_a_catalogue_by_name_or_file(
    capsys: pytest.CaptureFixture[str], store: Callable[..., Catalogue], tmp_path: Path
) -> None:
    # The profile names Internal Medicine and Family Medicine: the catalogue must have both.
    store([*visa_catalogue(), invented(4, specialty="Family Medicine")])
    data = run_json(
        capsys, "shortlist", "--profile", str(PROFILE_TOML), "--catalogue", "invented", "--json"
    )
    assert data["catalogue"] == "invented" and data["label"] is None
    good = SELECTION_FIXTURES / "good_catalogue.csv"
    data = run_json(
        capsys, "shortlist", "--profile", str(PROFILE_TOML), "--catalogue", str(good), "--json"
    )
    assert data["catalogue"] == "good_catalogue.csv"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--profile", str(SELECTION_FIXTURES / "profile_bad.toml")],
            "favourite_colour: unknown key",
        ),
        (
            ["--profile", str(SELECTION_FIXTURES / "profile_bad.toml")],
            "years_since_graduation: missing",
        ),
        (["--profile", "/nonexistent/me.toml"], "cannot read /nonexistent/me.toml"),
        (
            ["--profile", str(PROFILE_TOML), "--catalogue", "nowhere"],
            "no catalogue named 'nowhere'",
        ),
        (
            ["--profile", str(PROFILE_TOML), "--budget", "-5"],
            "--budget: must be a whole number from 0 to",
        ),
    ],
)
def test_it_fails_with_a_one_line_reason(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["shortlist", *argv]) != 0
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_it_lists_the_catalogues_with_the_sample_label(
    capsys: pytest.CaptureFixture[str], store: Callable[..., Catalogue]
) -> None:
    store(visa_catalogue())
    rows = run_json(capsys, "catalogue", "list", "--json")
    assert isinstance(rows, list)
    assert [(r["name"], r["label"], r["program_count"]) for r in rows] == [
        ("sample", SAMPLE_LABEL, 3440),
        ("invented", None, 3),
    ]
    assert main(["catalogue", "list"]) == 0
    assert f"sample [{SAMPLE_LABEL}]" in capsys.readouterr().out
