"""The market package is pure domain code: nothing of Django, nor of the apps around it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import matchwise.market

PACKAGE = Path(matchwise.market.__file__).parent
ALLOWED = {"numpy", "numba", "matchwise.market", "matchwise.selection", "__future__"}


@pytest.mark.parametrize("module", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_it_imports_only_numpy_numba_the_pure_core_and_itself(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    imported = {
        name
        for node in ast.walk(tree)
        for name in (
            [alias.name for alias in node.names]
            if isinstance(node, ast.Import)
            else [node.module or ""]
            if isinstance(node, ast.ImportFrom)
            else []
        )
    }
    standard = {
        "collections.abc",
        "dataclasses",
        "typing",
        "heapq",
        "math",
        "csv",
        "io",
        "itertools",
        "json",
        "zlib",
        "functools",
        "importlib",
    }
    outside = {
        name
        for name in imported - standard
        if not any(name == a or name.startswith(a + ".") for a in ALLOWED)
    }
    assert not outside, f"{module.name} imports {sorted(outside)}"
