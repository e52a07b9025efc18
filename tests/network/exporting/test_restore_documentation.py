"""The restore's options, limits and page are documented where users look for them."""

from __future__ import annotations

import argparse
from pathlib import Path

from matchwise.cli import build_parser
from matchwise.network.exporting.backup import MAX_BYTES, MAX_SHOWN
from matchwise.network.views.transfer import RestoreForm

ROOT = Path(__file__).parents[3]
README = (ROOT / "README.md").read_text(encoding="utf-8")
TRACKER = (ROOT / "docs" / "tracker.md").read_text(encoding="utf-8")


def restore_options() -> list[str]:
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    restore = commands.choices["restore"]
    return [option for action in restore._actions for option in action.option_strings]


def test_it_documents_every_option_of_restore_in_the_readme() -> None:
    row = next(line for line in README.splitlines() if line.startswith("| `matchwise restore"))
    options = [option for option in restore_options() if option not in ("-h", "--help")]
    assert options == ["--accept-edited"]
    assert all(f"`{option}`" in row or f" [{option}]" in row for option in options)


def test_it_documents_the_checks_the_limits_and_the_page_in_the_guide() -> None:
    assert "## Restoring a backup" in TRACKER
    assert "`matchwise restore FILE --accept-edited`" in TRACKER
    assert f'"{RestoreForm.base_fields["accept_edited"].label}"' in TRACKER
    assert f"the first {MAX_SHOWN}," in TRACKER
    assert f"over {MAX_BYTES // 2**20} MB" in TRACKER
