"""Documentation that cannot drift: every command and setting is in the README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from matchwise.cli import COMMANDS, build_parser
from matchwise.site.config import ENVIRONMENT_VARIABLES

README = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")


def readme_section(title: str) -> str:
    match = re.search(rf"^## {title}\n(.*?)(?=^## )", README, re.S | re.M)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


@pytest.mark.parametrize("name", [command.name for command in COMMANDS])
def test_it_documents_every_command_in_the_readme(name: str) -> None:
    assert f"`matchwise {name}" in readme_section("The command line")


@pytest.mark.parametrize("variable", sorted(ENVIRONMENT_VARIABLES))
def test_it_documents_every_setting_in_the_readme(variable: str) -> None:
    assert f"`{variable}`" in readme_section("Configuration")


def test_it_describes_every_command_in_one_line_of_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    text = " ".join(capsys.readouterr().out.split())
    for command in COMMANDS:
        assert command.help and "\n" not in command.help
        assert f"{command.name} {command.help}" in text


def test_it_shows_the_two_commands_first() -> None:
    first = README.index("## ")
    assert README.index("make run") > first
    assert README.index("## Two commands") == first
    assert README.index("## The command line") < README.index("## Configuration")


def test_it_reads_no_environment_variable_it_does_not_document() -> None:
    source = Path(__file__).parents[2] / "src" / "matchwise"
    read = set()
    for path in source.rglob("*.py"):
        read |= set(re.findall(r"environ(?:\.get)?\(\s*\"([A-Z_]+)\"", path.read_text()))
        read |= set(re.findall(r"environ\[\"([A-Z_]+)\"\]", path.read_text()))
    read.discard("DJANGO_SETTINGS_MODULE")
    assert read <= set(ENVIRONMENT_VARIABLES)
