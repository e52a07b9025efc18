"""Speed of a whole merge into a stored catalogue: read, match, preview and write.

Into a fresh SQLite database (or the one named by DATABASE_URL) it imports the real NRMP
program list of 2024 from ../shared/data (skipped, with the reason, when absent), then merges
the real NRMP Florida results 2020–2026 and a generated year of LCA employers aggregated per
employer (bench/merging.py's generator: one H-1B fact per employer). For each it prints the
rows, the outcomes, the values stored and the wall-clock and CPU time of the preview alone and
of the whole merge. What it imports it deletes again.

    .venv/bin/python bench/merge_apply.py [--employers 5000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "src"))

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def seconds(start: tuple[float, float]) -> str:
    return f"{time.perf_counter() - start[0]:6.2f} s ({time.process_time() - start[1]:5.2f} s CPU)"


def now() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employers", type=int, default=5000)
    args = parser.parse_args()
    nrmp = SHARED_DATA / "nrmp_programs_2024.csv"
    results = SHARED_DATA / "nrmp_florida_results_2020_2026.csv"
    if not (nrmp.is_file() and results.is_file()):
        print(f"skipped: the NRMP program list or the Florida results are not in {SHARED_DATA}")
        return
    with tempfile.TemporaryDirectory(prefix="matchwise-bench-") as folder:
        os.environ.setdefault("MATCHWISE_DATA_DIR", folder)
        from matchwise.cli.base import start_django

        start_django()
        from django.db import connection

        from matchwise.programs.catalogues import ImportOptions, import_catalogue
        from matchwise.programs.merging import apply_merge, preview_merge, targets_of
        from matchwise.programs.source_matching import Outcome
        from matchwise.sources.formats import read_source
        from matchwise.sources.rows import Source
        from merging import employers, targets

        options = ImportOptions("nrmp", as_of=date(2024, 3, 15), source="NRMP program list 2024")
        name = f"bench {time.time_ns()}"
        catalogue = import_catalogue(nrmp.read_bytes(), nrmp.name, name, options)
        print(f"Merges into the NRMP program list 2024; database: {connection.vendor}")
        try:
            start = now()
            florida = read_source("nrmp-results", results)
            print(f"  read the Florida results ({len(florida.rows):,} programs): {seconds(start)}")
            lca = Source("DOL FY2025 (generated)", date(2025, 9, 30),
                         rows=employers(args.employers, targets()))  # fmt: skip
            for label, source in (("Florida results", florida), ("LCA employers", lca)):
                start = now()
                preview_merge(catalogue, source)
                shown = seconds(start)
                start = now()
                result = apply_merge(catalogue, source)
                counts = {o.value: result.preview.count(o) for o in Outcome}
                print(f"  {label}: {len(source.rows):,} rows, {counts}, "
                      f"{result.facts_stored:,} values stored")  # fmt: skip
                print(f"    preview {shown}; whole merge {seconds(start)}")
            print(f"  catalogue targets: {len(targets_of(catalogue)):,}")
        finally:
            catalogue.delete()


if __name__ == "__main__":
    main()
