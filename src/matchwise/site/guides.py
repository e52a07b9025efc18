"""The guides in `docs/*.md`, read and rendered for the Help pages (no Django here).

The guides are read from the source tree, where `make run` installs matchwise from (an editable
install), so the Help pages always show the same text as the repository. Raw HTML in a guide is
escaped, never passed through.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

DOCS = Path(__file__).resolve().parents[3] / "docs"
# The order a newcomer reads them in: the pages in the order of a year's work, then how the
# numbers are made and the files they read, and the guide for developers last. A guide not
# listed here comes after, by name.
READING_ORDER = (
    "tracker",
    "playbook",
    "rotations",
    "shortlist",
    "season",
    "your-data",
    "selection",
    "catalogue-format",
    "catalogue-sources",
    "merging",
    "market",
    "architecture",
)
SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")
GUIDE_LINK = re.compile(r"(?:\./)?(?:docs/)?(?P<slug>[a-z0-9][a-z0-9-]*)\.md(?P<anchor>#[\w-]*)?")


@dataclass(frozen=True)
class Guide:
    slug: str
    title: str
    path: Path


def all_guides(folder: Path = DOCS) -> list[Guide]:
    """Every guide in the folder, in reading order; an empty list when the folder is absent."""
    if not folder.is_dir():
        return []
    found = [
        Guide(path.stem, title_of(path.read_text(encoding="utf-8"), path.stem), path)
        for path in folder.glob("*.md")
        if SLUG.fullmatch(path.stem)
    ]
    rank = {slug: i for i, slug in enumerate(READING_ORDER)}
    return sorted(found, key=lambda g: (rank.get(g.slug, len(rank)), g.slug))


def find(slug: str, folder: Path = DOCS) -> Guide | None:
    return next((g for g in all_guides(folder) if g.slug == slug), None)


def title_of(text: str, fallback: str) -> str:
    """The first top-level heading, else the file's name."""
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return fallback.replace("-", " ").capitalize()


def render(text: str, help_url: str) -> str:
    """Markdown to HTML: tables on, raw HTML escaped, headings given ids, and links to another
    guide (`selection.md#calibration`) pointed at its Help page (`{help_url}selection/#…`)."""
    markdown = MarkdownIt("commonmark", {"html": False}).enable("table")
    tokens = markdown.parse(text)
    _add_heading_ids(tokens)
    _point_links_at_help(tokens, help_url)
    html: str = markdown.renderer.render(tokens, markdown.options, {})
    return html


def slugify(heading: str, taken: set[str]) -> str:
    """The anchor GitHub gives a heading, so links written for the repository keep working."""
    base = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
    anchor, n = base, 0
    while anchor in taken:
        n += 1
        anchor = f"{base}-{n}"
    taken.add(anchor)
    return anchor


def _add_heading_ids(tokens: Sequence[Token]) -> None:
    taken: set[str] = set()
    for opening, inline in pairwise(tokens):
        if opening.type == "heading_open" and inline.type == "inline":
            opening.attrSet("id", slugify(_plain_text(inline), taken))


def _plain_text(inline: Token) -> str:
    return "".join(child.content for child in inline.children or [] if child.content)


def _point_links_at_help(tokens: Sequence[Token], help_url: str) -> None:
    for token in tokens:
        for child in token.children or []:
            href = child.attrGet("href") if child.type == "link_open" else None
            if isinstance(href, str) and (link := GUIDE_LINK.fullmatch(href)):
                child.attrSet("href", f"{help_url}{link['slug']}/{link['anchor'] or ''}")
