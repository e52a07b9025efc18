"""`matchwise result list`: the Match results recorded, latest season first, as
`GET /api/match-results` gives them, from the same records."""

from __future__ import annotations

import json
from datetime import date

import pytest
from django.test import Client

from matchwise.cli import main
from matchwise.rotations import results

pytestmark = pytest.mark.django_db


def test_it_lists_the_results_latest_first(
    client: Client, capsys: pytest.CaptureFixture[str]
) -> None:
    results.record({"season": "2026", "outcome": "not_matched", "recorded_on": date(2026, 3, 20)})
    results.record({"season": "2027", "outcome": "matched", "matched_at": "Lakeside IM, Ohio",
                    "recorded_on": date(2027, 3, 19)})  # fmt: skip
    assert main(["result", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Match 2027: ") and "at Lakeside IM, Ohio" in lines[0]
    assert lines[1].startswith("Match 2026: ") and "(recorded 2026-03-20)" in lines[1]
    assert main(["result", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == client.get("/api/match-results").json()


def test_it_says_when_there_is_none(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["result", "list"]) == 0
    assert capsys.readouterr().out == "No Match result recorded yet (`matchwise result record`).\n"
    assert main(["result", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
