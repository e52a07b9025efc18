"""Speed of the personalisation checks, and how well the "about them" check judges.

Prints how many messages of the evaluation set (tests/outreach/evaluation.toml, labelled by
hand) the "about them" check judges right, split by kind and label, and how many specific ones it
would block. Then the median and p95 time of (1) all checks on one realistic cold email, as pure
functions, (2) the same through the composer's service, which reads the contact's history and the
sent messages from the database, and (3) the near-duplicate check against 1,000 sent messages of
realistic length and variety, pure and through the service. Goals: checks on one message
<= 20 ms; near-duplicate against 1,000 sent messages <= 200 ms.

Works in a fresh SQLite database in a temporary folder (or the one named by DATABASE_URL, inside
a transaction that is rolled back).

    .venv/bin/python bench/outreach.py [--sent 1000] [--runs 50] [--set FILE.toml]
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
from pathlib import Path

OPENINGS = [
    "I read your {year} paper on {topic} and the way your team {method} stayed with me.",
    "Your talk about {topic} at the {meeting} changed how I think about {angle}.",
    "I came across your group's work on {topic}; the decision to {method} was elegant.",
    "Thank you for the time after the {meeting} panel, and for explaining {angle}.",
]
TOPICS = [
    "delirium screening in older adults",
    "sepsis bundle timing in community hospitals",
    "telehealth follow-up after heart failure discharge",
    "anticoagulation after TAVR",
    "falls after hospital discharge",
    "readmissions in COPD",
    "point-of-care ultrasound teaching for interns",
    "hypertension control in rural clinics",
    "antibiotic stewardship on medical wards",
    "handoff quality between night and day teams",
]
METHODS = [
    "trained nurses to screen at triage",
    "used phone calls on day three",
    "linked pharmacy and admission records",
    "randomised by ward rather than by patient",
    "built the registry from discharge summaries",
]
MEETINGS = ["state chapter meeting", "regional forum", "national meeting", "grand rounds"]
ANGLES = ["what to measure first", "who should own the follow-up", "how small teams start"]
MIDDLES = [
    "I trained in {country} and spent the last year as a research assistant on a {registry} "
    "registry, where I cleaned and analysed data for {n} patients.",
    "After medical school in {country} I worked two years in internal medicine and led a small "
    "audit of {registry} care that changed our discharge checklist.",
    "I qualified in {country}, passed both Step exams, and I am now observing on a {registry} "
    "service, where I present cases on rounds.",
]
COUNTRIES = ["Nigeria", "India", "Egypt", "Pakistan", "Brazil", "Jordan", "Peru", "Kenya"]
REGISTRIES = ["heart failure", "stroke", "diabetes", "falls", "sepsis", "COPD"]
ASKS = [
    "If a project in your group could use help with chart abstraction or a literature review, I "
    "would be glad to contribute, remotely or in person.",
    "Would there be a study where an extra pair of hands for data collection would help? I can "
    "start this month.",
    "Could we speak for fifteen minutes about whether I might support your next project?",
]
DETAILS = [
    "I also helped write a case report on {topic} that was accepted as a poster this spring, "
    "and I am comfortable with R and REDCap.",
    "Before that I taught anatomy to first-year students for two years and ran our journal "
    "club, which is where I first read about {topic}.",
    "In my current role I keep a weekly list of new papers on {topic} for the team and present "
    "one of them each Friday.",
]
EVALUATION_SET = Path(__file__).parents[1] / "tests" / "outreach" / "evaluation.toml"
NAMES = ["Park", "Haddad", "Novak", "Okafor", "Lindqvist", "Shah", "Ortiz", "Baptiste", "Chen"]


def message(rng: random.Random) -> str:
    opening = rng.choice(OPENINGS).format(
        year=rng.randint(2018, 2026),
        topic=rng.choice(TOPICS),
        method=rng.choice(METHODS),
        meeting=rng.choice(MEETINGS),
        angle=rng.choice(ANGLES),
    )
    middle = rng.choice(MIDDLES).format(
        country=rng.choice(COUNTRIES), registry=rng.choice(REGISTRIES), n=rng.randint(80, 900)
    )
    detail = rng.choice(DETAILS).format(topic=rng.choice(TOPICS))
    return (
        f"Dear Dr. {rng.choice(NAMES)},\n\n{opening}\n\n{middle} {detail}\n\n"
        f"{rng.choice(ASKS)}\n\n"
        f"My CV is attached. Thank you for reading.\n\nKind regards,\n"
        f"Applicant {rng.randint(1, 9999)}\napplicant@example.org\n"
    )


def setup(data_dir: str) -> None:
    os.environ.setdefault("MATCHWISE_DATA_DIR", data_dir)
    sys.path.insert(0, str(Path(__file__).parents[1] / "src"))
    from matchwise.cli.base import start_django

    start_django()


def timings(run: Callable[[], object], runs: int) -> tuple[float, float]:
    run()  # warm regexes and caches
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[max(0, round(0.95 * len(samples)) - 1)]


def report(label: str, run: Callable[[], object], runs: int, goal_ms: float) -> None:
    median, p95 = timings(run, runs)
    verdict = "within" if p95 <= goal_ms else "OVER"
    print(f"  {label:<62} median {median:6.1f} ms   p95 {p95:6.1f} ms   ({verdict} {goal_ms:g} ms)")


def bench(sent_count: int, runs: int) -> None:
    from django.db import connection, transaction

    from matchwise.network.models import Contact
    from matchwise.outreach import checks, compose
    from matchwise.outreach.duplicates import SentText, nearest
    from matchwise.outreach.kinds import MessageKind
    from matchwise.outreach.models import Message

    rng = random.Random(11)
    draft = message(rng)
    print(f"Database: {connection.vendor}; the message: {len(draft)} characters")
    with transaction.atomic():
        people = Contact.objects.bulk_create(
            Contact(name=f"Person {i}", honorific="Dr.") for i in range(sent_count + 1)
        )
        corpus = [message(rng) for _ in range(sent_count)]
        Message.objects.bulk_create(
            Message(contact=person, kind="cold_email", body=text, state="sent")
            for person, text in zip(people[1:], corpus, strict=True)
        )
        sent = [SentText(f"Dr. Person {i}", text) for i, text in enumerate(corpus)]
        lengths = [len(text) for text in corpus]
        print(
            f"{sent_count:,} sent messages, {min(lengths)}–{max(lengths)} characters "
            f"(median {statistics.median(lengths):.0f})"
        )
        context = compose.context_for(people[0])
        kind = MessageKind.COLD_EMAIL
        report(
            "All checks on one message (pure, no sent messages)",
            lambda: checks.check(checks.Draft(kind, draft)),
            runs,
            20,
        )
        report(
            f"Near-duplicate check against {sent_count:,} sent (pure)",
            lambda: nearest(draft, sent),
            runs,
            200,
        )
        report(
            f"All checks through the service, {sent_count:,} sent in the database",
            lambda: compose.check_message(kind, draft, context=context),
            runs,
            200,
        )
        copy = corpus[sent_count // 2].replace("Dear Dr.", "Dear Prof.")
        found = nearest(copy, sent)
        assert found is not None, "a copy with another name must be found"
        report(
            f"Near-duplicate check, a copy among {sent_count:,} (pure)",
            lambda: nearest(copy, sent),
            runs,
            200,
        )
        # Keep nothing: with DATABASE_URL the rows went into a real database.
        transaction.set_rollback(True)


def judged(path: Path) -> None:
    from matchwise.outreach import evaluation

    score = evaluation.score(evaluation.load(path))
    print(
        f"About-them check on {path.name}: {score.right} of {len(score.verdicts)} judged right "
        f"({score.share_right:.0%}); specific messages blocked: {len(score.specific_blocked)}"
    )
    print(f"  {'kind':<28} {'label':<9} right")
    for (kind, label), (right, total) in score.by_group().items():
        print(f"  {kind.label:<28} {label:<9} {right:>2} of {total}")
    for verdict in score.verdicts:
        if not verdict.right:
            first = " ".join(verdict.message.body.split())[:70]
            print(f"  wrong ({verdict.message.label}): {first}…")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sent", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--set", type=Path, default=EVALUATION_SET, help="labelled messages")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="matchwise-bench-") as folder:
        setup(folder)
        judged(args.set)
        bench(args.sent, args.runs)


if __name__ == "__main__":
    main()
