"""The Season page's odds in a real browser: the table with both figures, and a drawn chart of
P(match) against the number of interviews with the published figure beside the model's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from matchwise.cli import main
from matchwise.season import services
from matchwise.season.models import Application
from matchwise.season.programs import ProgramFacts

from ..programs.conftest import SELECTION_FIXTURES

pytestmark = pytest.mark.django_db(transaction=True)


def test_it_draws_the_odds_with_the_users_interviews_marked(
    live_server: LiveServer, page: Page, screenshot: Callable[[str], Path]
) -> None:
    assert main(["calibrate", str(SELECTION_FIXTURES / "outcomes_fictional.csv")]) == 0
    for i in range(6):
        facts = ProgramFacts(f"P{i}", f"Lakeside {i}", specialty="Internal Medicine", state="OH")
        services.add_application(facts, services.Submission(date(2026, 9, 24)))
    Application.objects.filter(program_id__in=["P0", "P1", "P2"]).update(status="interviewed")
    Application.objects.filter(program_id__in=["P3", "P4"]).update(status="scheduled")
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{live_server.url}/season/")
    table = page.locator("#odds-table")
    expect(table).to_contain_text("3 completed")
    expect(table).to_contain_text("5 if all 2 scheduled happen")
    expect(page.locator("#odds-source")).to_contain_text("calibrated to outcomes_fictional.csv")
    drawn = page.evaluate(
        """() => {
          const chart = Chart.getChart(document.getElementById("odds-chart-0"));
          return chart ? chart.data.datasets.map((d) => d.label) : null;
        }"""
    )
    assert drawn is not None, "the chart was not drawn"
    assert "Model" in drawn and "NRMP published (contiguous ranks)" in drawn
    assert "Completed" in drawn and "If all scheduled happen" in drawn
    screenshot("season-odds")
    assert errors == []
