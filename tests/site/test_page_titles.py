"""Every page that takes no argument has a plain-text title: a tab or a bookmark shows it as
it is, so markup that slips into a template's title block is a bug that nothing else shows."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

pytestmark = pytest.mark.django_db
TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def plain_paths(patterns: list[URLPattern | URLResolver], prefix: str = "") -> list[str]:
    """The paths of the URL patterns that take no argument (API and admin left out)."""
    found: list[str] = []
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if "<" in route or "(" in route or route.startswith("api/"):
            continue
        if isinstance(pattern, URLResolver):
            found += plain_paths(pattern.url_patterns, route)
        else:
            found.append("/" + route.lstrip("^").rstrip("$"))
    return found


def test_it_finds_the_pages() -> None:
    paths = plain_paths(get_resolver().url_patterns)
    assert {"/", "/season/", "/season/rank-list/"} <= set(paths), paths


def test_it_gives_every_page_a_plain_text_title(client: Client) -> None:
    checked = 0
    for path in plain_paths(get_resolver().url_patterns):
        page = client.get(path)
        if page.status_code != 200 or "text/html" not in page.get("Content-Type", ""):
            continue
        title = TITLE.search(page.content.decode())
        if title is None:
            continue
        assert "<" not in title.group(1), (path, title.group(1)[:80])
        checked += 1
    assert checked >= 10
