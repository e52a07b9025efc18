"""Dates derived from the interactions and the cadence rules, stored on each contact.

Storing them lets the lists filter and sort in SQL on thousands of contacts. Nothing refreshes
them behind the caller's back: the services that change what they come from (an interaction
logged or deleted, a contact added or edited, a mentor role, a rhythm, an import, a restore)
call `refresh_dates` for the contacts they touched. `set_dates` is the rule itself, also used
by the import for contacts it has not written yet.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, tzinfo

from django.db import connection
from django.db.models import Exists, Max, OuterRef

from matchwise.network import clock, rules
from matchwise.network.choices import Role
from matchwise.network.models import Contact, Interaction, MentorAssignment, WeekTally

BATCH = 500


def keep_in_touch_window(
    *,
    role: str,
    is_mentor: bool,
    ideal_days: int | None,
    max_days: int | None,
    created_on: date,
    last_contacted: date | None,
) -> tuple[date, date]:
    cadence = rules.cadence_for(
        Role(role), is_mentor=is_mentor, ideal_days=ideal_days, max_days=max_days
    )
    return rules.cadence_window(last_contacted or created_on, cadence)


def set_dates(contact: Contact, newest: date | None, *, is_mentor: bool, zone: tzinfo) -> bool:
    """Set the contact's stored dates from its newest interaction; whether any of them moved.

    Without interactions, the keep-in-touch window counts from the day the contact was added,
    in the user's zone."""
    window = keep_in_touch_window(
        role=contact.role,
        is_mentor=is_mentor,
        ideal_days=contact.cadence_ideal_days,
        max_days=contact.cadence_max_days,
        created_on=clock.day_of(contact.created_at, zone),
        last_contacted=newest,
    )
    stored = (contact.last_contacted, contact.keep_in_touch_on, contact.keep_in_touch_by)
    if stored == (newest, *window):
        return False
    contact.last_contacted = newest
    contact.keep_in_touch_on, contact.keep_in_touch_by = window
    return True


def refresh_dates(contact_ids: Iterable[int] | None = None) -> int:
    """Recompute the stored dates of these contacts (all when None); returns how many changed."""
    contacts = Contact.objects.all()
    if contact_ids is not None:
        ids = list(set(contact_ids))
        if not ids:
            return 0
        contacts = contacts.filter(pk__in=ids) if len(ids) <= BATCH else contacts
    newest = dict(
        Interaction.objects.filter(contact__in=contacts)
        .values("contact_id")
        .annotate(newest=Max("occurred_on"))
        .values_list("contact_id", "newest")
        .order_by()
    )
    mentors = MentorAssignment.objects.filter(contact=OuterRef("pk"))
    zone = clock.user_zone()
    changed = [
        contact
        for contact in contacts.annotate(is_mentor=Exists(mentors)).only(
            "role",
            "cadence_ideal_days",
            "cadence_max_days",
            "created_at",
            "last_contacted",
            "keep_in_touch_on",
            "keep_in_touch_by",
        )
        if set_dates(contact, newest.get(contact.pk), is_mentor=contact.is_mentor, zone=zone)
    ]
    Contact.objects.bulk_update(
        changed, ["last_contacted", "keep_in_touch_on", "keep_in_touch_by"], batch_size=BATCH
    )
    if contact_ids is None:
        forget_weeks()  # a restore may reach into any week
    return len(changed)


# Any number, the same for every program using the database: the lock below takes it.
WEEKS_LOCK = 7_190_315


def lock_weeks() -> None:
    """Within a transaction: wait for, then hold until its end, the right to change the kept
    week counts. A writer's `forget_weeks` and the counting that stores a week take it in turn,
    so a week counted before a touch was written is never stored after the writer forgot it.
    SQLite needs nothing: every transaction there holds the database's one write lock."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [WEEKS_LOCK])


def forget_weeks(since: date | None = None) -> None:
    """Drop the stored week counts from the week of `since` on (all of them when None).

    Whoever adds, changes or deletes interactions calls this, in the same transaction, with
    the earliest date it touched: a touch counts in its own week and may make a later touch
    of the same contact a reactivation or not."""
    lock_weeks()
    tallies = WeekTally.objects.all()
    if since is not None:
        tallies = tallies.filter(week_start__gte=rules.week_start(since))
    tallies.delete()
