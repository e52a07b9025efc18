"""Changes to the tracker, each in one transaction; views, API, CLI and the other apps call
these. Each one keeps what is derived from what it changed: a contact's stored dates
(`derived.refresh_dates`) and the weekly counts (`derived.forget_weeks`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from django.db import transaction

from matchwise.network import rules
from matchwise.network.choices import OPEN_STATES, Channel, Direction, FollowUpRule, FollowUpState
from matchwise.network.derived import forget_weeks, refresh_dates
from matchwise.network.models import Contact, FollowUp, Interaction, Preferences

DERIVED_DATES = ["last_contacted", "keep_in_touch_on", "keep_in_touch_by"]


class ContactEdit(Protocol):
    """A checked contact form: saving it stores the contact and its tags."""

    def save(self, commit: bool = True) -> Contact: ...


@transaction.atomic
def save_contact_form(edit: ContactEdit) -> Contact:
    """Store a new or changed contact from its form, with its tags; then its dates."""
    contact = edit.save()
    refresh_dates([contact.pk])
    contact.refresh_from_db(fields=DERIVED_DATES)
    return contact


@transaction.atomic
def save_contact(contact: Contact) -> Contact:
    """Store a new or changed contact (made by a conference, a rotation, a change of rhythm);
    its role and rhythm move its stored dates."""
    contact.save()
    refresh_dates([contact.pk])
    contact.refresh_from_db(fields=DERIVED_DATES)
    return contact


@transaction.atomic
def delete_contact(contact: Contact) -> None:
    """The contact, their history and follow-ups; the weekly counts they were part of (from
    the week of their first touch on: a contact only ever counts in their own touches' weeks)."""
    first = contact.interactions.order_by("occurred_on").values_list("occurred_on", flat=True)
    since = first.first()
    contact.delete()
    if since is not None:
        forget_weeks(since=since)


@dataclass(frozen=True)
class NewInteraction:
    occurred_on: date
    channel: Channel
    direction: Direction
    topic: str
    notes: str = ""
    reply_received: bool = False


@transaction.atomic
def log_interaction(
    contact: Contact, new: NewInteraction, *, plan_follow_up: bool = True
) -> Interaction:
    """Store an interaction and apply the follow-up rules to it.

    An outbound touch or an answer from them settles the follow-ups that were waiting for it;
    then the new touch may open one of its own (meeting in person, or a message awaiting reply).
    Importers pass `plan_follow_up=False` for history such as LinkedIn connection dates.
    """
    interaction = Interaction.objects.create(
        contact=contact,
        occurred_on=new.occurred_on,
        channel=new.channel,
        direction=new.direction,
        topic=new.topic,
        notes=new.notes,
        reply_received=new.reply_received,
    )
    refresh_dates([contact.pk])
    # The touch counts in its own week and may make a later touch a reactivation.
    forget_weeks(since=new.occurred_on)
    if not plan_follow_up:
        return interaction
    settled = FollowUp.objects.filter(
        contact=contact, state__in=OPEN_STATES, interaction__occurred_on__lte=new.occurred_on
    )
    if new.direction is Direction.INBOUND:
        settled.filter(rule=FollowUpRule.NO_REPLY).update(
            state=FollowUpState.DONE, closed_on=new.occurred_on
        )
        _mark_replied(contact, new.occurred_on)
    else:
        settled.update(state=FollowUpState.DONE, closed_on=new.occurred_on)
    plan = rules.plan_follow_up(
        rules.Touch(new.occurred_on, new.channel, new.direction, new.reply_received),
        nudged_since_last_reply=_nudged_since_last_reply(contact, interaction),
        no_reply_days=Preferences.load().no_reply_days,
    )
    if plan is not None:
        FollowUp.objects.create(
            contact=contact,
            interaction=interaction,
            rule=plan.rule,
            due_on=plan.due_on,
            overdue_after=plan.overdue_after,
        )
    return interaction


def _mark_replied(contact: Contact, on: date) -> None:
    contact.interactions.filter(
        direction=Direction.OUTBOUND, reply_received=False, occurred_on__lte=on
    ).update(reply_received=True)


def _nudged_since_last_reply(contact: Contact, current: Interaction) -> bool:
    last_reply = (
        contact.interactions.exclude(pk=current.pk)
        .filter(direction=Direction.INBOUND)
        .order_by("-occurred_on")
        .values_list("occurred_on", flat=True)
        .first()
    )
    nudges = FollowUp.objects.filter(contact=contact, rule=FollowUpRule.NO_REPLY)
    if last_reply is not None:
        nudges = nudges.filter(interaction__occurred_on__gte=last_reply)
    return nudges.exists()


@transaction.atomic
def record_reply(interaction: Interaction, today: date) -> None:
    """They answered a message: no nudge is needed for it any more (closed `today`)."""
    interaction.reply_received = True
    interaction.save(update_fields=["reply_received"])
    interaction.follow_ups.filter(rule=FollowUpRule.NO_REPLY, state__in=OPEN_STATES).update(
        state=FollowUpState.DONE, closed_on=today
    )


@transaction.atomic
def delete_interaction(interaction: Interaction) -> None:
    contact_id, on = interaction.contact_id, interaction.occurred_on
    interaction.delete()
    refresh_dates([contact_id])
    forget_weeks(since=on)


def add_manual_follow_up(contact: Contact, due_on: date) -> FollowUp:
    plan = rules.manual_plan(due_on)
    return FollowUp.objects.create(
        contact=contact, rule=plan.rule, due_on=plan.due_on, overdue_after=plan.overdue_after
    )


class NoOpenFollowUpError(LookupError):
    def __init__(self, follow_up_id: int) -> None:
        self.message = f"no open follow-up with id {follow_up_id}"
        super().__init__(self.message)


def open_follow_up(follow_up_id: int) -> FollowUp:
    """A follow-up that can still be done, snoozed or dismissed (open or snoozed)."""
    found = FollowUp.objects.filter(pk=follow_up_id, state__in=OPEN_STATES).first()
    if found is None:
        raise NoOpenFollowUpError(follow_up_id)
    return found


def complete_follow_up(follow_up: FollowUp, today: date) -> None:
    follow_up.state = FollowUpState.DONE
    follow_up.closed_on = today
    follow_up.save(update_fields=["state", "closed_on"])


def dismiss_follow_up(follow_up: FollowUp, today: date) -> None:
    follow_up.state = FollowUpState.DISMISSED
    follow_up.closed_on = today
    follow_up.save(update_fields=["state", "closed_on"])


def snooze_follow_up(follow_up: FollowUp, until: date) -> None:
    """Move the follow-up to a later date; it keeps its grace period and stays open."""
    follow_up.due_on, follow_up.overdue_after = rules.snoozed_window(
        follow_up.due_on, follow_up.overdue_after, until
    )
    follow_up.state = FollowUpState.SNOOZED
    follow_up.snoozed_until = until
    follow_up.save(update_fields=["state", "snoozed_until", "due_on", "overdue_after"])
