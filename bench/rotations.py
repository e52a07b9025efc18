"""Speed of the rotation pages and of the list of people who helped, on a large network.

Creates 5,000 contacts with 50,000 interactions, 24 rotations (one running, with 10 people met
and 3 promises each), 6 mentors and 60 letter requests in a fresh SQLite database (or the one
named by DATABASE_URL, inside a transaction that is rolled back), then prints the median and
p95 time of: the plan of a running rotation, the rotation page as served, This week's rotations,
the people who helped in a season (over all 5,000 contacts), the After the Match page, and the
shortlist's network ties for 500 programs. Goals: a rotation page <= 150 ms; the people who
helped <= 500 ms.

    .venv/bin/python bench/rotations.py [--contacts 5000] [--interactions 50000] [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

CHANNELS = ["in_person", "conference", "email", "linkedin", "call", "video"]
FEWEST_CONTACTS = 1240  # 24 rotations meet 10 people each, from the 1,000th contact on
ROLES = ["attending", "resident", "fellow", "program_director", "faculty", "img_peer", "other"]


def setup(data_dir: str) -> None:
    os.environ.setdefault("MATCHWISE_DATA_DIR", data_dir)
    sys.path.insert(0, str(Path(__file__).parents[1] / "src"))
    from matchwise.cli.base import start_django

    start_django()


def populate(contacts: int, interactions: int, today: date, seed: int = 7) -> int:
    """The network, rotations, mentors and letters; returns the running rotation's id."""
    from matchwise.network.derived import refresh_dates
    from matchwise.network.models import Contact, Interaction, MentorAssignment
    from matchwise.network.services import add_manual_follow_up
    from matchwise.outreach.models import LetterRequest
    from matchwise.rotations.models import MatchResult, Rotation, RotationMember, RotationTask

    rng = random.Random(seed)
    people = Contact.objects.bulk_create(
        Contact(
            name=f"Person {i:05}",
            honorific="Dr." if i % 2 else "",
            role=rng.choice(ROLES),
            institution=f"Fictional Hospital {i % 400}",
            created_at=datetime(2024, 1, 1, tzinfo=UTC) + timedelta(minutes=i),
        )
        for i in range(contacts)
    )
    Interaction.objects.bulk_create(
        Interaction(
            contact=rng.choice(people),
            occurred_on=today - timedelta(days=rng.randint(0, 2 * 365)),
            channel=rng.choice(CHANNELS),
            direction=rng.choice(["outbound", "inbound"]),
            topic="Catch-up about research and the application season",
        )
        for _ in range(interactions)
    )
    MentorAssignment.objects.bulk_create(
        MentorAssignment(contact=people[i], role=role)
        for i, role in enumerate(["career", "process", "peer", "research", "career", "peer"])
    )
    LetterRequest.objects.bulk_create(
        LetterRequest(contact=people[100 + i], stage=rng.choice(["agreed", "uploaded", "asked"]))
        for i in range(60)
    )
    running = 0
    for n in range(24):
        starts = today - timedelta(days=10 + 40 * n)
        rotation = Rotation.objects.create(
            institution=f"Fictional Hospital {n * 7}",
            service="Internal medicine",
            starts_on=starts,
            ends_on=starts + timedelta(days=27),
        )
        running = running or rotation.pk
        met = people[1000 + 10 * n : 1010 + 10 * n]
        RotationMember.objects.bulk_create(
            RotationMember(
                rotation=rotation, contact=p, role=["attending", "resident"][i % 2], saw_work=i < 2
            )
            for i, p in enumerate(met)
        )
        for i in range(3):
            follow_up = add_manual_follow_up(met[i], today + timedelta(days=i))
            RotationTask.objects.create(rotation=rotation, follow_up=follow_up, description="Send")
    for writer in LetterRequest.objects.filter(contact__in=people[1000:1010]):
        writer.delete()
    LetterRequest.objects.create(contact=people[1000], saw_work=True, supervised=True)
    MatchResult.objects.create(
        season=today.year,
        outcome="not_matched",
        season_started_on=today - timedelta(days=365),
        recorded_on=today,
    )
    refresh_dates()
    return running


def timed(step: Callable[[], object], runs: int) -> str:
    step()  # warm the caches, as a second visit would
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return f"median {statistics.median(times):7.1f} ms   p95 {p95:7.1f} ms"


def run(args: argparse.Namespace) -> None:
    from django.db import connection, transaction
    from django.test import Client

    from matchwise.programs.network_ties import network_ties
    from matchwise.rotations import plan, results, this_week
    from matchwise.rotations.models import MatchResult, Rotation
    from matchwise.selection.sample import sample_catalogue

    today = date.today()
    print(f"Database: {connection.vendor}; {args.contacts:,} contacts, ", end="")
    print(f"{args.interactions:,} interactions, 24 rotations")
    with transaction.atomic():
        rotation_id = populate(args.contacts, args.interactions, today)
        rotation = Rotation.objects.get(pk=rotation_id)
        result = MatchResult.objects.get()
        client = Client()
        programs = sample_catalogue()[:500]
        steps: list[tuple[str, Callable[[], object]]] = [
            ("Plan of a running rotation", lambda: plan.plan(rotation, today)),
            ("Rotation page (GET, rendered)", lambda: client.get(f"/rotations/{rotation_id}/")),
            ("This week's rotations", lambda: this_week.this_week(today)),
            ("People who helped this season", lambda: results.helpers(result)),
            ("After the Match page (GET, rendered)", lambda: client.get("/rotations/match/")),
            (f"Network ties for {len(programs)} programs", lambda: network_ties(programs)),
        ]
        helped = len(results.helpers(result))
        for label, step in steps:
            print(f"  {label:<40} {timed(step, args.runs)}")
        print(f"  ({helped} people helped this season)")
        transaction.set_rollback(True)  # with DATABASE_URL the rows went into a real database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--interactions", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    if args.contacts < FEWEST_CONTACTS:
        parser.error(
            f"--contacts must be at least {FEWEST_CONTACTS}: the rotations meet people from there"
        )
    with tempfile.TemporaryDirectory(prefix="matchwise-bench-") as folder:
        setup(folder)
        run(args)


if __name__ == "__main__":
    main()
