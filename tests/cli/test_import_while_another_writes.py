"""A 50,000-row LinkedIn import from the command line succeeds while another program writes
every second, and that program's writes succeed too: the import matches the file outside the
write transaction, and each side waits for the other's short transaction (SQLite file, WAL,
IMMEDIATE transactions, busy timeout). Takes some 20-40 s."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
ROWS = 50_000


def linkedin_export(path: Path, rows: int) -> Path:
    start = date(2019, 1, 1)
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    for i in range(rows):
        email = f"person{i}@example.org" if i % 10 == 0 else ""
        connected = start + timedelta(days=i % 2500)
        lines.append(
            f"Given{i},Family{i},https://www.linkedin.com/in/given-family-{i},{email},"
            f'"Fictional Clinic {i % 700}",Resident Physician,{connected:%d %b %Y}'
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def environment(folder: Path) -> dict[str, str]:
    env = {**os.environ, "MATCHWISE_DATA_DIR": str(folder), "PYTHONPATH": str(ROOT)}
    for name in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "MATCHWISE_BUSY_TIMEOUT"):
        env.pop(name, None)
    return env


def matchwise(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "matchwise", *argv],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=180,
    )


@pytest.mark.skipif(os.name == "nt", reason="the writer is stopped with a POSIX signal")
def test_it_imports_50000_rows_while_another_program_writes_every_second(tmp_path: Path) -> None:
    env = environment(tmp_path / "data")
    assert matchwise(env, "contacts").returncode == 0  # creates and migrates the database
    export = linkedin_export(tmp_path / "Connections.csv", ROWS)
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.cli.other_writer", "1"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().startswith("ok ")  # writing before the import starts
        imported = matchwise(env, "import", "linkedin", str(export))
    finally:
        writer.terminate()
        out, errors = writer.communicate(timeout=60)

    assert imported.returncode == 0, imported.stderr
    assert "Traceback" not in imported.stderr
    assert f"{ROWS} new contacts added" in imported.stdout.replace(",", "")
    writes = out.split()[::2]
    assert "busy" not in writes, out
    assert "Traceback" not in errors
    assert len(writes) >= 5, "the other program should have written during the import"
    with sqlite3.connect(tmp_path / "data" / "matchwise.sqlite3") as database:
        (contacts,) = database.execute("SELECT count(*) FROM network_contact").fetchone()
    # Every row, and every write of the other program: the first one, whose line was read
    # above, those in `out`, and perhaps one stored before its line could be printed.
    assert contacts - ROWS in (len(writes) + 1, len(writes) + 2)
