"""Refit the shipped model parameters from NRMP's published table, and print the fit.

Reads ../shared/data/nrmp_charting_outcomes_2026_nonus_img.csv (never stored in the repository).
  .venv/bin/python bench/fit_defaults.py            print published and fitted figures
  .venv/bin/python bench/fit_defaults.py --write    also rewrite the shipped parameters
"""

import argparse
import sys
import time
from pathlib import Path

from matchwise.selection.model import CITATION, SHIPPED_FILE, MatchModel
from matchwise.selection.outcomes import read_outcomes
from matchwise.selection.specialty_fit import fit_specialties

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DATA = SHARED / "nrmp_charting_outcomes_2026_nonus_img.csv"
TARGET = Path(__file__).resolve().parents[1] / "src" / "matchwise" / "selection" / SHIPPED_FILE
DESCRIPTION = "fitted to NRMP Charting Outcomes 2026 (non-US IMGs); shipped with matchwise"


def refit() -> MatchModel:
    fits, refused = fit_specialties(read_outcomes(DATA))
    for message in refused.values():
        print("refused:", message)
    return MatchModel.from_fits(fits, DESCRIPTION, CITATION)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} is absent")
        return 0
    started = time.perf_counter()
    fits, refused = fit_specialties(read_outcomes(DATA))
    print(f"fitted {len(fits)} specialties in {time.perf_counter() - started:.1f} s")
    print(
        f"{'specialty':36} {'method':14} {'level':>6} {'w':>5} {'spread':>6} {'q':>5} "
        f"{'ceil':>5} {'published':>9} {'fitted':>7}"
    )
    for name, fit in sorted(fits.items()):
        p = fit.parameters
        print(
            f"{name[:36]:36} {fit.method:14} {p.level:6.2f} {p.score_weight:5.2f} "
            f"{p.spread:6.2f} {p.conversion:5.2f} {p.ceiling:5.2f} "
            f"{fit.published_rate:9.1%} {fit.fitted_rate:7.1%}"
        )
    for message in refused.values():
        print("refused:", message)
    if args.write:
        model = MatchModel.from_fits(fits, DESCRIPTION, CITATION)
        TARGET.write_text(model.to_json() + "\n", encoding="utf-8")
        print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
