"""What the live odds and the shortlist's reasons cost the season pages.

Creates 5,000 contacts and 150 applications to sample Internal Medicine programs (40
interviewed, 40 scheduled), a saved profile and, when ../shared/data holds NRMP's Charting
Outcomes table, a calibration to it (so the published figure is shown), in a fresh SQLite
database (or the one named by DATABASE_URL, inside a transaction that is rolled back). Then
prints, interleaving the two so that the machine's load falls on both alike:

- the Season page as served, and the same page with the odds panel left empty;
- the live odds alone (`season_odds()`), and how many queries they make;
- the interview-day page, the same page without the shortlist's reasons, and the reasons
  alone (`shortlist_reasons()`).

    .venv/bin/python bench/season_odds.py [--applications 150] [--contacts 5000] [--runs 40]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
OUTCOMES = DATA / "nrmp_charting_outcomes_2026_nonus_img.csv"


def setup(data_dir: str) -> None:
    os.environ.setdefault("MATCHWISE_DATA_DIR", data_dir)
    sys.path.insert(0, str(Path(__file__).parents[1] / "src"))
    from matchwise.cli.base import start_django

    start_django()


def populate(applications: int, contacts: int, today: date) -> int:
    """The network and the season; returns the id of an interviewed application."""
    from matchwise.network.models import Contact
    from matchwise.programs.calibrations import calibrate
    from matchwise.programs.catalogues import sample_programs
    from matchwise.programs.models import SavedProfile
    from matchwise.season import services
    from matchwise.season.programs import facts_of
    from matchwise.season.vocabulary import Status

    Contact.objects.bulk_create(
        Contact(name=f"Person {i:05}", institution=f"Fictional Hospital {i % 400}")
        for i in range(contacts)
    )
    programs = [
        p
        for p in sample_programs()
        if p.specialty in ("Internal Medicine", "Family Medicine") and p.state
    ][:applications]
    facts = [facts_of(p, "sample") for p in programs]
    made = services.add_applications(facts, services.Submission(today - timedelta(days=90), 11))
    for i, application in enumerate(made[:80]):
        services.change_status(application, Status.INVITED, today)
        services.change_status(application, Status.SCHEDULED, today)
        if i < 40:
            services.change_status(application, Status.INTERVIEWED, today)
    SavedProfile.objects.create(
        name="Bench", specialties=["Internal Medicine", "Family Medicine"], step2_score=245
    )
    if OUTCOMES.is_file():
        calibrate(OUTCOMES.read_bytes(), OUTCOMES.name)
        print(f"Calibrated to {OUTCOMES.name}: the published figure is shown.")
    else:
        print(f"{OUTCOMES} is absent: no calibration, the published figure is not shown.")
    return made[0].pk


def summary(times: list[float]) -> str:
    times = sorted(times)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return f"median {statistics.median(times):7.1f} ms   p95 {p95:7.1f} ms"


def interleaved(steps: list[tuple[str, Callable[[], object]]], runs: int) -> None:
    for _, step in steps:
        step()  # warm the caches, as a second visit would
    times: dict[str, list[float]] = {label: [] for label, _ in steps}
    for _ in range(runs):
        for label, step in steps:
            start = time.perf_counter()
            step()
            times[label].append((time.perf_counter() - start) * 1000)
    for label, _ in steps:
        print(f"  {label:<44} {summary(times[label])}")


def run(args: argparse.Namespace) -> None:
    from django.db import connection, transaction
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from matchwise.season import views, views_interview_day
    from matchwise.season.models import Application
    from matchwise.season.odds import SeasonOdds, season_odds
    from matchwise.season.shortlist_reasons import ProgramReasons, shortlist_reasons
    from matchwise.selection.vocabulary import ApplicantType

    print(f"Database: {connection.vendor}; {args.applications} applications, ", end="")
    print(f"{args.contacts:,} contacts")
    with transaction.atomic():
        interviewed = populate(args.applications, args.contacts, date.today())
        client = Client()
        real = views.odds_context
        empty = SeasonOdds((), ApplicantType.NON_US_IMG, "", "", "")

        def without_odds() -> object:
            views.odds_context = lambda: {"odds": empty, "odds_chart": []}
            try:
                return client.get("/season/")
            finally:
                views.odds_context = real

        def without_reasons() -> object:
            names = views_interview_day.__dict__
            names["shortlist_reasons"] = lambda application: ProgramReasons(missing="-")
            try:
                return client.get(f"/season/{interviewed}/interview-day/")
            finally:
                names["shortlist_reasons"] = shortlist_reasons

        with CaptureQueriesContext(connection) as queries:
            odds = season_odds()
        print(f"  the live odds: {len(odds.lines)} specialties, {len(queries)} queries")
        application = Application.objects.get(pk=interviewed)
        interleaved(
            [
                ("Season page (GET, rendered)", lambda: client.get("/season/")),
                ("Season page without the odds panel", without_odds),
                ("the live odds alone (season_odds)", season_odds),
                (
                    "Interview day (GET, rendered)",
                    lambda: client.get(f"/season/{interviewed}/interview-day/"),
                ),
                ("Interview day without the shortlist's reasons", without_reasons),
                ("the shortlist's reasons alone", lambda: shortlist_reasons(application)),
            ],
            args.runs,
        )
        transaction.set_rollback(True)  # with DATABASE_URL the rows went into a real database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=150)
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="matchwise-bench-") as folder:
        setup(folder)
        run(args)


if __name__ == "__main__":
    main()
