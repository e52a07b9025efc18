"""Dates derived from the interactions and the cadence rules, stored on each contact.

Storing them lets the lists filter and sort in SQL on thousands of contacts. They are refreshed
after every change that can move them: an interaction or mentor role saved, a contact saved
(signals below); deletes and bulk writes call `refresh_dates` themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db.models import Exists, Max, OuterRef
from django.db.models.signals import post_save
from django.dispatch import receiver

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
    changed = []
    for contact in contacts.annotate(is_mentor=Exists(mentors)).only(
        "role",
        "cadence_ideal_days",
        "cadence_max_days",
        "created_at",
        "last_contacted",
        "keep_in_touch_on",
        "keep_in_touch_by",
    ):
        last = newest.get(contact.pk)
        window = keep_in_touch_window(
            role=contact.role,
            is_mentor=contact.is_mentor,
            ideal_days=contact.cadence_ideal_days,
            max_days=contact.cadence_max_days,
            created_on=clock.day_of(contact.created_at, zone),
            last_contacted=last,
        )
        if (contact.last_contacted, contact.keep_in_touch_on, contact.keep_in_touch_by) != (
            last,
            *window,
        ):
            contact.last_contacted = last
            contact.keep_in_touch_on, contact.keep_in_touch_by = window
            changed.append(contact)
    Contact.objects.bulk_update(
        changed, ["last_contacted", "keep_in_touch_on", "keep_in_touch_by"], batch_size=BATCH
    )
    if contact_ids is None or len(changed) > 1:
        forget_weeks()  # a bulk change (import, restore) may reach into any week
    return len(changed)


# Saves are caught here whatever code path makes them. Deletes are not: a cascade would refresh
# once per deleted row, so the services that delete call `refresh_dates` themselves.
@receiver(post_save, sender=Interaction)
def _interaction_saved(sender: type, instance: Interaction, **kwargs: Any) -> None:
    if kwargs.get("raw"):  # a restore loads rows as they were, then refreshes once
        return
    refresh_dates([instance.contact_id])
    # A new touch changes its own week and maybe whether a later touch was a reactivation;
    # an edited one may have moved from any earlier week.
    forget_weeks(since=instance.occurred_on if kwargs.get("created") else None)


@receiver(post_save, sender=MentorAssignment)
def _mentor_saved(sender: type, instance: MentorAssignment, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        refresh_dates([instance.contact_id])


def forget_weeks(since: date | None = None) -> None:
    """Drop the stored week counts from the week of `since` on (all of them when None)."""
    tallies = WeekTally.objects.all()
    if since is not None:
        tallies = tallies.filter(week_start__gte=rules.week_start(since))
    tallies.delete()


@receiver(post_save, sender=Contact)
def _contact_saved(sender: type, instance: Contact, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        refresh_dates([instance.pk])
