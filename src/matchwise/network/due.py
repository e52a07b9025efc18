"""What needs doing now: open follow-ups and keep-in-touch dates, with their reasons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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


@dataclass(frozen=True)
class DueList:
    follow_ups: list[DueItem]
    keep_in_touch: list[DueItem]
    dormant: list[tuple[Contact, queries.ContactStatus]]

    @property
    def all_items(self) -> list[DueItem]:
        return sorted(self.follow_ups + self.keep_in_touch, key=_order)


def _order(item: DueItem) -> tuple[int, date, str]:
    return URGENCY_ORDER[item.urgency], item.due_on, item.contact_name


def follow_up_items(today: date) -> list[DueItem]:
    items = []
    for follow_up in queries.open_follow_ups(until=queries.week_ahead(today)):
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


def due_list(today: date, *, dormant_limit: int | None = None) -> DueList:
    """Follow-ups due within a week, contacts whose keep-in-touch date has come, and the
    dormant contacts worth reactivating (most recently active first)."""
    follow_ups = follow_up_items(today)
    statuses = queries.statuses(Contact.objects.all(), today)
    waiting = {
        status.contact_id
        for status in statuses.values()
        if status.next_follow_up is not None
        or (not status.dormant and status.cadence_status is not rules.CadenceStatus.FINE)
    }
    dormant_ids = sorted(
        (s for s in statuses.values() if s.dormant and s.next_follow_up is None),
        key=lambda s: s.last_contacted or date.min,
        reverse=True,
    )
    if dormant_limit is not None:
        dormant_ids = dormant_ids[:dormant_limit]
    names = Contact.objects.in_bulk(
        list(waiting) + [s.contact_id for s in dormant_ids], field_name="pk"
    )
    keep_in_touch = []
    for contact_id in waiting:
        status = statuses[contact_id]
        if status.next_follow_up is not None:
            continue  # an open follow-up already asks for a touch
        overdue = status.cadence_status is rules.CadenceStatus.OVERDUE
        keep_in_touch.append(
            DueItem(
                kind="keep_in_touch",
                contact_id=contact_id,
                contact_name=names[contact_id].display_name,
                urgency=rules.Urgency.OVERDUE if overdue else rules.Urgency.DUE,
                due_on=status.cadence_due_on,
                reason=wording.keep_in_touch_reason(
                    status.cadence_status, status.last_contacted, status.cadence.ideal_days
                ),
            )
        )
    keep_in_touch.sort(key=_order)
    dormant = [(names[s.contact_id], s) for s in dormant_ids]
    return DueList(follow_ups, keep_in_touch, dormant)
