"""A 50,000-row LinkedIn import from the command line while another program writes every second.

Runs `matchwise import linkedin` on a fresh SQLite database file while the writer of the test
suite (tests/cli/other_writer.py) adds a contact and logs a meeting every second through the
app's services. Prints the import's time and result and, for the other program, how many
writes it made, how many found the database busy, and how long its slowest write waited: that
wait is how long the import held the write lock. Goals: the import and every write succeed;
no write waits anywhere near the busy timeout (30 s).

    .venv/bin/python bench/import_while_writing.py [--rows 50000] [--interval 1]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between writes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="matchwise-bench-") as folder:
        env = {**os.environ, "MATCHWISE_DATA_DIR": str(Path(folder) / "data")}
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
        for name in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "MATCHWISE_BUSY_TIMEOUT"):
            env.pop(name, None)
        command = [sys.executable, "-m", "matchwise"]
        subprocess.run([*command, "contacts"], env=env, check=True, capture_output=True)
        export = linkedin_export(Path(folder) / "Connections.csv", args.rows)
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.cli.other_writer", str(args.interval)],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        writer.stdout.readline()  # the first write: the writer is up
        start = time.perf_counter()
        imported = subprocess.run(
            [*command, "import", "linkedin", str(export)], env=env, capture_output=True, text=True
        )
        seconds = time.perf_counter() - start
        time.sleep(args.interval)  # one more write after the import
        writer.terminate()
        out, _ = writer.communicate()
    words = out.split()
    writes = [(outcome, float(took)) for outcome, took in zip(words[::2], words[1::2], strict=True)]
    waits = [took for _, took in writes]
    print(f"Database: SQLite file; another program writing every {args.interval:g} s")
    result = imported.stdout.splitlines()[0] if imported.returncode == 0 else imported.stderr
    print(
        f"  LinkedIn import of {args.rows:,} rows (CLI): {seconds:.1f} s, "
        f"exit status {imported.returncode}"
    )
    print(f"    {result.strip()}")
    print(
        f"  Other program: {len(writes)} writes during the import, "
        f"{sum(outcome == 'busy' for outcome, _ in writes)} found the database busy"
    )
    if waits:
        print(
            f"    write time median {statistics.median(waits) * 1000:.0f} ms, "
            f"longest {max(waits):.2f} s (the longest wait for the import's write lock)"
        )


if __name__ == "__main__":
    main()
