"""Speed of a vCard export and of importing it back into an empty database.

Creates 5,000 contacts (every exported field filled, notes with CRLF line breaks and U+2028,
names in several scripts, tags) in a fresh SQLite database (or the one named by DATABASE_URL),
exports them as vCard, deletes every contact and tag, reads the file, previews the import and
commits it, then checks that every contact came back with every exported field equal and prints
how long each step took.

    .venv/bin/python bench/vcard.py [--contacts 5000]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROLES = ["attending", "resident", "fellow", "program_director", "faculty", "img_peer", "other"]
NAMES = ["Amara Okafor", "محمد العلي", "Zoë Müller", "王小明", "Ирина Петрова", "अनिता शर्मा"]
FIELDS = ("name", "honorific", "role", "position", "institution", "email", "phone")
MORE_FIELDS = ("linkedin_url", "country", "notes")


def setup(data_dir: str) -> None:
    os.environ.setdefault("MATCHWISE_DATA_DIR", data_dir)
    sys.path.insert(0, str(Path(__file__).parents[1] / "src"))
    from matchwise.cli.base import start_django

    start_django()


def populate(contacts: int, seed: int = 11) -> None:
    from django.db import transaction

    from matchwise.network.models import Contact, Tag

    rng = random.Random(seed)
    with transaction.atomic():
        tags = [Tag.objects.create(name=n) for n in ("usce", "research, 2026", "IM", "mentor")]
        people = Contact.objects.bulk_create(
            Contact(
                name=f"{rng.choice(NAMES)} {i:05}",
                honorific=rng.choice(["", "Dr.", "Prof.", "د."]),
                role=rng.choice(ROLES),
                position="Associate Program Director, Internal Medicine",
                institution=f"Fictional Hospital {i % 400}; Department of Medicine",
                email=f"person{i}@example.org",
                email_key=f"person{i}@example.org",
                phone=f"+1 (555) 555-{i % 10_000:04}",
                linkedin_url=f"https://www.linkedin.com/in/person-{i}/",
                linkedin_key=f"person-{i}",
                country="United States",
                notes=f"Met on a rotation in {2020 + i % 6}.\r\nPrefers short emails.\u2028"
                "Asked about research, observerships; and letters \\ timing.",
            )
            for i in range(contacts)
        )
        Contact.tags.through.objects.bulk_create(
            Contact.tags.through(contact_id=p.pk, tag_id=rng.choice(tags).pk) for p in people
        )


def snapshot() -> list[tuple[object, ...]]:
    from matchwise.network.models import Contact

    return sorted(
        (
            *(getattr(c, name) for name in FIELDS + MORE_FIELDS),
            tuple(sorted(t.name for t in c.tags.all())),
        )
        for c in Contact.objects.prefetch_related("tags")
    )


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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="matchwise-bench-") as folder:
        setup(folder)
        from django.db import connection

        from matchwise.network.exporting.vcard import contacts_vcard_text
        from matchwise.network.importing.service import commit, preview
        from matchwise.network.importing.vcard import parse_vcard
        from matchwise.network.models import Contact, Tag

        print(f"Database: {connection.vendor}; {args.contacts:,} contacts")
        populate(args.contacts)
        before = snapshot()
        timer = Timer()
        data = contacts_vcard_text().encode("utf-8")
        print(f"  {f'Export as vCard ({len(data) / 2**20:.1f} MB)':<40} {timer}")
        Contact.objects.all().delete()
        Tag.objects.all().delete()
        timer = Timer()
        parsed = parse_vcard("bench.vcf", data)
        print(f"  {f'Reading the file ({len(parsed.records):,} cards)':<40} {timer}")
        timer = Timer()
        plan = preview(parsed)
        print(f"  {'Preview (checks and matching)':<40} {timer}")
        timer = Timer()
        report = commit(parse_vcard("bench.vcf", data))
        print(f"  {'Whole import (read, check, write)':<40} {timer}")
        assert not (plan.rejected or plan.warned), (plan.rejected[:3], plan.warned[:3])
        same = snapshot() == before
        back = f"{len(report.added):,} of {len(before):,}"
        print(f"  Contacts back: {back}; every exported field equal: {same}")


if __name__ == "__main__":
    main()
