"""docs/market.md must not drift from the code: names, the example, defaults, the benchmark."""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

import pytest

import matchwise.market
from matchwise.market.synthetic import Shape

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "market.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", matchwise.market.__all__)
def test_it_documents_every_public_name(name: str) -> None:
    assert f"`{name}" in DOC


def test_it_gives_the_result_the_example_shows() -> None:
    block = re.search(r"```python\n(.*?)```", DOC, re.S)
    assert block
    tree = ast.parse(block.group(1))
    *setup, last = tree.body
    assert isinstance(last, ast.Expr)
    namespace: dict[str, object] = {}
    exec(compile(ast.Module(setup, type_ignores=[]), "docs/market.md", "exec"), namespace)  # noqa: S102
    result = eval(compile(ast.Expression(last.value), "docs/market.md", "eval"), namespace)  # noqa: S307
    shown = block.group(1).rstrip().splitlines()[-1].removeprefix("# ")
    assert result == ast.literal_eval(shown)


@pytest.mark.parametrize("field", dataclasses.fields(Shape), ids=lambda f: f.name)
def test_it_documents_each_shape_default(field: dataclasses.Field[object]) -> None:
    assert f"| `{field.name}` | {getattr(Shape(), field.name)} |" in DOC


def test_it_documents_the_benchmark_and_its_goals() -> None:
    bench = (ROOT / "bench" / "market.py").read_text(encoding="utf-8")
    assert "bench/market.py" in DOC
    assert "$(BIN)/python bench/market.py" in (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "GOAL_MATCH_MS = 30.0" in bench and "30 ms for one Match" in DOC
    assert "GOAL_MONTE_CARLO_S = 120.0" in bench and "2 minutes for 1,000" in DOC
