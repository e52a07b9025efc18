"""docs/architecture.md names only paths and modules that exist, and Help lists it."""

from __future__ import annotations

import importlib
import re
import tomllib
from pathlib import Path

import pytest

from matchwise.site import guides

ROOT = Path(__file__).parents[2]
MAP = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
NAMED = re.findall(r"`([^`\s]+)`", MAP)
PATHS = sorted({name for name in NAMED if name.split("/")[0] in {"src", "tests", "docs", "bench"}})
MODULES = sorted({name for name in NAMED if name.startswith("matchwise.")})


def resolve(dotted: str) -> object:
    """The module, or the attribute of the longest importable module prefix."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            found: object = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for attribute in parts[cut:]:
            found = getattr(found, attribute)
        return found
    raise ModuleNotFoundError(dotted)


def test_it_names_paths_and_modules() -> None:
    assert len(PATHS) > 10 and len(MODULES) > 20


@pytest.mark.parametrize("path", PATHS)
def test_it_names_only_paths_that_exist(path: str) -> None:
    assert (ROOT / path).exists(), path


@pytest.mark.parametrize("dotted", MODULES)
def test_it_names_only_modules_and_names_that_exist(dotted: str) -> None:
    assert resolve(dotted) is not None


def test_it_points_at_the_import_contracts_that_make_test_runs() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    assert {contract["source_modules"][0] for contract in contracts} >= {
        "matchwise.selection",
        "matchwise.network",
    }
    assert "lint-imports" in (ROOT / "Makefile").read_text(encoding="utf-8")


def test_it_is_listed_on_the_help_pages() -> None:
    guide = guides.find("architecture")
    assert guide is not None and guide.title == "How the code is laid out"
