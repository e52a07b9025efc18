"""Speed of matching source rows to programs, as a merge does it.

Against the real NRMP program list of 2024 (../shared/data, 6,265 tracks; skipped with the
reason when absent), it matches:
- the real NRMP Florida results 2020–2026 (953 programs, by code);
- the same rows by name and place only (codes and specialties removed);
- a generated year of LCA employers aggregated per employer: N rows (default 5,000), a third
  written from NRMP institution names the way LCA files write employers (upper case,
  abbreviations spelt out or added, ", INC."), the rest invented names; each in a state.
It prints the rows, the counts per outcome and the wall-clock and CPU time of the matching,
and, for the Florida rows whose code the catalogue has, how often matching without the code
(by name, place and specialty) finds the program the code names.

    .venv/bin/python bench/merging.py [--employers 5000]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "src"))

from matchwise.programs.source_matching import Outcome, RowMatch, Target, match_rows
from matchwise.selection.states import state_code
from matchwise.sources.formats import read_source
from matchwise.sources.rows import Fact, SourceRow

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SPELT = {"Med": "Medical", "Ctr": "Center", "Hosp": "Hospital", "U": "University",
         "Hlth": "Health", "Sys": "System", "Reg": "Regional", "Mem": "Memorial"}  # fmt: skip
WORDS = ("Lakeview", "Summit", "Cedar", "Harbor", "Pinecrest", "Riverside", "Oakmont", "Bayside")


def targets() -> list[Target]:
    found = []
    with (SHARED_DATA / "nrmp_programs_2024.csv").open(encoding="utf-8-sig") as file:
        for row in csv.DictReader(file):
            state = "" if "uncertain" in row["state_source"] else state_code(row["state"]) or ""
            found.append(Target(row["nrmp_program_code"], row["institution_name"],
                                row["specialty"], "", state))  # fmt: skip
    return found


def employers(count: int, known: list[Target], seed: int = 7) -> list[SourceRow]:
    rng = random.Random(seed)
    places = sorted({(t.institution, t.state) for t in known if t.state})
    states = sorted({s for _, s in places})
    rows = []
    for line in range(2, count + 2):
        if line % 3 == 0:
            name, state = rng.choice(places)
            name = name.rsplit("-", 1)[0] if name[-3:-2] == "-" else name
            words = [SPELT.get(w, w) for w in name.replace("/", " ").split()]
            name = " ".join(words).upper() + rng.choice(("", ", INC.", " LLC"))
        else:
            state = rng.choice(states)
            name = f"{rng.choice(WORDS)} {rng.choice(WORDS)} Physicians Group {line}".upper()
        fact = Fact("visa_h1b", True, f"{rng.randint(1, 40)} LCAs for resident titles")
        rows.append(SourceRow(line=line, institution=name, state=state, facts=(fact,)))
    return rows


def timed(label: str, rows: list[SourceRow], known: list[Target]) -> list[RowMatch]:
    wall, cpu = time.perf_counter(), time.process_time()
    matches = match_rows(rows, known)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    counts = {o.value: sum(1 for m in matches if m.outcome is o) for o in Outcome}
    print(f"{label}: {len(rows):,} rows in {wall:.2f} s wall, {cpu:.2f} s CPU; {counts}")
    return matches


def checked(rows: list[SourceRow], known: list[Target]) -> None:
    """The rows whose code the catalogue has, matched by name, place and specialty without the
    code: how often each outcome names the program the code names."""
    ids = {t.program_id for t in known}
    coded = [r for r in rows if r.nrmp_code in ids]
    matches = match_rows([replace(r, nrmp_code="") for r in coded], known)
    for outcome in Outcome:
        found = [(r, m) for r, m in zip(coded, matches, strict=True) if m.outcome is outcome]
        right = sum(1 for r, m in found if r.nrmp_code in m.program_ids)
        print(f"  without the code, {outcome.value}: {len(found)} of {len(coded)} rows, "
              f"{right} naming the coded program")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--employers", type=int, default=5000)
    args = parser.parse_args()
    if not (SHARED_DATA / "nrmp_programs_2024.csv").is_file():
        print(f"skipped: the NRMP program list is not in {SHARED_DATA}")
        return
    known = targets()
    print(f"catalogue: the NRMP program list 2024, {len(known):,} tracks")
    results = SHARED_DATA / "nrmp_florida_results_2020_2026.csv"
    if results.is_file():
        rows = read_source("nrmp-results", results).rows
        timed("NRMP Florida results, by code", rows, known)
        by_name = [replace(r, nrmp_code="", specialty="") for r in rows]
        timed("NRMP Florida results, by name and place only", by_name, known)
        checked(rows, known)
    else:
        print(f"NRMP Florida results skipped: not in {SHARED_DATA}")
    timed("generated LCA employers, one row per employer", employers(args.employers, known), known)


if __name__ == "__main__":
    main()
