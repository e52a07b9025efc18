"""The guide states the rules as the code applies them, every command and every API route."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from matchwise.cli import build_parser
from matchwise.outreach import library
from matchwise.outreach.readiness import MIN_EXCHANGES
from matchwise.rotations import thanks, timing

GUIDE = (Path(__file__).parents[2] / "docs" / "rotations.md").read_text(encoding="utf-8")
TEXT = " ".join(GUIDE.split())


@pytest.mark.parametrize(
    "phrase",
    [
        f"{timing.ATTENDING_TARGET} attendings and {timing.RESIDENT_TARGET} residents",
        f"{MIN_EXCHANGES} exchanges",
        f"From the {timing.FEEDBACK_WORKING_DAY}rd working day",
        f"after the {timing.FEEDBACK_OVERDUE_WORKING_DAY}th working day",
        f"The last {timing.LAST_WEEK_DAYS} days",
        f"Overdue {timing.THANKS_OVERDUE_DAYS} days after the end",
        f"{timing.THANKS_SHOWN_DAYS} days after it",
        f"every {timing.AFTER_END_CADENCE.ideal_days} days, at most "
        f"{timing.AFTER_END_CADENCE.max_days}",
    ],
)
def test_it_states_each_timing_rule_with_its_number(phrase: str) -> None:
    assert phrase in TEXT.replace("**", "")


def test_it_names_templates_that_ship() -> None:
    slugs = {template["slug"] for template in library.LIBRARY}
    named = set(re.findall(r"`((?:rotation|match)-[a-z-]+)`", GUIDE))
    assert named == {
        "rotation-feedback",
        "rotation-thank-you",
        thanks.MATCHED_TEMPLATE,
        thanks.NOT_MATCHED_TEMPLATE,
        thanks.MENTOR_NOT_MATCHED_TEMPLATE,
    }
    assert named <= slugs


def actions_of(parser: argparse.ArgumentParser) -> dict[str, Any]:
    """The subcommands (or actions) a parser accepts, by name."""
    found = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(found[0].choices) if found else {}


def test_it_documents_every_action_of_the_commands() -> None:
    commands = actions_of(build_parser())
    for command in ("rotation", "result", "mentee"):
        for action in actions_of(commands[command]):
            assert f"`matchwise {command} {action}" in TEXT or f"`{action}" in TEXT, action


@pytest.mark.django_db
def test_it_documents_every_api_route(client: Client) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    ours = [p for p in paths if any(word in p for word in ("rotation", "match-result", "mentee"))]
    assert len(ours) == 9
    for path in ours:
        shown = re.sub(r"\{[a-z_]+_id\}", "{id}", path)
        assert shown in GUIDE, path
