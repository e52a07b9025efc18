"""Print predicted vs published outcomes per specialty for a synthetic cohort of non-US IMGs.

Reads NRMP Charting Outcomes from ../shared/data (never stored in the repository) and fits the
model against the sample catalogue. Run: .venv/bin/python bench/calibration.py
"""

import sys
import time
from pathlib import Path

from matchwise.selection.cohort import CohortFit, fit_all
from matchwise.selection.match_model import DEFAULT_MODEL
from matchwise.selection.outcomes import read_outcomes
from matchwise.selection.sample import sample_catalogue

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DATA = SHARED / "nrmp_charting_outcomes_2026_nonus_img.csv"
RATE_GOAL, MEAN_GOAL = 0.03, 3.0
LEGEND = """\
Synthetic non-US IMG cohorts on the sample catalogue vs NRMP Charting Outcomes 2026
(non-US IMGs); columns give published/predicted.
  rate: match rate; M, U: mean Step 2 CK of matched, unmatched applicants;
  K: mean contiguous ranks / mean interviews; q: chance an interview ends in a match;
  apps: applications per member; cv: spread of unobserved strength; w: score weight."""


def within_goal(f: CohortFit) -> bool:
    return (
        abs(f.predicted_rate - f.published_rate) <= RATE_GOAL
        and abs(f.predicted_mean_matched - f.published_mean_matched) <= MEAN_GOAL
        and abs(f.predicted_mean_unmatched - f.published_mean_unmatched) <= MEAN_GOAL
    )


def row(f: CohortFit) -> str:
    fitted = f"{f.programs:5d} {f.conversion:5.3f} {f.applications:4d} {f.spread:4.2f}"
    fitted += f" {f.score_weight:4.2f}"
    rate = f"{f.published_rate:6.1%}/{f.predicted_rate:6.1%}"
    matched = f"{f.published_mean_matched:5.0f}/{f.predicted_mean_matched:6.1f}"
    unmatched = f"{f.published_mean_unmatched:5.0f}/{f.predicted_mean_unmatched:6.1f}"
    ranks = f"{f.published_ranks_mean:5.2f}/{f.predicted_interviews_mean:5.2f}"
    verdict = "yes" if within_goal(f) else "NO"
    return f"{f.specialty[:24]:24s} {fitted} {rate} {matched} {unmatched} {ranks}  {verdict}"


def main() -> int:
    if not DATA.is_file():
        print(f"skipped: {DATA} is absent (reference data is never copied into the repository)")
        return 0
    start = time.perf_counter()
    outcomes = read_outcomes(DATA)
    fits = fit_all(outcomes, sample_catalogue(), DEFAULT_MODEL)
    seconds = time.perf_counter() - start
    print(LEGEND)
    header = f"{'specialty':24s} {'progs':>5s} {'q':>5s} {'apps':>4s} {'cv':>4s} {'w':>4s}"
    print(header + f" {'rate':>13s} {'M':>12s} {'U':>12s} {'K':>11s}  within goal")
    for f in fits:
        print(row(f))
    skipped = sorted(set(outcomes) - {f.specialty for f in fits})
    print("not fitted (not in the catalogue, or figures suppressed by NRMP):")
    print("  " + ", ".join(skipped))
    good = sum(within_goal(f) for f in fits)
    print(f"{good}/{len(fits)} specialties within goal; {seconds:.1f} s.")
    print("Published figures: NRMP, Charting Outcomes in the Match 2026.")
    return 0 if good == len(fits) else 1


if __name__ == "__main__":
    sys.exit(main())
