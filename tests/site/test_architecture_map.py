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


CONTRACTS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
    "importlinter"
]["contracts"]


def test_it_points_at_the_import_contracts_that_make_test_runs() -> None:
    sources = {
        contract["source_modules"][0] for contract in CONTRACTS if "source_modules" in contract
    }
    assert sources >= {"matchwise.selection", "matchwise.network"}
    assert {contract["type"] for contract in CONTRACTS} >= {"layers", "acyclic_siblings"}
    assert "lint-imports" in (ROOT / "Makefile").read_text(encoding="utf-8")


def drawn_layers() -> list[set[str]]:
    """The packages of each row of the table under "The layers", top to bottom."""
    section = MAP.split("## The layers", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")][1:]  # no header
    return [
        {
            "matchwise." + path.removeprefix("src/matchwise/").removesuffix("/").removesuffix(".py")
            for path in re.findall(r"`(src/matchwise/[^`]+)`", row)
        }
        for row in rows
    ]


def test_it_draws_the_layers_the_contract_checks() -> None:
    (layers,) = [contract["layers"] for contract in CONTRACTS if contract["type"] == "layers"]
    checked = [{name.strip() for name in re.split(r"[|:]", layer)} for layer in layers]
    assert drawn_layers() == checked


def test_it_is_listed_on_the_help_pages() -> None:
    guide = guides.find("architecture")
    assert guide is not None and guide.title == "How the code is laid out"
