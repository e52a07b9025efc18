"""The guides rendered for Help: escaped, with heading anchors and links between guides."""

from __future__ import annotations

from pathlib import Path

import pytest

from matchwise.site import guides

HELP = "/help/"


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("Hello <b>there</b>", "Hello &lt;b&gt;there&lt;/b&gt;"),
        ("[x](javascript:alert(1))", "[x](javascript:alert(1))"),  # not made a link
        ("| a | b |\n|---|---|\n| 1 | 2 |", "<td>2</td>"),
        ("## Keep-in-touch rhythms", '<h2 id="keep-in-touch-rhythms">'),
        ("# Why? (and how)", '<h1 id="why-and-how">'),
        ("[the format](catalogue-format.md)", f'href="{HELP}catalogue-format/"'),
        ("[fit](selection.md#calibration)", f'href="{HELP}selection/#calibration"'),
        ("[in docs](docs/tracker.md)", f'href="{HELP}tracker/"'),
        ("[site](https://example.org/a.md)", 'href="https://example.org/a.md"'),
        ("`docs/x.md`", "<code>docs/x.md</code>"),
    ],
)
def test_it_renders_markdown_safely(markdown: str, expected: str) -> None:
    assert expected in guides.render(markdown, HELP)


def test_it_gives_repeated_headings_distinct_anchors() -> None:
    html = guides.render("## Notes\n\n## Notes\n\n## Notes", HELP)
    assert [
        part.split(">")[0] for part in html.replace("<h2 ", "\n").splitlines() if "id=" in part
    ] == ['id="notes"', 'id="notes-1"', 'id="notes-2"']


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# The tracker\n\ntext", "The tracker"),
        ("intro\n# Late title\n", "Late title"),
        ("no heading at all", "Catalogue format"),
    ],
)
def test_it_takes_the_title_from_the_first_heading(text: str, title: str) -> None:
    assert guides.title_of(text, "catalogue-format") == title


def test_it_lists_the_guides_in_reading_order(tmp_path: Path) -> None:
    for slug in ("selection", "zeta-notes", "tracker", "Not_A_Slug", "alpha"):
        (tmp_path / f"{slug}.md").write_text(f"# {slug.title()}\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("# Not markdown\n", encoding="utf-8")
    found = guides.all_guides(tmp_path)
    assert [g.slug for g in found] == ["tracker", "selection", "alpha", "zeta-notes"]
    assert guides.find("tracker", tmp_path) == found[0]
    assert guides.find("Not_A_Slug", tmp_path) is None


def test_it_finds_no_guides_where_the_folder_is_absent(tmp_path: Path) -> None:
    assert guides.all_guides(tmp_path / "missing") == []


def test_it_places_every_guide_of_the_repository_with_the_developers_last() -> None:
    """A guide added to docs/ takes a deliberate place in the Help list, so that a guide for
    developers never lands between two for users by the accident of its name."""
    slugs = [g.slug for g in guides.all_guides()]
    assert sorted(slugs) == sorted(guides.READING_ORDER)
    assert slugs[-1] == "architecture"
    assert slugs.index("rotations") < slugs.index("season") < slugs.index("selection")
