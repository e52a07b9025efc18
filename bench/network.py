"""Speed of the tracker on a realistic large network.

Creates 5,000 contacts and 50,000 interactions over three years in a fresh SQLite database (or
the one named by DATABASE_URL), with follow-ups for the last two weeks' meetings (one in four still
open), then prints the median and p95 server time of This week and of the contacts list,
and the time to import a 10,000-row LinkedIn export. Goals: p95 <= 50 ms; import <= 5 s.

    .venv/bin/python bench/network.py [--contacts 5000] [--interactions 50000] [--runs 40]
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
from datetime import date, timedelta
from pathlib import Path

ROLES = ["attending", "resident", "fellow", "program_director", "faculty", "img_peer", "other"]
CHANNELS = ["in_person", "conference", "email", "linkedin", "call", "video"]


def setup(data_dir: str) -> None:
    os.environ.setdefault("MATCHWISE_DATA_DIR", data_dir)
    sys.path.insert(0, str(Path(__file__).parents[1] / "src"))
    from matchwise.cli.base import start_django

    start_django()


def populate(contacts: int, interactions: int, seed: int = 7) -> None:
    from django.db import transaction

    from matchwise.network.derived import refresh_dates
    from matchwise.network.models import Contact, FollowUp, Interaction, Tag

    rng = random.Random(seed)
    today = date.today()
    with transaction.atomic():
        tags = [Tag.objects.create(name=name) for name in ("usce", "research", "im", "conference")]
        people = Contact.objects.bulk_create(
            Contact(
                name=f"Person {i:05}",
                role=rng.choice(ROLES),
                institution=f"Fictional Hospital {i % 400}",
                specialty=rng.choice(["Internal Medicine", "Neurology", "Pediatrics", ""]),
                email=f"person{i}@example.org" if i % 3 else "",
                email_key=f"person{i}@example.org" if i % 3 else "",
            )
            for i in range(contacts)
        )
        Contact.tags.through.objects.bulk_create(
            Contact.tags.through(contact_id=p.pk, tag_id=rng.choice(tags).pk) for p in people[::2]
        )
        touches = Interaction.objects.bulk_create(
            Interaction(
                contact=rng.choice(people),
                occurred_on=today - timedelta(days=rng.randint(0, 3 * 365)),
                channel=rng.choice(CHANNELS),
                direction=rng.choice(["outbound", "inbound"]),
                topic="Catch-up",
            )
            for _ in range(interactions)
        )
        # Meetings of the last two weeks have follow-ups; like a user who keeps up, most are
        # done and about one in four is still open.
        recent = [
            t
            for t in touches
            if (today - t.occurred_on).days < 14 and t.channel in ("in_person", "conference")
        ]
        FollowUp.objects.bulk_create(
            FollowUp(
                contact_id=t.contact_id,
                interaction=t,
                rule="met_in_person",
                due_on=t.occurred_on + timedelta(days=2),
                overdue_after=t.occurred_on + timedelta(days=3),
                state="open" if rng.random() < 0.25 else "done",
            )
            for t in recent
        )
        refresh_dates()  # bulk_create writes around the services that keep the derived dates


def timings(fetch: Callable[[], object], runs: int) -> tuple[float, float]:
    fetch()  # warm caches and templates
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fetch()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[max(0, round(0.95 * len(samples)) - 1)]


def page_timings(runs: int) -> None:
    from django.test import Client

    client = Client()

    def get(url: str) -> Callable[[], object]:
        def fetch() -> object:
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            return response

        return fetch

    for label, url in [
        ("This week", "/"),
        ("Contacts list", "/contacts/"),
        ("Contacts list, sorted by last contacted", "/contacts/?sort=-last_contacted"),
        ("Contacts list, page 40", "/contacts/?page=40"),
        ("Contacts list, search", "/contacts/?q=hospital+12"),
        ("Contacts list, overdue filter", "/contacts/?state=overdue"),
        ("Contacts list, sorted by next due", "/contacts/?sort=next_due"),
    ]:
        median, p95 = timings(get(url), runs)
        print(f"  {label:<42} median {median:6.1f} ms   p95 {p95:6.1f} ms")


def linkedin_file(rows: int, folder: Path) -> Path:
    path = folder / "Connections.csv"
    start = date(2019, 1, 1)
    lines = [
        "Notes:",
        '"When exporting your connection data, you may notice that some of the email addresses'
        ' are missing."',
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ]
    for i in range(rows):
        day = start + timedelta(days=i % 2500)
        email = f"linked{i}@example.org" if i % 10 == 0 else ""
        lines.append(
            f"Given{i},Family{i},https://www.linkedin.com/in/given-family-{i},{email},"
            f'"Fictional Clinic {i % 700}, Inc.",Resident Physician,{day:%d %b %Y}'
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def import_timing(rows: int, folder: Path) -> None:
    try:
        from matchwise.network.importing import service
        from matchwise.network.importing.linkedin import parse_linkedin
    except ImportError as error:
        print(f"  LinkedIn import: not available ({error})")
        return
    path = linkedin_file(rows, folder)
    start = time.perf_counter()
    parsed = parse_linkedin(path.name, path.read_bytes())
    report = service.commit(parsed)
    seconds = time.perf_counter() - start
    print(f"  LinkedIn import of {rows:,} rows: {seconds:.2f} s ({report.summary_lines()[0]})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--interactions", type=int, default=50_000)
    parser.add_argument("--import-rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="matchwise-bench-") as folder:
        setup(folder)
        from django.db import connection

        print(f"Database: {connection.vendor}")
        start = time.perf_counter()
        populate(args.contacts, args.interactions)
        from matchwise.network.models import FollowUp

        print(
            f"Created {args.contacts:,} contacts, {args.interactions:,} interactions and "
            f"{FollowUp.objects.filter(state='open').count()} open follow-ups "
            f"in {time.perf_counter() - start:.1f} s"
        )
        print("Server time per request (Django test client, no network):")
        page_timings(args.runs)
        import_timing(args.import_rows, Path(folder))


if __name__ == "__main__":
    main()
