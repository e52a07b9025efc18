"""The table "Every use case, three edges" in docs/architecture.md cannot drift: every API
operation and every command it names exists, every one that exists is named there, and every
page path it names is one the site answers."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404

from matchwise.api.urls import api
from matchwise.cli import build_parser

MAP = (Path(__file__).parents[2] / "docs" / "architecture.md").read_text(encoding="utf-8")
TITLE = "## Every use case, three edges"


def section() -> str:
    start = MAP.index(TITLE)
    end = MAP.find("\n## ", start + len(TITLE))
    return MAP[start : end if end != -1 else len(MAP)]


def rows() -> list[list[str]]:
    """The table's rows below its header, as their five cells."""
    lines = [line for line in section().splitlines() if line.startswith("| ")]
    cells = [[cell.strip() for cell in line.strip()[1:-1].split("|")] for line in lines]
    return cells[1:]


def named(column: int) -> set[str]:
    return {name for row in rows() for name in re.findall(r"`([^`]+)`", row[column])}


def api_operations() -> set[str]:
    paths = api.get_openapi_schema()["paths"]
    return {f"{method.upper()} {path}" for path, methods in paths.items() for method in methods}


def commands(parser: argparse.ArgumentParser, prefix: str = "matchwise") -> Iterator[str]:
    """Every command as typed, down to its last sub-command."""
    found = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not found:
        yield prefix
        return
    for name, sub in found[0].choices.items():
        yield from commands(sub, f"{prefix} {name}")


def test_it_has_five_cells_in_every_row() -> None:
    assert len(rows()) > 50
    for row in rows():
        assert len(row) == 5, row


def test_it_names_every_api_operation_and_only_those() -> None:
    in_table = {name for name in named(2) if re.match(r"(GET|POST|PUT|PATCH|DELETE) /api/", name)}
    assert in_table == api_operations()


def test_it_names_every_command_and_only_those() -> None:
    in_table = {name for name in named(3) if name.startswith("matchwise")}
    assert in_table == set(commands(build_parser()))


def test_it_says_why_an_edge_is_missing() -> None:
    for use_case, page, operation, command, why in rows():
        if use_case.startswith("**"):
            continue
        missing = [edge for edge, cell in (("page", page), ("API", operation), ("CLI", command))
                   if cell == "—"]  # fmt: skip
        assert not missing or why, use_case


@pytest.mark.django_db
def test_it_names_pages_the_site_answers() -> None:
    pages = {name for name in named(1) if name.startswith("/")}
    assert len(pages) > 80
    for page in pages:
        path = re.sub(r"<[a-z]+>", "1", page)
        try:
            match = resolve(path)
        except Resolver404:
            raise AssertionError(f"{page} is not a page") from None
        assert not match.route.startswith("api/"), page


def routes(patterns: list[URLPattern | URLResolver], prefix: str = "/") -> Iterator[str]:
    """Every page's route, its parameters written `<>`; the API's own are left out."""
    for pattern in patterns:
        route = prefix + re.sub(r"<[^>]+>", "<>", str(pattern.pattern))
        if isinstance(pattern, URLResolver):
            if route != "/api/":
                yield from routes(pattern.url_patterns, route)
        else:
            yield route


def test_it_names_every_page() -> None:
    in_table = {re.sub(r"<[^>]+>", "<>", name) for name in named(1) if name.startswith("/")}
    # The favicon, and the JSON 404 for an API address that no operation takes.
    not_a_use_case = {"/favicon.ico", "/^api/"}
    assert set(routes(get_resolver().url_patterns)) - not_a_use_case <= in_table
