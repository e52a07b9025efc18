"""docs/playbook.md cannot drift: every placeholder, kind, rule id, option and limit is in it."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from matchwise.cli.outreach import COMMANDS
from matchwise.outreach import pitch, readiness
from matchwise.outreach.findings import RULES, Check, Severity
from matchwise.outreach.kinds import CLI_KINDS, KIND_RULES
from matchwise.outreach.placeholders import KNOWN

ROOT = Path(__file__).parents[2]
DOC = (ROOT / "docs" / "playbook.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(KNOWN))
def test_it_documents_every_placeholder(name: str) -> None:
    assert f"{{{name}}}" in DOC


@pytest.mark.parametrize("kind", CLI_KINDS)
def test_it_documents_every_kind_in_the_readme(kind: str) -> None:
    assert f"`{kind}`" in README


@pytest.mark.parametrize("check", list(Check))
def test_it_documents_every_rule_id(check: Check) -> None:
    assert check in RULES
    assert f"| `{check.rule}` |" in DOC


def test_it_documents_both_severities() -> None:
    for severity in Severity:
        assert f"`{severity}`" in DOC


def options(command_name: str) -> list[str]:
    parser = argparse.ArgumentParser()
    [command] = [c for c in COMMANDS if c.name == command_name]
    command.arguments(parser)
    return [o for action in parser._actions for o in action.option_strings if o.startswith("--")]


@pytest.mark.parametrize("command", [c.name for c in COMMANDS])
def test_it_documents_every_option_of_the_playbook_commands(command: str) -> None:
    [row] = [line for line in README.splitlines() if line.startswith(f"| `matchwise {command} ")]
    for option in options(command):
        if option != "--help":
            assert option in row, option
            assert option in DOC, option


def test_it_states_the_limits_the_rules_use() -> None:
    limits = {r.max_lines for r in KIND_RULES.values()} | {
        r.max_characters for r in KIND_RULES.values()
    }
    for limit in sorted(x for x in limits if x is not None):
        assert f"{limit} " in DOC
    assert f"{pitch.SLOW_WPM} to {pitch.FAST_WPM} words a minute" in DOC
    assert f"{pitch.SHORTEST_SECONDS} to {pitch.LONGEST_SECONDS} seconds" in DOC
    words = {3: "three", 4: "four"}
    assert f"at least {words[readiness.MIN_DAYS_KNOWN // 7]} weeks" in DOC
    assert f"at least {words[readiness.MIN_EXCHANGES]} exchanges" in DOC
