"""Commands of program selection: catalogues and the shortlist."""

from __future__ import annotations

from matchwise.cli.base import Command

COMMANDS: list[Command] = []
