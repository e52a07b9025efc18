"""Reading the tracker: derived dates and states, computed when asked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Exists, OuterRef, QuerySet, Subquery

from matchwise.network import rules
from matchwise.network.choices import FollowUpState, Role
from matchwise.network.models import Contact, FollowUp, Interaction, MentorAssignment

OPEN_STATES = (FollowUpState.OPEN, FollowUpState.SNOOZED)


def with_dates(contacts: QuerySet[Contact], today: date) -> QuerySet[Contact]:
    """Annotate `last_contacted`, `next_follow_up` (earliest open follow-up), whether a
    follow-up is overdue today, and whether the contact is a mentor."""
    newest = Interaction.objects.filter(contact=OuterRef("pk")).order_by("-occurred_on")
    open_ones = FollowUp.objects.filter(contact=OuterRef("pk"), state__in=OPEN_STATES)
    return contacts.annotate(
        last_contacted=Subquery(newest.values("occurred_on")[:1]),
        next_follow_up=Subquery(open_ones.order_by("due_on").values("due_on")[:1]),
        follow_up_overdue=Exists(open_ones.filter(overdue_after__lt=today)),
        is_mentor=Exists(MentorAssignment.objects.filter(contact=OuterRef("pk"))),
    )


@dataclass(frozen=True)
class ContactStatus:
    """Everything derived about one contact's timing."""

    contact_id: int
    last_contacted: date | None
    next_follow_up: date | None
    cadence: rules.Cadence
    cadence_status: rules.CadenceStatus
    cadence_due_on: date
    cadence_overdue_after: date
    dormant: bool
    follow_up_overdue: bool

    @property
    def is_overdue(self) -> bool:
        active = not self.dormant and self.cadence_status is rules.CadenceStatus.OVERDUE
        return self.follow_up_overdue or active

    def is_due_within(self, until: date) -> bool:
        if self.next_follow_up is not None and self.next_follow_up <= until:
            return True
        return not self.dormant and self.cadence_status is not rules.CadenceStatus.FINE

    def matches(self, state: str, today: date) -> bool:
        """The contacts list's follow-up filter: overdue, this_week or dormant."""
        if state == "overdue":
            return self.is_overdue
        if state == "this_week":
            return self.is_due_within(week_ahead(today))
        if state == "dormant":
            return self.dormant
        return True

    @property
    def next_due(self) -> date:
        """The sooner of the next open follow-up and the keep-in-touch date."""
        if self.next_follow_up is None:
            return self.cadence_due_on
        return min(self.next_follow_up, self.cadence_due_on)


def status_of(
    *,
    contact_id: int,
    role: str,
    is_mentor: bool,
    cadence_ideal_days: int | None,
    cadence_max_days: int | None,
    created_on: date,
    last_contacted: date | None,
    next_follow_up: date | None,
    follow_up_overdue: bool,
    today: date,
) -> ContactStatus:
    cadence = rules.cadence_for(
        Role(role), is_mentor=is_mentor, ideal_days=cadence_ideal_days, max_days=cadence_max_days
    )
    since = last_contacted or created_on
    due_on, overdue_after = rules.cadence_window(since, cadence)
    return ContactStatus(
        contact_id=contact_id,
        last_contacted=last_contacted,
        next_follow_up=next_follow_up,
        cadence=cadence,
        cadence_status=rules.cadence_status(since, today, cadence),
        cadence_due_on=due_on,
        cadence_overdue_after=overdue_after,
        dormant=rules.is_dormant(since, today),
        follow_up_overdue=follow_up_overdue,
    )


def status_of_annotated(contact: Contact, today: date) -> ContactStatus:
    """Status of a contact that came through `with_dates`."""
    return status_of(
        contact_id=contact.pk,
        role=contact.role,
        is_mentor=contact.is_mentor,  # type: ignore[attr-defined]
        cadence_ideal_days=contact.cadence_ideal_days,
        cadence_max_days=contact.cadence_max_days,
        created_on=contact.created_at.date(),
        last_contacted=contact.last_contacted,  # type: ignore[attr-defined]
        next_follow_up=contact.next_follow_up,  # type: ignore[attr-defined]
        follow_up_overdue=contact.follow_up_overdue,  # type: ignore[attr-defined]
        today=today,
    )


def statuses(contacts: QuerySet[Contact], today: date) -> dict[int, ContactStatus]:
    """Status of every contact in `contacts`, in one query."""
    # The annotations are unknown to the type plugin, hence the ignore.
    rows = with_dates(contacts, today).values_list(  # type: ignore[misc]
        "pk",
        "role",
        "is_mentor",
        "cadence_ideal_days",
        "cadence_max_days",
        "created_at",
        "last_contacted",
        "next_follow_up",
        "follow_up_overdue",
    )
    return {
        pk: status_of(
            contact_id=pk,
            role=role,
            is_mentor=mentor,
            cadence_ideal_days=ideal,
            cadence_max_days=maximum,
            created_on=created.date(),
            last_contacted=last,
            next_follow_up=follow_up,
            follow_up_overdue=overdue,
            today=today,
        )
        for pk, role, mentor, ideal, maximum, created, last, follow_up, overdue in rows.order_by()
    }


def contact_status(contact: Contact, today: date) -> ContactStatus:
    return statuses(Contact.objects.filter(pk=contact.pk), today)[contact.pk]


def open_follow_ups(until: date | None = None) -> QuerySet[FollowUp]:
    follow_ups = FollowUp.objects.filter(state__in=OPEN_STATES).select_related(
        "contact", "interaction"
    )
    if until is not None:
        follow_ups = follow_ups.filter(due_on__lte=until)
    return follow_ups.order_by("due_on", "id")


def week_ahead(today: date) -> date:
    return today + timedelta(days=6)
