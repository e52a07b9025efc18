"""The guide names every action of `matchwise season` and states the rules as coded."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from matchwise.cli import build_parser
from matchwise.season import calendar, zones

GUIDE = (Path(__file__).parents[2] / "docs" / "season.md").read_text(encoding="utf-8")
TEXT = " ".join(GUIDE.split())
STATE_NAMES = {
    "FL": "Florida", "MI": "Michigan", "IN": "Indiana", "KY": "Kentucky", "TN": "Tennessee",
    "KS": "Kansas", "NE": "Nebraska", "ND": "North Dakota", "SD": "South Dakota", "TX": "Texas",
    "ID": "Idaho", "OR": "Oregon", "NV": "Nevada", "AZ": "Arizona", "AK": "Alaska",
}  # fmt: skip


def actions_of(parser: argparse.ArgumentParser) -> dict[str, Any]:
    found = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(found[0].choices) if found else {}


def test_it_documents_every_action() -> None:
    actions = actions_of(actions_of(build_parser())["season"])
    assert set(actions) == {
        "add", "import", "invite", "schedule", "status", "list", "rank", "soap", "odds",
        "couple",
    }  # fmt: skip
    for action in actions:
        assert f"`matchwise season {action}" in TEXT, action
    soap_actions = actions_of(actions["soap"])
    assert set(soap_actions) == {"import", "list", "apply", "offer", "accept", "reject", "expire"}
    for action in soap_actions:
        assert f"`matchwise season soap {action}" in TEXT, action


def test_it_lists_every_split_state() -> None:
    assert set(STATE_NAMES) == set(zones.SPLIT_STATES)
    for name in STATE_NAMES.values():
        assert name in GUIDE, name


def test_it_states_the_reminders_and_the_length_of_an_interview() -> None:
    assert [r.total_seconds() for r in calendar.REMINDERS] == [86400, 1800]
    assert "a day before, and 30 minutes before" in TEXT
    assert calendar.INTERVIEW_LENGTH.total_seconds() == 4 * 3600 and "four hours" in TEXT


@pytest.mark.django_db
def test_it_documents_every_api_route(client: Client) -> None:
    paths = [p for p in client.get("/api/openapi.json").json()["paths"] if "/season/" in p]
    assert len(paths) == 17
    for path in paths:
        assert re.sub(r"\{[a-z_]+_id\}", "{id}", path) in GUIDE, path


def test_it_names_the_templates_that_ship() -> None:
    from matchwise.outreach import library

    named = set(re.findall(r"`((?:interview|letter-of)-[a-z-]+)`", GUIDE))
    assert named == {"interview-thank-you", "interview-update-letter", "letter-of-intent"}
    assert named <= {template["slug"] for template in library.LIBRARY}


def test_it_documents_every_step_of_couples_mode() -> None:
    steps = actions_of(actions_of(actions_of(build_parser())["season"])["couple"])
    assert set(steps) == {"partner", "program", "rank", "list"}
    for step in steps:
        assert f"`matchwise season couple {step}" in TEXT, step
    assert "`matchwise season rank --demonstrate [--json]`" in TEXT
