"""An import that cannot get the database within the busy timeout, because another program
holds the write lock, ends with one line saying so and a non-zero exit, never a traceback;
nothing of it is written, and running it again once the lock is free works."""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from matchwise.cli.base import BUSY_EXIT_CODE, BUSY_MESSAGE

LINKEDIN = Path(__file__).parents[1] / "network" / "importing" / "fixtures"
LINKEDIN /= "linkedin_connections_2026.csv"


def matchwise(folder: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MATCHWISE_DATA_DIR": str(folder), "MATCHWISE_BUSY_TIMEOUT": "0.5"}
    for name in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL"):
        env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "matchwise", *argv],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def contacts(folder: Path) -> int:
    with sqlite3.connect(folder / "matchwise.sqlite3") as database:
        (count,) = database.execute("SELECT count(*) FROM network_contact").fetchone()
    return int(count)


def test_it_says_the_database_is_busy_in_one_line(tmp_path: Path) -> None:
    assert matchwise(tmp_path, "contacts").returncode == 0  # creates and migrates the database
    other = sqlite3.connect(tmp_path / "matchwise.sqlite3", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program's change, longer than the timeout
    try:
        busy = matchwise(tmp_path, "import", "linkedin", str(LINKEDIN))
    finally:
        other.execute("ROLLBACK")
        other.close()

    assert busy.returncode == BUSY_EXIT_CODE != 0
    assert busy.stderr == f"matchwise: {BUSY_MESSAGE}\n"
    assert contacts(tmp_path) == 0

    again = matchwise(tmp_path, "import", "linkedin", str(LINKEDIN))
    assert again.returncode == 0, again.stderr
    assert contacts(tmp_path) == 5


def test_it_says_so_for_any_command_and_leaves_other_faults_alone(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from django.db import OperationalError

    from matchwise import cli

    def fail(message: str) -> Callable[[argparse.Namespace], int]:
        def run(args: argparse.Namespace) -> int:
            raise OperationalError(message)

        return run

    contacts = next(command for command in cli.COMMANDS if command.name == "contacts")
    monkeypatch.setattr(cli, "COMMANDS", [replace(contacts, run=fail("database is locked"))])
    assert cli.main(["contacts"]) == BUSY_EXIT_CODE
    assert capsys.readouterr().err == f"matchwise: {BUSY_MESSAGE}\n"

    monkeypatch.setattr(cli, "COMMANDS", [replace(contacts, run=fail("no such table: x"))])
    with pytest.raises(OperationalError, match="no such table"):
        cli.main(["contacts"])
