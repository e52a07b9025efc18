"""Reading the tracker: derived dates and states, filtered in SQL where lists need it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo

from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce, Least, TruncDate

from matchwise.network import clock, rules
from matchwise.network.choices import OPEN_STATES, Role
from matchwise.network.models import Contact, FollowUp, MentorAssignment


def open_follow_ups_of(contact: OuterRef) -> QuerySet[FollowUp]:
    return FollowUp.objects.filter(contact_id=contact, state__in=OPEN_STATES)


def created_on(zone: tzinfo | None = None) -> TruncDate:
    """The day a contact was added, in the user's time zone (as `clock.day_of` reckons it)."""
    return TruncDate("created_at", tzinfo=zone or clock.user_zone())


def with_dates(contacts: QuerySet[Contact], today: date) -> QuerySet[Contact]:
    """Annotate `next_follow_up` (the earliest open one), whether one is overdue today,
    `next_due` (the sooner of that and the keep-in-touch date), whether they mentor you and
    `created_on`."""
    open_ones = open_follow_ups_of(OuterRef("pk"))
    next_follow_up = Subquery(open_ones.order_by("due_on").values("due_on")[:1])
    return contacts.annotate(
        created_on=created_on(),
        next_follow_up=next_follow_up,
        next_due=Least(Coalesce(next_follow_up, "keep_in_touch_on"), "keep_in_touch_on"),
        follow_up_overdue=Exists(open_ones.filter(overdue_after__lt=today)),
        is_mentor=Exists(MentorAssignment.objects.filter(contact=OuterRef("pk"))),
    )


def dormant(today: date) -> Q:
    return Q(last_contacted__lte=rules.dormant_since(today))


def active(today: date) -> Q:
    return Q(last_contacted__isnull=True) | Q(last_contacted__gt=rules.dormant_since(today))


# The contacts list's follow-up filters; `with_dates` must have annotated the queryset.
def state_filter(state: str, today: date) -> Q:
    if state == "overdue":
        return Q(follow_up_overdue=True) | (active(today) & Q(keep_in_touch_by__lt=today))
    if state == "this_week":
        until = rules.week_ahead(today)
        return Q(next_follow_up__lte=until) | (active(today) & Q(keep_in_touch_on__lte=until))
    if state == "dormant":
        return dormant(today)
    return Q()


@dataclass(frozen=True)
class ContactStatus:
    """Everything derived about one contact's timing, for display."""

    last_contacted: date | None
    next_follow_up: date | None
    follow_up_overdue: bool
    cadence: rules.Cadence
    keep_in_touch_on: date
    keep_in_touch_by: date
    today: date

    @property
    def cadence_status(self) -> rules.CadenceStatus:
        return rules.window_status(self.keep_in_touch_on, self.keep_in_touch_by, self.today)

    @property
    def dormant(self) -> bool:
        return rules.is_dormant(self.last_contacted, self.today)

    @property
    def next_due(self) -> date:
        if self.next_follow_up is None:
            return self.keep_in_touch_on
        return min(self.next_follow_up, self.keep_in_touch_on)

    @property
    def next_due_urgency(self) -> rules.Urgency:
        """Where the next due date stands: overdue once a follow-up or the keep-in-touch
        window has run out (dormant contacts included), else due, coming up or later."""
        if self.follow_up_overdue or self.cadence_status is rules.CadenceStatus.OVERDUE:
            return rules.Urgency.OVERDUE
        # Nothing has run out, so as of today it is at most due.
        return rules.urgency(self.next_due, self.today, self.today)


def status_of(contact: Contact, today: date) -> ContactStatus:
    """Status of a contact that came through `with_dates`."""
    mentor: bool = contact.is_mentor  # type: ignore[attr-defined]
    cadence = rules.cadence_for(
        Role(contact.role),
        is_mentor=mentor,
        ideal_days=contact.cadence_ideal_days,
        max_days=contact.cadence_max_days,
    )
    since = contact.last_contacted or contact.created_on  # type: ignore[attr-defined]
    keep_on, keep_by = rules.cadence_window(since, cadence)
    return ContactStatus(
        last_contacted=contact.last_contacted,
        next_follow_up=contact.next_follow_up,  # type: ignore[attr-defined]
        follow_up_overdue=contact.follow_up_overdue,  # type: ignore[attr-defined]
        cadence=cadence,
        keep_in_touch_on=keep_on,
        keep_in_touch_by=keep_by,
        today=today,
    )


def contact_status(contact: Contact, today: date) -> ContactStatus:
    return status_of(with_dates(Contact.objects.filter(pk=contact.pk), today).get(), today)


def open_follow_ups(until: date | None = None) -> QuerySet[FollowUp]:
    """Open follow-ups with what a due list shows of their contact and interaction (no notes)."""
    follow_ups = (
        FollowUp.objects.filter(state__in=OPEN_STATES)
        .select_related("contact", "interaction")
        .only(
            "contact_id",
            "interaction_id",
            "rule",
            "due_on",
            "overdue_after",
            "contact__name",
            "contact__honorific",
            "interaction__occurred_on",
            "interaction__channel",
            "interaction__topic",
        )
    )
    if until is not None:
        follow_ups = follow_ups.filter(due_on__lte=until)
    return follow_ups.order_by("due_on", "id")
