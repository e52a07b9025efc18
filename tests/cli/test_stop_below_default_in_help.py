"""The shortlist command's help names the default stop-below price the engine uses.

The CLI keeps numpy out of `--help`, so its text cannot import the constant; this holds it to it."""

from __future__ import annotations

import pytest

from matchwise.cli import build_parser
from matchwise.selection.shortlist import DEFAULT_STOP_BELOW


def test_it_names_the_engines_default(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["shortlist", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert f"(default: the profile's, else {DEFAULT_STOP_BELOW:g})" in text
