"""Print optimiser timings and how the optimal list compares with simpler ways to choose.

Run: .venv/bin/python bench/selection.py
"""

import time
from collections.abc import Callable
from functools import partial

import numpy as np

from matchwise.selection.chances import assess_all
from matchwise.selection.effects import score_box_for
from matchwise.selection.fees import fee_schedule
from matchwise.selection.match_model import DEFAULT_MODEL, p_match_product
from matchwise.selection.optimiser import maximise_p_match
from matchwise.selection.profile import Profile, profile_from_mapping
from matchwise.selection.sample import sample_catalogue
from matchwise.selection.shortlist import build_shortlist

FEES = fee_schedule(2026)


def best_time(run: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def optimiser_timings() -> None:
    rng = np.random.default_rng(1)
    print("optimiser (maximise P(match)), best of 5:")
    for n, specialties, budget, goal in (
        (600, 1, 1500, 0.05),
        (600, 3, 1500, 0.05),
        (6500, 20, 2500, 1.0),
    ):
        contribution = rng.beta(0.6, 8, n)
        groups = rng.integers(0, specialties, n)
        seconds = best_time(partial(maximise_p_match, contribution, groups, FEES, budget))
        verdict = "ok" if seconds <= goal else "OVER GOAL"
        what = f"{n:5d} programs, {specialties:2d} specialties, budget ${budget}"
        print(f"  {what}: {seconds * 1000:7.1f} ms (goal {goal * 1000:.0f} ms) {verdict}")


def shortlist_timings() -> None:
    programs = sample_catalogue()
    print(f"build_shortlist on the sample catalogue ({len(programs)} programs), best of 5:")
    for specialties in (
        ["Internal Medicine"],
        ["Internal Medicine", "Family Medicine", "Pediatrics"],
    ):
        profile = applicant(specialties)
        seconds = best_time(lambda: build_shortlist(profile, programs, budget=1500))  # noqa: B023
        print(f"  {len(specialties)} specialty(ies): {seconds * 1000:7.1f} ms")


def applicant(specialties: list[str]) -> Profile:
    return profile_from_mapping(
        {
            "applicant_type": "non_us_img",
            "specialties": specialties,
            "step2_score": 243,
            "years_since_graduation": 3,
            "visa": "j1",
            "usce_months": 3,
            "us_letters": 2,
        }
    )


def _within_budget(order: list[int], groups: np.ndarray, budget: int) -> list[int]:
    """Take programs in the given order while the fees stay within the budget."""
    counts: dict[int, int] = {}
    chosen = []
    for i in order:
        trial = dict(counts)
        trial[int(groups[i])] = trial.get(int(groups[i]), 0) + 1
        if FEES.total_cost({str(k): v for k, v in trial.items()}) <= budget:
            counts = trial
            chosen.append(i)
    return chosen


def compare_with_simple_lists() -> None:
    programs = sample_catalogue()
    print("P(match) at the same budget, optimal list vs simpler rules")
    print("(sample catalogue, a typical non-US IMG needing a J-1; programs in brackets):")
    for specialties in (["Internal Medicine"], ["Internal Medicine", "Family Medicine"]):
        profile = applicant(specialties)
        by_id = {p.program_id: p for p in programs}
        chances = [c for c in assess_all(profile, programs) if c.excluded is None]
        names = sorted({c.specialty for c in chances})
        groups = np.array([names.index(c.specialty) for c in chances])
        p = np.array([c.p for c in chances])
        contribution = p * np.array(
            [DEFAULT_MODEL.conversion(c.specialty, profile.applicant_type) for c in chances]
        )
        # "Fit" as comparison sites show it: how close your score is to the middle of those invited.
        closeness = []
        for c in chances:
            box, _ = score_box_for(profile, by_id[c.program_id])
            closeness.append(-abs((profile.step2_score or 0) - box.median) if box else -99.0)
        for budget in (300, 600, 1200):
            best = maximise_p_match(contribution, groups, FEES, budget)
            by_chance = _within_budget(list(np.argsort(-p, kind="stable")), groups, budget)
            by_fit = _within_budget(
                list(np.argsort(-np.array(closeness), kind="stable")), groups, budget
            )
            chance_value = p_match_product(contribution[by_chance])
            fit_value = p_match_product(contribution[by_fit])
            print(
                f"  {' + '.join(specialties):35s} ${budget:5d}:"
                f" optimal {best.value:6.1%} ({len(best.chosen)})"
                f" | top-N by chance of interview {chance_value:6.1%} ({len(by_chance)})"
                f" | top-N by score fit {fit_value:6.1%} ({len(by_fit)})"
            )


API_RUNS = 30
API_GOAL_MS = 200.0


def _setup_django() -> None:
    """A throwaway SQLite database (or the one DATABASE_URL names), migrated."""
    import os
    import tempfile

    os.environ.setdefault("MATCHWISE_DATA_DIR", tempfile.mkdtemp(prefix="matchwise-bench-"))
    from matchwise.cli.base import start_django

    start_django()


def _request_times(body: dict[str, object], runs: int) -> tuple[float, float]:
    """Median and p95 in ms of POST /api/shortlist through Django's test client."""
    import json
    import statistics

    from django.test import Client

    client = Client()
    payload = json.dumps(body)
    samples = []
    for _ in range(runs + 1):  # the first request warms caches and is not counted
        start = time.perf_counter()
        response = client.post("/api/shortlist", payload, content_type="application/json")
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.content[:200]
    samples = sorted(samples[1:])
    return statistics.median(samples), samples[max(0, round(0.95 * len(samples)) - 1)]


def api_timings() -> None:
    """A whole shortlist request through the API for a 600-program specialty."""
    _setup_django()
    from django.db import transaction

    from matchwise.network.models import Contact
    from matchwise.programs.catalogues import ImportOptions, import_catalogue
    from matchwise.selection import catalogue_csv_text

    internal_medicine = [p for p in sample_catalogue() if p.specialty == "Internal Medicine"]
    text = catalogue_csv_text(internal_medicine)
    with transaction.atomic():
        import_catalogue(text.encode(), "im.csv", "IM (stored)", ImportOptions("csv"))
        # A working network: 2,000 contacts, one in ten at a program of the list.
        Contact.objects.bulk_create(
            Contact(
                name=f"Person {i:04}",
                institution=str(internal_medicine[i % 600].institution)
                if i % 10 == 0
                else f"Elsewhere Clinic {i % 300}",
                source="usce" if i % 50 == 0 else "conference",
            )
            for i in range(2000)
        )
    body: dict[str, object] = {
        "applicant_type": "non_us_img",
        "specialties": ["Internal Medicine"],
        "step2_score": 243,
        "years_since_graduation": 3,
        "visa": "j1",
        "usce_months": 3,
        "us_letters": 2,
        "budget_usd": 2500,
    }
    print(
        f"POST /api/shortlist, Internal Medicine ({len(internal_medicine)} programs), "
        f"2,000 contacts, {API_RUNS} requests (goal p95 <= {API_GOAL_MS:.0f} ms):"
    )
    for label, catalogue in (("sample catalogue", None), ("stored catalogue", "IM (stored)")):
        median, p95 = _request_times({**body, "catalogue": catalogue}, API_RUNS)
        verdict = "ok" if p95 <= API_GOAL_MS else "OVER GOAL"
        print(f"  {label}: median {median:6.1f} ms, p95 {p95:6.1f} ms {verdict}")


if __name__ == "__main__":
    optimiser_timings()
    shortlist_timings()
    compare_with_simple_lists()
    api_timings()
