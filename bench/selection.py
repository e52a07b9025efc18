"""Speed of the list optimiser and the shortlist, and the before/after table for one applicant.

Run: .venv/bin/python bench/selection.py   (reads ../shared/data when present)
Prints:
  1. the optimiser (prefix tables + choosing the counts), 20 runs each, on synthetic markets of
     600 programs (1 and 3 specialties) and 6,500 programs over 20 specialties;
  2. build_shortlist on the sample catalogue, and POST /api/shortlist on a stored
     600-program catalogue (p50 and p95 of 40 requests);
  3. before/after: a non-US IMG, Internal Medicine, 5 years since graduation, 3 months of US
     clinical experience, on the NRMP program list and on the sample, at Step 2 CK 220 / 245 /
     270, needing no visa or a J-1: the previous engine (git: bench/previous.py) and this one.
"""

import datetime
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from matchwise.selection.catalogue_import import parse_nrmp_program_list
from matchwise.selection.fees import fee_schedule
from matchwise.selection.list_value import Candidate, Specialty, curves, no_match_prefix
from matchwise.selection.optimiser import Limits, Market, best_counts
from matchwise.selection.profile import profile_from_mapping
from matchwise.selection.sample import sample_catalogue
from matchwise.selection.shortlist import build_shortlist
from previous import run_previous

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
NRMP = SHARED / "nrmp_programs_2024.csv"
FEES = fee_schedule(2026)
RUNS = 20


def timings(run: Callable[[], object], runs: int = RUNS) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        out.append(time.perf_counter() - start)
    return out


def p95(values: list[float]) -> float:
    return float(np.percentile(values, 95))


def optimiser() -> None:
    rng = np.random.default_rng(1)
    print(f"1. Optimiser, {RUNS} runs each (median / p95):")
    for n, m, budget, goal in ((600, 1, 3000, 0.05), (600, 3, 3000, 0.05), (6500, 20, 20000, 1.0)):
        specialties = [
            Specialty(float(rng.uniform(0.3, 1.3)), float(rng.uniform(0.15, 0.35)), 0.9)
            for _ in range(m)
        ]
        groups = rng.integers(0, m, n)
        candidates = [Candidate(int(g), float(rng.normal(-3, 1)), 1.0) for g in groups]

        times = timings(partial(solve, candidates, specialties, groups, budget))
        verdict = "ok" if p95(times) <= goal else "OVER GOAL"
        print(
            f"   {n:5d} programs, {m:2d} specialties, budget ${budget:,}: "
            f"{1000 * statistics.median(times):7.1f} / {1000 * p95(times):7.1f} ms "
            f"(goal {1000 * goal:.0f} ms) {verdict}"
        )


def solve(
    candidates: list[Candidate], specialties: list[Specialty], groups: np.ndarray, budget: int
) -> list[int]:
    """Prefix tables for every specialty, best first, then the counts: what a list costs."""
    curve = curves(candidates, specialties)
    prefixes = []
    for s, specialty in enumerate(specialties):
        members = np.flatnonzero(groups == s)
        order = members[np.argsort(-curve[members].mean(axis=1))]
        prefixes.append(no_match_prefix(curve[order], specialty))
    return best_counts(Market(prefixes, FEES), Limits(budget, None, 0.3e-4))


def applicant(score: int, visa: str, specialties: list[str]) -> dict[str, object]:
    return {
        "applicant_type": "non_us_img",
        "specialties": specialties,
        "step2_score": score,
        "years_since_graduation": 5,
        "visa": visa,
        "usce_months": 3,
    }


def shortlist_and_api() -> None:
    programs = sample_catalogue()
    print(f"2. build_shortlist on the sample ({len(programs)} programs), {RUNS} runs:")
    for specialties in (["Internal Medicine"], ["Internal Medicine", "Family Medicine"]):
        profile = profile_from_mapping(applicant(245, "j1", specialties))
        times = timings(lambda: build_shortlist(profile, programs))  # noqa: B023
        print(
            f"   {' + '.join(specialties)}: median {1000 * statistics.median(times):.0f} ms, "
            f"p95 {1000 * p95(times):.0f} ms"
        )
    api_p95()


def api_p95() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["MATCHWISE_DATA_DIR"] = folder
        from django.core.management import call_command

        from matchwise.cli.base import start_django

        start_django()
        call_command("migrate", verbosity=0)
        from django.test import Client

        from matchwise.programs.catalogues import ImportOptions, import_catalogue
        from matchwise.selection import catalogue_csv_text

        im = [p for p in sample_catalogue() if p.specialty == "Internal Medicine"][:600]
        text = catalogue_csv_text(im).encode()
        import_catalogue(text, "im600.csv", "IM 600", ImportOptions("csv"))
        client = Client()
        body = json.dumps({**applicant(245, "j1", ["Internal Medicine"]), "catalogue": "IM 600"})

        def post() -> None:
            response = client.post("/api/shortlist", body, content_type="application/json")
            assert response.status_code == 200, response.content

        post()
        cpu: list[float] = []

        def timed_post() -> None:
            start = time.process_time()
            post()
            cpu.append(time.process_time() - start)

        times = timings(timed_post, 40)
        print(
            f"   POST /api/shortlist, stored catalogue of {len(im)} programs, 40 requests: "
            f"p50 {1000 * statistics.median(times):.0f} ms, p95 {1000 * p95(times):.0f} ms wall; "
            f"p50 {1000 * statistics.median(cpu):.0f} ms, p95 {1000 * p95(cpu):.0f} ms CPU "
            f"(goal p95 <= 200 ms; load average {os.getloadavg()[0]:.1f})"
        )


PREVIOUS_SNIPPET = """
import datetime, json
from pathlib import Path
from matchwise.selection.catalogue_import import parse_nrmp_program_list
from matchwise.selection.profile import profile_from_mapping
from matchwise.selection.sample import sample_catalogue
from matchwise.selection.shortlist import build_shortlist
cases = json.loads(%r)
nrmp = Path(%r)
lists = {"sample": sample_catalogue()}
if nrmp.exists():
    lists["NRMP"] = parse_nrmp_program_list(nrmp.read_text(), nrmp.name,
        as_of=datetime.date(2024, 3, 1), source="NRMP 2024")
out = []
for name, programs in lists.items():
    for case in cases:
        for max_n in (None, 100):
            s = build_shortlist(profile_from_mapping(case), programs, max_n=max_n)
            chances = sorted({round(p.p_interview, 4) for p in s.programs})
            prelim = sum("Preliminary" in (p.name or "") or p.program_id[7:8] == "P"
                         for p in s.programs)
            out.append([name, case["step2_score"], case["visa"], max_n, s.p_match, None, None,
                        len(s.programs), s.cost_usd, len(chances)])
print(json.dumps(out))
"""


def before_after() -> None:
    cases = [
        applicant(s, v, ["Internal Medicine"]) for s in (220, 245, 270) for v in ("none", "j1")
    ]
    lists = {"sample": sample_catalogue()}
    if NRMP.exists():
        lists["NRMP"] = parse_nrmp_program_list(
            NRMP.read_text(encoding="utf-8"),
            NRMP.name,
            as_of=datetime.date(2024, 3, 1),
            source="NRMP 2024",
        )
    previous = run_previous(PREVIOUS_SNIPPET % (json.dumps(cases), str(NRMP)))
    assert isinstance(previous, list)
    rows: list[list[Any]] = []
    for name, programs in lists.items():
        by_id = {p.program_id: p for p in programs}
        for case in cases:
            for max_n in (None, 100):
                s = build_shortlist(
                    profile_from_mapping(case),
                    programs,
                    max_n=max_n,
                    stop_below=0 if max_n else None,
                )
                chances = {round(p.p_interview, 4) for p in s.programs}
                prelim = sum("Preliminary" in (by_id[p.program_id].track or "") for p in s.programs)
                rows.append(
                    [
                        name,
                        case["step2_score"],
                        case["visa"],
                        max_n,
                        s.p_match,
                        s.p_match_low,
                        s.p_match_high,
                        len(s.programs),
                        s.cost_usd,
                        len(chances),
                        prelim,
                        s.tied,
                        s.indistinguishable,
                    ]
                )
    print(
        "3. Before / after (non-US IMG, Internal Medicine, 5 years since graduation, 3 months"
        " USCE). List: 'stop' = the default list (previous: no limit, so every open program;"
        " now: the stop-below rule), '100' = at most 100 programs."
    )
    print(
        f"   {'catalogue':9} {'CK':>3} {'visa':4} {'list':>4} | {'before P(match)':>15} "
        f"{'n':>5} {'cost':>7} {'chances':>7} | {'after P(match) [band]':>22} {'n':>4} "
        f"{'cost':>6} {'chances':>7} {'prelim':>6} {'tied':>4} indist."
    )
    for old_row, new in zip(previous, rows, strict=True):
        old: list[Any] = list(old_row)
        limit = "100" if new[3] else "stop"
        band = f"{100 * new[4]:5.1f} [{100 * new[5]:4.1f}-{100 * new[6]:4.1f}]"
        print(
            f"   {new[0]:9} {new[1]:>3} {new[2]:4} {limit:>4} | {100 * old[4]:14.1f}% "
            f"{old[7]:5d} {old[8]:7,d} {old[9]:7d} | {band:>22} {new[7]:4d} {new[8]:6,d} "
            f"{new[9]:7d} {new[10]:6d} {new[11]:4d} {'yes' if new[12] else 'no'}"
        )


def main() -> int:
    optimiser()
    shortlist_and_api()
    before_after()
    return 0


if __name__ == "__main__":
    sys.exit(main())
