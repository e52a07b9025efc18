"""Commands of the networking playbook: compose and check messages."""

from __future__ import annotations

from matchwise.cli.base import Command

COMMANDS: list[Command] = []
