"""Live odds: P(match) from the interviews completed and scheduled, per specialty, with the
model's band and NRMP's published figure from the user's own calibration table beside it."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from matchwise.cli import main
from matchwise.programs.calibrations import MODEL_VERSION
from matchwise.programs.models import Calibration, SavedProfile
from matchwise.season.models import Application
from matchwise.season.odds import NOT_GIVEN, season_odds
from matchwise.selection.anchor import p_match_given_ranks
from matchwise.selection.model import shipped_model
from matchwise.selection.outcomes import outcomes_to_json, read_outcomes
from matchwise.selection.vocabulary import ApplicantType

from ..selection.conftest import FIXTURES

pytestmark = pytest.mark.django_db
OUTCOMES = read_outcomes(FIXTURES / "outcomes_fictional.csv")
IM = "Internal Medicine"


def season(make: Callable[..., Application], specialty: str, **statuses: int) -> None:
    for status, count in statuses.items():
        for _ in range(count):
            made = make(specialty=specialty)
            Application.objects.filter(pk=made.pk).update(status=status)


def calibrated(outcomes: dict[str, object] | None = None) -> Calibration:
    """A calibration as `matchwise calibrate` keeps it (the shipped parameters, for speed)."""
    return Calibration.objects.create(
        file_name="outcomes_fictional.csv",
        model_version=MODEL_VERSION,
        parameters=json.loads(shipped_model().to_json()),
        outcomes=outcomes_to_json(OUTCOMES) if outcomes is None else outcomes,
    )


def test_it_counts_completed_and_scheduled_interviews_per_specialty(
    make_application: Callable[..., Application],
) -> None:
    season(make_application, IM, interviewed=2, ranked=1, scheduled=2, invited=1, rejected=3)
    season(make_application, "Family Medicine", scheduled=1, applied=2)
    odds = season_odds()
    lines = {line.specialty: line for line in odds.lines}
    assert set(lines) == {IM, "Family Medicine"}
    im = lines[IM]
    assert (im.interviews_completed, im.interviews_scheduled) == (3, 2)
    assert (im.completed.interviews, im.with_scheduled.interviews) == (3, 5)
    values = shipped_model().parameters(IM, ApplicantType.NON_US_IMG).values
    assert im.completed.p_match == pytest.approx(float(values.p_match_given_interviews(3)))
    assert im.with_scheduled.p_match == pytest.approx(float(values.p_match_given_interviews(5)))
    assert im.completed.p_match_low <= im.completed.p_match <= im.completed.p_match_high
    assert im.completed.p_match < im.with_scheduled.p_match
    fm = lines["Family Medicine"]
    assert (fm.completed.interviews, fm.with_scheduled.interviews) == (0, 1)
    assert fm.completed.p_match == 0.0
    assert "Charting Outcomes" in odds.citation


def test_without_a_calibration_the_published_figure_is_missing_and_says_how_to_add_it(
    make_application: Callable[..., Application],
) -> None:
    season(make_application, IM, interviewed=4)
    [line] = season_odds().lines
    assert line.completed.published is None and line.with_scheduled.published is None
    assert line.published_note.startswith("Not available: no calibration table yet")
    assert "matchwise calibrate FILE.csv" in line.published_note


def test_with_a_calibration_table_it_shows_the_published_figure_for_that_many_ranks(
    make_application: Callable[..., Application],
) -> None:
    calibrated()
    season(make_application, IM, interviewed=4, scheduled=3)
    season(make_application, "Radiology", interviewed=1)
    lines = {line.specialty: line for line in season_odds().lines}
    im = lines[IM]
    assert im.completed.published == pytest.approx(p_match_given_ranks(OUTCOMES[IM], 4))
    assert im.with_scheduled.published == pytest.approx(p_match_given_ranks(OUTCOMES[IM], 7))
    assert "read off outcomes_fictional.csv" in im.published_note
    radiology = lines["Radiology"]
    assert radiology.completed.published is None
    assert "outcomes_fictional.csv has no “Radiology”" in radiology.published_note
    assert radiology.parameters.startswith("pooled")


def test_a_suppressed_specialty_and_an_older_calibration_say_why(
    make_application: Callable[..., Application],
) -> None:
    season(make_application, "Invented Surgery", interviewed=2)
    calibrated()
    [line] = season_odds().lines
    assert line.completed.published is None
    assert "gives no contiguous ranks for “Invented Surgery”" in line.published_note
    Calibration.objects.all().delete()
    calibrated(outcomes={})
    [line] = season_odds().lines
    assert "was made before matchwise kept the table's figures" in line.published_note


def test_it_uses_the_saved_profiles_type_and_its_one_specialty_for_unnamed_applications(
    make_application: Callable[..., Application],
) -> None:
    SavedProfile.objects.create(name="Mine", applicant_type="us_img", specialties=[IM])
    season(make_application, "", interviewed=2)
    odds = season_odds()
    [line] = odds.lines
    assert line.specialty == IM and odds.applicant_type is ApplicantType.US_IMG
    assert "saved profile “Mine”" in odds.profile_note
    assert line.parameters.startswith("assumed for US IMGs")
    SavedProfile.objects.update(specialties=[IM, "Pediatrics"])
    [line] = season_odds().lines
    assert line.specialty == NOT_GIVEN and line.parameters.startswith("assumed for US IMGs")
    assert "these applications name no specialty" in line.published_note


def test_it_costs_the_same_queries_for_three_applications_or_thirty(
    make_application: Callable[..., Application],
) -> None:
    calibrated()
    season(make_application, IM, interviewed=2, scheduled=1)
    with CaptureQueriesContext(connection) as few:
        season_odds()
    season(make_application, IM, interviewed=12, scheduled=10)
    season(make_application, "Family Medicine", interviewed=5)
    with CaptureQueriesContext(connection) as many:
        season_odds()
    assert len(few.captured_queries) == len(many.captured_queries) == 3


def test_the_command_prints_both_figures_and_the_json(
    make_application: Callable[..., Application], capsys: pytest.CaptureFixture[str]
) -> None:
    calibrated()
    season(make_application, IM, interviewed=1, scheduled=2)
    assert main(["season", "odds"]) == 0
    out = capsys.readouterr().out
    assert "1 completed (1 interview): model" in out
    assert "if all 2 scheduled happen (3 interviews)" in out
    assert "NRMP published" in out and "Source: " in out
    assert main(["season", "odds", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["specialty"], row["interviews_completed"], row["interviews_scheduled"]) == (
        IM,
        1,
        2,
    )
    for key in ("completed", "with_scheduled"):
        figure = row[key]
        assert 0 <= figure["p_match_low"] <= figure["p_match"] <= figure["p_match_high"] <= 1
    assert row["completed"]["published"] == pytest.approx(p_match_given_ranks(OUTCOMES[IM], 1))
    assert row["with_scheduled"]["interviews"] == 3 and row["citation"]


def test_the_command_says_when_there_is_nothing_yet(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["season", "odds"]) == 0
    assert "No applications yet" in capsys.readouterr().out
    assert main(["season", "odds", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_the_api_answers_the_same_figures(
    client: Client, make_application: Callable[..., Application]
) -> None:
    season(make_application, IM, interviewed=2, scheduled=1)
    response = client.get("/api/season/odds")
    assert response.status_code == 200
    [row] = response.json()
    [line] = season_odds().lines
    assert row["completed"]["p_match"] == pytest.approx(line.completed.p_match)
    assert row["with_scheduled"]["p_match_high"] == pytest.approx(line.with_scheduled.p_match_high)
    assert row["completed"]["published"] is None and "Not available" in row["published_note"]


def test_the_season_page_shows_the_odds_and_the_chart_data(
    client: Client, make_application: Callable[..., Application]
) -> None:
    calibrated()
    season(make_application, IM, interviewed=3, scheduled=1)
    page = client.get(reverse("season:home"))
    html = page.content.decode()
    [line] = season_odds().lines
    assert 'id="odds"' in html and 'id="odds-chart-0"' in html
    assert "3 completed" in html and "4 if the one scheduled happens" in html
    assert f"{100 * line.completed.p_match:.0f}%" in html
    assert "Charting Outcomes" in html  # the citation
    assert 'id="odds-data"' in html and "season/odds.js" in html


def test_the_season_page_without_applications_says_what_will_come(client: Client) -> None:
    html = client.get(reverse("season:home")).content.decode()
    assert "Your chance of matching appears here" in html and "odds.js" not in html
