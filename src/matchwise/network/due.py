"""What needs doing now: open follow-ups and keep-in-touch dates, with their reasons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo

from django.db.models import Exists, OuterRef, QuerySet

from matchwise.network import queries, rules, wording
from matchwise.network.choices import Channel, FollowUpRule
from matchwise.network.models import Contact

URGENCY_ORDER = {
    rules.Urgency.OVERDUE: 0,
    rules.Urgency.DUE: 1,
    rules.Urgency.THIS_WEEK: 2,
    rules.Urgency.LATER: 3,
}


@dataclass(frozen=True)
class DueItem:
    kind: str  # "follow_up" or "keep_in_touch"
    contact_id: int
    contact_name: str
    urgency: rules.Urgency
    due_on: date
    reason: str
    follow_up_id: int | None = None

    @property
    def due_text(self) -> str:
        return wording.short_date(self.due_on)

    def as_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "contact_id": self.contact_id,
            "contact": self.contact_name,
            "state": self.urgency.value,
            "due_on": self.due_on.isoformat(),
            "reason": self.reason,
            "follow_up_id": self.follow_up_id,
        }


def _order(item: DueItem) -> tuple[int, date, str]:
    return URGENCY_ORDER[item.urgency], item.due_on, item.contact_name


def follow_up_items(
    today: date, *, within_week: bool = True, contact: Contact | None = None
) -> list[DueItem]:
    """Open follow-ups (by default those due within the coming week), overdue ones first."""
    items = []
    follow_ups = queries.open_follow_ups(until=rules.week_ahead(today) if within_week else None)
    if contact is not None:
        follow_ups = follow_ups.filter(contact=contact)
    for follow_up in follow_ups:
        touch = follow_up.interaction
        items.append(
            DueItem(
                kind="follow_up",
                contact_id=follow_up.contact_id,
                contact_name=follow_up.contact.display_name,
                urgency=rules.urgency(follow_up.due_on, follow_up.overdue_after, today),
                due_on=follow_up.due_on,
                reason=wording.follow_up_reason(
                    FollowUpRule(follow_up.rule),
                    overdue_after=follow_up.overdue_after,
                    touched_on=touch.occurred_on if touch else None,
                    channel=Channel(touch.channel) if touch else None,
                    topic=touch.topic if touch else "",
                ),
                follow_up_id=follow_up.pk,
            )
        )
    return sorted(items, key=_order)


def _without_open_follow_up(zone: tzinfo | None) -> QuerySet[Contact]:
    """Contacts with an open follow-up are already listed through it."""
    return (
        Contact.objects.filter(~Exists(queries.open_follow_ups_of(OuterRef("pk"))))
        .only(
            "name",
            "honorific",
            "institution",
            "last_contacted",
            "keep_in_touch_on",
            "keep_in_touch_by",
        )
        .annotate(created_on=queries.created_on(zone))
    )


def keep_in_touch_due(today: date, zone: tzinfo | None = None) -> QuerySet[Contact]:
    """Active contacts whose keep-in-touch date has come, the longest waiting first (`zone`:
    the user's, when the caller has it)."""
    return (
        _without_open_follow_up(zone)
        .filter(queries.active(today), keep_in_touch_on__lte=today)
        .order_by("keep_in_touch_on", "name", "pk")
    )


def keep_in_touch_item(contact: Contact, today: date) -> DueItem:
    assert contact.keep_in_touch_on is not None and contact.keep_in_touch_by is not None
    status = rules.window_status(contact.keep_in_touch_on, contact.keep_in_touch_by, today)
    since = contact.last_contacted or contact.created_on  # type: ignore[attr-defined]
    return DueItem(
        kind="keep_in_touch",
        contact_id=contact.pk,
        contact_name=contact.display_name,
        urgency=rules.Urgency.OVERDUE
        if status is rules.CadenceStatus.OVERDUE
        else rules.Urgency.DUE,
        due_on=contact.keep_in_touch_on,
        reason=wording.keep_in_touch_reason(
            status, contact.last_contacted, (contact.keep_in_touch_on - since).days
        ),
    )


def dormant_contacts(today: date, zone: tzinfo | None = None) -> QuerySet[Contact]:
    """Worth reactivating: quiet for 90+ days, most recently active first."""
    return (
        _without_open_follow_up(zone)
        .filter(queries.dormant(today))
        .order_by("-last_contacted", "name", "pk")
    )


def all_due(today: date) -> list[DueItem]:
    """Everything overdue or due this week, for `matchwise due`."""
    keep = [keep_in_touch_item(c, today) for c in keep_in_touch_due(today)]
    return sorted(follow_up_items(today) + keep, key=_order)
