"""Speed and recall of duplicate finding on a large import.

Builds a made-up file of 200,000 rows (one in eight a misspelling of an earlier person, a third
with an email, some of them repeated; institutions written several ways) and a tracker of
20,000 stored contacts, then times `resolve`, which decides for every row whether it is new,
the same person as a stored contact or an earlier row, or a possible duplicate. Recall of the
blocked name comparison is measured on the first 20,000 rows against comparing every pair (the
way it was done before blocking) and against the known misspellings. Goals: 200,000 rows in
<= 60 s; recall against every pair >= 99 %.

    .venv/bin/python bench/duplicates.py [--rows 200000] [--stored 20000] [--recall-rows 20000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.network.importing.labelled_names import (  # noqa: E402
    close_names_exhaustive,
    labelled_names,
)

from matchwise.network.importing.matching import KnownContact, Snapshot, resolve  # noqa: E402
from matchwise.network.importing.similarity import close_names  # noqa: E402
from matchwise.network.records import ContactRecord  # noqa: E402

PLACES = ["Riverside", "Lakeshore", "Mercy", "St. Anne", "Valley", "Northgate", "Hillcrest"]
KINDS = ["Medical Center", "General Hospital", "Health", "University Hospital", "Med Ctr"]


def institutions(rng: random.Random, count: int) -> list[str]:
    return [f"{rng.choice(PLACES)} {rng.choice(KINDS)} {i % 97}" for i in range(count)]


def records(names: list[str], rng: random.Random) -> list[ContactRecord]:
    places = institutions(rng, 400)
    rows = []
    for line, name in enumerate(names, start=2):
        email = f"person{rng.randrange(len(names))}@example.org" if rng.random() < 0.33 else ""
        rows.append(
            ContactRecord(line=line, name=name, institution=rng.choice(places), email=email)
        )
    return rows


def stored(count: int, rng: random.Random) -> Snapshot:
    names, _ = labelled_names(count, seed=99)
    places = institutions(rng, 400)
    contacts = []
    for index, name in enumerate(names, start=1):
        email = f"person{index}@example.org" if index % 3 == 0 else ""
        institution = rng.choice(places)
        values = {"institution": institution, "email": email, "role": "other"}
        contacts.append(KnownContact(id=index, name=name, values=values, email_key=email))
    return Snapshot(contacts)


def slug(url: str) -> str:
    return url.rstrip("/").rsplit("/in/", 1)[-1].lower() if "/in/" in url else ""


def recall(count: int) -> None:
    names, truth = labelled_names(count)
    rows = [(name, False) for name in names]
    start = time.perf_counter()
    _, blocked = close_names(rows, [], list(range(count)))
    blocked_seconds = time.perf_counter() - start
    start = time.perf_counter()
    every = close_names_exhaustive(rows, [], list(range(count)))
    every_seconds = time.perf_counter() - start
    found = {(other, row) for row, pairs in blocked.items() for other, _ in pairs}
    reference = {(other, row) for row, pairs in every.items() for other, _ in pairs}
    print(f"Close names among {count:,} rows:")
    print(f"  every pair compared  {every_seconds:6.1f} s   {len(reference):,} close pairs")
    print(f"  blocked              {blocked_seconds:6.1f} s   {len(found):,} close pairs")
    print(f"  recall against every pair     {len(found & reference) / len(reference):.4f}")
    print(f"  extra pairs (must be 0)       {len(found - reference)}")
    print(f"  known misspellings found, blocked     {len(found & truth) / len(truth):.4f}")
    print(f"  known misspellings found, every pair  {len(reference & truth) / len(truth):.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--stored", type=int, default=20_000)
    parser.add_argument("--recall-rows", type=int, default=20_000)
    args = parser.parse_args()
    rng = random.Random(3)
    names, _ = labelled_names(args.rows)
    file_rows = records(names, rng)
    snapshot = stored(args.stored, rng)
    start, cpu = time.perf_counter(), time.process_time()
    resolution = resolve(file_rows, snapshot, slug)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"Duplicate finding: {args.rows:,} rows against {args.stored:,} stored contacts")
    print(f"  resolve          {seconds:6.1f} s   (goal <= 60 s; CPU time {cpu:.1f} s)")
    print(f"  added {len(resolution.added):,}, merged {len(resolution.merged):,}, ", end="")
    print(f"possible duplicates {len(resolution.possible_duplicates):,}")
    recall(args.recall_rows)


if __name__ == "__main__":
    main()
