"""Speed of a backup and of a checked restore of a large network.

Creates 5,000 contacts (with email and LinkedIn addresses, notes and tags) and 50,000
interactions with their follow-ups in a fresh SQLite database (or the one named by
DATABASE_URL), writes a backup, erases everything and restores the backup, then prints how long
each step took: the backup, reading the file (JSON and checksum), checking every value, and the
whole restore (reading, checking and writing). Goal: the whole restore in seconds (<= 15 s).

    .venv/bin/python bench/restore.py [--contacts 5000] [--interactions 50000]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

CHANNELS = ["in_person", "conference", "email", "linkedin", "call", "video"]
ROLES = ["attending", "resident", "fellow", "program_director", "faculty", "img_peer", "other"]


def setup(data_dir: str) -> None:
    os.environ.setdefault("MATCHWISE_DATA_DIR", data_dir)
    sys.path.insert(0, str(Path(__file__).parents[1] / "src"))
    from matchwise.cli.base import start_django

    start_django()


def populate(contacts: int, interactions: int, seed: int = 11) -> None:
    from django.db import transaction

    from matchwise.network.derived import refresh_dates
    from matchwise.network.models import Contact, FollowUp, Interaction, Tag

    rng = random.Random(seed)
    today = date.today()
    with transaction.atomic():
        tags = [Tag.objects.create(name=name) for name in ("usce", "research", "im", "mentor")]
        people = Contact.objects.bulk_create(
            Contact(
                name=f"Person {i:05}",
                honorific="Dr." if i % 2 else "",
                role=rng.choice(ROLES),
                institution=f"Fictional Hospital {i % 400}",
                email=f"person{i}@example.org",
                email_key=f"person{i}@example.org",
                linkedin_url=f"https://www.linkedin.com/in/person-{i}/",
                linkedin_key=f"person-{i}",
                notes=f"Met on a rotation in {2020 + i % 6}.\nPrefers short emails.",
                created_at=datetime(2023, 1, 1, tzinfo=UTC) + timedelta(minutes=i),
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
                topic="Catch-up about research and the application season",
                notes="Asked about observerships; follow up in spring."
                if rng.random() < 0.3
                else "",
            )
            for _ in range(interactions)
        )
        FollowUp.objects.bulk_create(
            FollowUp(
                contact_id=t.contact_id,
                interaction=t,
                rule="met_in_person",
                due_on=t.occurred_on + timedelta(days=2),
                overdue_after=t.occurred_on + timedelta(days=3),
                state="done",
            )
            for t in touches
            if t.channel in ("in_person", "conference")
        )
        refresh_dates()


class Timer:
    """Wall-clock and CPU time of a step: on a busy machine the CPU time is the steadier."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def __str__(self) -> str:
        wall, cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu
        return f"{wall:6.2f} s ({cpu:5.2f} s CPU)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--interactions", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="matchwise-bench-") as folder:
        setup(folder)
        from django.db import connection

        from matchwise.network.exporting import backup
        from matchwise.network.exporting.backup_checks import check_objects
        from matchwise.network.privacy import erase_everything

        print(f"Database: {connection.vendor}; {args.contacts:,} contacts, ", end="")
        print(f"{args.interactions:,} interactions")
        populate(args.contacts, args.interactions)
        timer = Timer()
        data = backup.backup_bytes()
        size = f"{len(data) / 2**20:.1f} MB"
        print(f"  {f'Backup ({size})':<46} {timer}")
        timer = Timer()
        read = backup.read_backup(data, "bench.json")
        print(f"  {'Reading it (JSON and checksum)':<46} {timer}")
        timer = Timer()
        checked = check_objects(read.objects, backup.backed_up_models())
        assert not checked.problems, checked.problems[:3]
        print(f"  {f'Checking every value of {len(read.objects):,} objects':<46} {timer}")
        erase_everything()
        timer = Timer()
        restored = backup.restore(data, "bench.json")
        label = f"Whole restore (read, check, write {restored.total:,} rows)"
        print(f"  {label:<46} {timer}")


if __name__ == "__main__":
    main()
