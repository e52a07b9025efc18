"""What linking introducers costs an import: `resolve` on a made-up sheet whose every row names
an introducer (half an earlier or later row of the file, a quarter a stored contact, a quarter
nobody), timed against the same sheet without the column. No database.

    .venv/bin/python bench/introductions.py [--rows 50000] [--stored 20000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.network.importing.labelled_names import labelled_names  # noqa: E402

from matchwise.network.importing.matching import KnownContact, Snapshot, resolve  # noqa: E402
from matchwise.network.records import ContactRecord  # noqa: E402


def slug(url: str) -> str:
    return ""


def sheet(rows: int, stored_names: list[str], rng: random.Random) -> list[ContactRecord]:
    names, _ = labelled_names(rows, seed=5)
    records = []
    for line, name in enumerate(names, start=2):
        draw = rng.random()
        if draw < 0.5:
            introducer = rng.choice(names)
        elif draw < 0.75:
            introducer = rng.choice(stored_names)
        else:
            introducer = f"Nobody Known {line}"
        record = ContactRecord(line=line, name=name, institution=f"Hospital {line % 300}")
        record.met_through = introducer
        record.sources["met_through"] = (line, "met_through")
        records.append(record)
    return records


def timed(records: list[ContactRecord], snapshot: Snapshot) -> tuple[float, int, int]:
    start = time.perf_counter()
    resolution = resolve(records, snapshot, slug, filename="contacts.csv")
    seconds = time.perf_counter() - start
    warned = sum(len(row.warnings) for row in resolution.warned)
    return seconds, resolution.introductions, warned


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--stored", type=int, default=20_000)
    args = parser.parse_args()
    rng = random.Random(11)
    stored_names, _ = labelled_names(args.stored, seed=99)
    snapshot = Snapshot(
        [
            KnownContact(id=i, name=name, values={"institution": f"Clinic {i}", "notes": ""})
            for i, name in enumerate(stored_names, start=1)
        ]
    )
    with_column = sheet(args.rows, stored_names, rng)
    without = [
        ContactRecord(line=r.line, name=r.name, institution=r.institution) for r in with_column
    ]
    plain, _, _ = timed(without, snapshot)
    linked, links, warned = timed(with_column, snapshot)
    print(f"Introducers: {args.rows:,} rows against {args.stored:,} stored contacts")
    print(f"  resolve without the column  {plain:6.2f} s")
    print(f"  resolve with it             {linked:6.2f} s   ({linked - plain:+.2f} s)")
    print(f"  linked {links:,}, reported (nobody or several) {warned:,}")


if __name__ == "__main__":
    main()
