"""The week counts are kept between visits (read back in one query) and never go stale: every
change to the interactions drops the weeks it may change, in its own transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from matchwise.network import derived, services, weekly_goals
from matchwise.network.choices import Channel, Direction
from matchwise.network.importing.linkedin import parse_linkedin
from matchwise.network.importing.service import commit
from matchwise.network.models import Contact, Interaction, Preferences, WeekTally

pytestmark = pytest.mark.django_db
TODAY = date(2026, 11, 26)  # a Thursday; the week began on Monday 23 Nov
MONDAY = date(2026, 11, 23)
Log = Callable[..., Interaction]


def counts(today: date = TODAY) -> tuple[list[int], int]:
    summary = weekly_goals.summary(today)
    return [goal.done for goal in summary.goals], summary.streak


@pytest.fixture
def targets() -> Preferences:
    return Preferences.objects.create(pk=1, reach_out_target=1, reactivate_target=0)


def test_it_reads_the_goals_and_the_streak_in_one_query_once_counted(
    make_contact: Callable[..., Contact],
    log: Log,
    targets: Preferences,
    django_assert_num_queries: Callable[[int], object],
) -> None:
    person = make_contact()
    for weeks_back in range(0, 30):
        log(person, MONDAY - timedelta(weeks=weeks_back), Channel.EMAIL)
    assert counts() == ([1, 0], 30)
    with django_assert_num_queries(1):  # type: ignore[attr-defined]
        summary = weekly_goals.summary(TODAY, targets)
    assert summary.streak == 30


def test_it_counts_a_touch_logged_after_the_week_was_kept(
    make_contact: Callable[..., Contact], log: Log, targets: Preferences
) -> None:
    first, second = make_contact("First"), make_contact("Second")
    log(first, MONDAY, Channel.EMAIL)
    assert counts() == ([1, 0], 1)
    log(second, MONDAY + timedelta(days=1), Channel.EMAIL)
    assert counts() == ([2, 0], 1)


def test_it_counts_a_week_again_when_a_touch_is_dated_into_it(
    make_contact: Callable[..., Contact], log: Log, targets: Preferences
) -> None:
    person = make_contact()
    log(person, MONDAY - timedelta(weeks=1), Channel.EMAIL)
    log(person, MONDAY - timedelta(weeks=3), Channel.EMAIL)
    assert counts() == ([0, 0], 1)  # two weeks ago was missed
    log(person, MONDAY - timedelta(weeks=2), Channel.LINKEDIN)
    assert counts() == ([0, 0], 3)


def test_it_counts_a_week_again_when_a_touch_is_deleted(
    make_contact: Callable[..., Contact], log: Log, targets: Preferences
) -> None:
    person = make_contact()
    touches = [log(person, MONDAY - timedelta(weeks=w), Channel.EMAIL) for w in range(0, 4)]
    assert counts() == ([1, 0], 4)
    services.delete_interaction(touches[2])
    assert counts() == ([1, 0], 2)


def test_it_forgets_a_deleted_contacts_touches(
    make_contact: Callable[..., Contact], log: Log, targets: Preferences
) -> None:
    kept, deleted = make_contact("Kept"), make_contact("Deleted")
    log(kept, MONDAY, Channel.EMAIL)
    for weeks_back in range(1, 4):
        log(deleted, MONDAY - timedelta(weeks=weeks_back), Channel.EMAIL)
    assert counts() == ([1, 0], 4)
    services.delete_contact(deleted)
    assert counts() == ([1, 0], 1)


def test_it_counts_again_when_imported_history_ends_a_quiet_spell(
    make_contact: Callable[..., Contact], log: Log
) -> None:
    """A touch after 90 quiet days reactivates; a connection date imported later, inside those
    90 days, means the contact was not quiet after all."""
    amara = make_contact(linkedin_url="https://www.linkedin.com/in/amara-okafor-md")
    log(amara, MONDAY - timedelta(days=200), Channel.CALL, Direction.INBOUND)
    log(amara, MONDAY + timedelta(days=1), Channel.EMAIL)
    assert counts()[0] == [1, 1]
    connected = MONDAY - timedelta(days=30)
    export = (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        f"Amara,Okafor,https://www.linkedin.com/in/amara-okafor-md,,,,{connected:%d %b %Y}\n"
    )
    commit(parse_linkedin("Connections.csv", export.encode()))
    assert Interaction.objects.filter(contact=amara, imported=True).count() == 1
    assert counts()[0] == [1, 0]


def test_it_keeps_the_counted_weeks_when_only_rhythms_change(
    make_contact: Callable[..., Contact], log: Log, targets: Preferences
) -> None:
    """A rotation's end moves its people's keep-in-touch rhythm: no touch changes, so no week
    needs counting again."""
    people = [make_contact(f"Person {i}") for i in range(3)]
    for person in people:
        log(person, MONDAY - timedelta(weeks=1), Channel.EMAIL)
    counts()
    kept = WeekTally.objects.count()
    Contact.objects.filter(pk__in=[p.pk for p in people]).update(cadence_ideal_days=7)
    assert derived.refresh_dates([p.pk for p in people]) == 3
    assert WeekTally.objects.count() == kept


def test_it_stores_a_count_and_forgets_weeks_in_turn_with_writers(
    make_contact: Callable[..., Contact], log: Log, targets: Preferences
) -> None:
    """Counting and storing a week is one transaction holding the weeks' lock (PostgreSQL's
    advisory lock; SQLite's one write lock), and so is a writer's forgetting: a count made
    before a touch was written cannot be stored after the writer forgot the week."""
    person = make_contact()
    with CaptureQueriesContext(connection) as counting:
        weekly_goals.summary(TODAY, targets)
    with CaptureQueriesContext(connection) as writing:
        log(person, MONDAY, Channel.EMAIL)
    steps = [q["sql"] for q in counting.captured_queries]
    count = next(i for i, sql in enumerate(steps) if "network_interaction" in sql)
    store = next(i for i, sql in enumerate(steps) if sql.startswith("INSERT"))
    begin = max(i for i, sql in enumerate(steps[:count]) if sql.startswith("SAVEPOINT"))
    assert any(sql.startswith("RELEASE SAVEPOINT") for sql in steps[store:])
    forget = next(
        i
        for i, q in enumerate(writing.captured_queries)
        if q["sql"].startswith('DELETE FROM "network_weektally"')
    )
    if connection.vendor == "postgresql":
        assert any("pg_advisory_xact_lock" in sql for sql in steps[begin:count])
        before = [q["sql"] for q in writing.captured_queries[:forget]]
        assert "pg_advisory_xact_lock" in before[-1]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="reads SQLite's query plan")
def test_it_finds_a_weeks_outreach_by_its_own_index() -> None:
    """Counting a week reads the outbound, not imported touches of those days from a partial
    index, not every interaction of the days (a recount after an import reads them all)."""
    with CaptureQueriesContext(connection) as counting:
        weekly_goals.count_weeks(MONDAY, MONDAY)
    (query,) = counting.captured_queries
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + query["sql"])
        plan = " ".join(str(row) for row in cursor.fetchall())
    assert "interaction_reach_out_idx" in plan
