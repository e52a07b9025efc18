"""Cells that a spreadsheet would run as formulas are made inert, in CSV and XLSX alike."""

from __future__ import annotations

import pytest

from matchwise.spreadsheets import neutralise_formula

CASES = [
    ("=1+1", "'=1+1"),
    ('=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'),
    ("+1 555 0100", "'+1 555 0100"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("Dr. Ana Souza", "Dr. Ana Souza"),
    ("a=b", "a=b"),
    (" =1+1", " =1+1"),
    ("'quoted", "'quoted"),
    ("", ""),
    ("日本語", "日本語"),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_it_neutralises_only_cells_that_start_like_a_formula(value: str, expected: str) -> None:
    assert neutralise_formula(value) == expected


@pytest.mark.parametrize("value", [value for value, _ in CASES])
def test_it_is_idempotent_in_effect(value: str) -> None:
    once = neutralise_formula(value)
    assert neutralise_formula(once) == once
