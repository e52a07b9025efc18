"""Which text can be stored and shown as it is, and how a message shows text that cannot."""

from __future__ import annotations

import pytest

from matchwise.network.plain_text import control_character_problem, shown


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Ana Souza", None),
        ("", None),
        ("Line one\nline two\r\n\ttabbed", None),
        ("café 日本語 📱 — “quoted”", None),
        ("Ana\x00", "contains a control character (U+0000) at position 4"),
        ("\x07bell", "contains a control character (U+0007) at position 1"),
        ("a\x0bb", "contains a control character (U+000B) at position 2"),
        ("esc \x1b[31m", "contains a control character (U+001B) at position 5"),
        ("del\x7f", "contains a control character (U+007F) at position 4"),
        ("half \ud83d", "contains a lone surrogate (U+D83D), which is not text"),
        ("\udfff", "contains a lone surrogate (U+DFFF), which is not text"),
    ],
)
def test_it_finds_characters_that_cannot_be_stored(text: str, problem: str | None) -> None:
    assert control_character_problem(text) == problem


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain", "plain"),
        ("a\x00b", "a\\u0000b"),
        ("\x1b[31mred", "\\u001b[31mred"),
        ("\ud800", "\\ud800"),
        ("x" * 100, "x" * 79 + "…"),
    ],
)
def test_it_shows_text_safely_in_a_message(text: str, expected: str) -> None:
    assert shown(text) == expected
    shown(text).encode("utf-8")
