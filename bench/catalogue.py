"""Speed of importing catalogues: the real NRMP program list and a 6,500-program catalogue.

Imports, into a fresh SQLite database (or the one named by DATABASE_URL):
- the NRMP program list of 2024 from ../shared/data (skipped, with the reason, when absent);
- a catalogue of 6,500 fictional programs with every column filled, written as matchwise CSV
  and as matchwise JSON (the built-in sample's programs, repeated under new ids).
For each it prints the file's size, the time to read and check every row (decoding, limits,
columns), and the time of the whole import (reading, checking and writing every row). What it
imports it deletes again.

    .venv/bin/python bench/catalogue.py [--programs 6500]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import tempfile
import time
from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def setup(data_dir: str) -> None:
    os.environ.setdefault("MATCHWISE_DATA_DIR", data_dir)
    sys.path.insert(0, str(Path(__file__).parents[1] / "src"))
    from matchwise.cli.base import start_django

    start_django()


class Timer:
    """Wall-clock and CPU time of a step: on a busy machine the CPU time is the steadier."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def __str__(self) -> str:
        wall, cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu
        return f"{wall:6.2f} s ({cpu:5.2f} s CPU)"


def fictional_catalogue(count: int) -> tuple[bytes, bytes]:
    """`count` fictional programs with every column known, as CSV bytes and JSON bytes."""
    from matchwise.selection import catalogue_csv_text, catalogue_json_records, sample_catalogue

    sample = sample_catalogue()
    programs = [
        dataclasses.replace(
            sample[i % len(sample)],
            program_id=f"BENCH-{i:05d}",
            zip="43215",
            positions=12,
            filled=11,
            applicants=2400,
            invited=150,
            yog_max_years=5,
            max_attempts=2,
            usce_required_months=3,
            prior_gme_required=False,
        )
        for i in range(count)
    ]
    csv_bytes = catalogue_csv_text(programs).encode("utf-8")
    json_bytes = json.dumps(catalogue_json_records(programs), ensure_ascii=False).encode("utf-8")
    return csv_bytes, json_bytes


def measure(label: str, data: bytes, file_name: str, layout: str) -> None:
    from datetime import date

    from matchwise.programs.catalogues import ImportOptions, import_catalogue, parse_programs

    options = ImportOptions(layout, as_of=date(2024, 3, 15), source="bench")
    timer = Timer()
    programs = parse_programs(data, file_name, options)
    read = str(timer)
    timer = Timer()
    # A name of its own, removed afterwards: DATABASE_URL may name a database in use.
    stored = import_catalogue(data, file_name, f"{label} (bench {time.time_ns()})", options)
    whole = str(timer)
    stored.delete()
    size = f"{len(data) / 2**20:.1f} MB"
    print(f"  {label} ({len(programs):,} programs, {size})")
    print(f"    {'read and check every row':<34} {read}")
    print(f"    {'whole import (read, check, write)':<34} {whole}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programs", type=int, default=6500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="matchwise-bench-") as folder:
        setup(folder)
        from django.db import connection

        print(f"Catalogue imports; database: {connection.vendor}")
        nrmp = SHARED_DATA / "nrmp_programs_2024.csv"
        if nrmp.is_file():
            measure("NRMP program list 2024", nrmp.read_bytes(), nrmp.name, "nrmp")
        else:
            print(f"  NRMP program list: skipped, {nrmp} is absent")
        csv_bytes, json_bytes = fictional_catalogue(args.programs)
        measure(f"{args.programs:,} programs, CSV", csv_bytes, "bench.csv", "csv")
        measure(f"{args.programs:,} programs, JSON", json_bytes, "bench.json", "json")


if __name__ == "__main__":
    main()
