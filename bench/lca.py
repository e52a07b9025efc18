"""Speed and memory of reading a DOL LCA disclosure file (goal: a year in 5 minutes, 1 GB).

A year's file is about 700,000 rows of 96 columns. This script generates a file of invented
rows with the real column layout (100,000 rows by default; generating takes about a minute),
reads it with `matchwise.sources.lca` in a fresh process, and extrapolates per row to 700,000
rows, saying so. Memory is the peak resident size of that process (VmHWM), measured at a
quarter of the rows and at all of them and extrapolated along that line (it grows with the
file's shared strings). Wall time depends on what else the machine runs, so the process's
CPU time and the load average are printed too.
For comparison, openpyxl in read-only mode reads a smaller file of the same layout.

    .venv/bin/python bench/lca.py [--rows 100000] [--openpyxl-rows 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.sources.lca_files import random_rows, write_xlsx  # noqa: E402

YEAR_ROWS = 700_000
GOAL_SECONDS = 5 * 60
GOAL_BYTES = 1024**3

# Peak memory is the process's own high-water mark (VmHWM): ru_maxrss would carry over the
# parent's peak through exec on Linux. Where /proc is missing, ru_maxrss is the fallback.
CHILD = """
import json, resource, sys, time
sys.path[:0] = {paths!r}
from pathlib import Path
{imports}
def peak():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
idle = peak()
path = Path({path!r})
started, cpu = time.perf_counter(), time.process_time()
{work}
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
print(json.dumps({{"seconds": seconds, "cpu": cpu, "idle": idle, "peak": peak(), "found": found}}))
"""
MATCHWISE = (
    "from matchwise.sources.lca import read_source",
    "source = read_source(path)\nfound = len(source.rows)",
)
OPENPYXL = (
    "from openpyxl import load_workbook",
    "book = load_workbook(path, read_only=True)\n"
    "found = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True)) - 1",
)


def measure(path: Path, imports: str, work: str) -> dict[str, float]:
    code = CHILD.format(
        paths=[str(ROOT / "src"), str(ROOT)], imports=imports, path=str(path), work=work
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=3600
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def generate(path: Path, rows: int) -> None:
    started = time.perf_counter()
    write_xlsx(path, random_rows(rows))
    size, seconds = path.stat().st_size / 2**20, time.perf_counter() - started
    print(f"generated {rows:,} rows x 96 columns: {size:.1f} MB in {seconds:.0f} s")


def report(
    label: str, rows: int, figures: dict[str, float], quarter: dict[str, float]
) -> tuple[float, float]:
    """Print the figures; extrapolate time per row, and memory along the line through the
    peaks measured at a quarter of the rows and at all of them."""
    year_seconds = figures["seconds"] / rows * YEAR_ROWS
    slope = max(figures["peak"] - quarter["peak"], 0.0) / (rows - rows // 4)
    year_bytes = figures["peak"] + slope * (YEAR_ROWS - rows)
    speed, peak, idle = rows / figures["seconds"], figures["peak"] / 2**20, figures["idle"] / 2**20
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"{label}: {rows:,} rows in {figures['seconds']:.1f} s = {speed:,.0f} rows/s "
        f"(CPU time {figures['cpu']:.1f} s; load average {load:.1f} on {os.cpu_count()} cores); "
        f"peak memory {peak:.0f} MB, {quarter['peak'] / 2**20:.0f} MB at {rows // 4:,} rows "
        f"(idle interpreter with the same imports {idle:.0f} MB)"
    )
    print(
        f"{label}: extrapolated to {YEAR_ROWS:,} rows (not measured at that size): "
        f"{year_seconds:.0f} s ({year_seconds / 60:.1f} min; CPU time "
        f"{figures['cpu'] / rows * YEAR_ROWS:.0f} s), memory {year_bytes / 2**20:.0f} MB"
    )
    return year_seconds, year_bytes


def measured(
    folder: Path, name: str, rows: int, reader: tuple[str, str]
) -> tuple[dict[str, float], dict[str, float]]:
    """The reader's figures on a file of `rows` rows and on one of a quarter as many."""
    figures = []
    for count in (rows // 4, rows):
        path = folder / f"{count}_{name}"
        generate(path, count)
        figures.append(measure(path, *reader))
        path.unlink()
    return figures[1], figures[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--openpyxl-rows", type=int, default=10_000)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        ours, quarter = measured(
            folder, "LCA_Disclosure_Data_FY2025.xlsx", arguments.rows, MATCHWISE
        )
        print(f"matchwise.sources.lca: {ours['found']:.0f} employers with resident H-1B filings")
        seconds, peak = report("matchwise.sources.lca", arguments.rows, ours, quarter)
        verdict = "meets" if seconds <= GOAL_SECONDS and peak <= GOAL_BYTES else "MISSES"
        print(f"matchwise.sources.lca: {verdict} the goal of {GOAL_SECONDS // 60} min and 1 GB")
        if arguments.openpyxl_rows:
            theirs, few = measured(folder, "small.xlsx", arguments.openpyxl_rows, OPENPYXL)
            report("openpyxl read-only", arguments.openpyxl_rows, theirs, few)


if __name__ == "__main__":
    main()
