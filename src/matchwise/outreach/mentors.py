"""The mentor team and the advice log."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet

from matchwise.network import queries
from matchwise.network.choices import MENTOR_ROLE_LABELS, MentorRole
from matchwise.network.derived import refresh_dates
from matchwise.network.models import Contact, MentorAssignment
from matchwise.outreach.models import Advice


@dataclass(frozen=True)
class Mentor:
    contact: Contact
    roles: list[MentorRole]
    status: queries.ContactStatus
    advice: list[Advice]


@dataclass(frozen=True)
class Team:
    mentors: list[Mentor]
    by_role: dict[MentorRole, list[Contact]]

    @property
    def empty_roles(self) -> list[MentorRole]:
        return [role for role, people in self.by_role.items() if not people]

    @property
    def empty_role_labels(self) -> list[str]:
        return [MENTOR_ROLE_LABELS[role].lower() for role in self.empty_roles]

    @property
    def role_labels(self) -> list[tuple[MentorRole, str, list[Contact]]]:
        return [(role, MENTOR_ROLE_LABELS[role], people) for role, people in self.by_role.items()]


def team(today: date) -> Team:
    """Everyone holding a mentor role, with when you last and next talk (mentors keep the
    monthly cadence of the tracker's rules), and the roles nobody holds yet."""
    holds_a_role = Exists(MentorAssignment.objects.filter(contact=OuterRef("pk")))
    contacts = queries.with_dates(Contact.objects.filter(holds_a_role), today)
    contacts = contacts.prefetch_related("mentor_roles")
    advice: dict[int, list[Advice]] = defaultdict(list)
    for item in Advice.objects.filter(contact__in=contacts).order_by("-received_on", "-id"):
        advice[item.contact_id].append(item)
    mentors = []
    by_role: dict[MentorRole, list[Contact]] = {role: [] for role in MentorRole}
    for contact in contacts:
        roles = sorted(
            (MentorRole(a.role) for a in contact.mentor_roles.all()),
            key=list(MentorRole).index,
        )
        for role in roles:
            by_role[role].append(contact)
        status = queries.status_of(contact, today)
        mentors.append(Mentor(contact, roles, status, advice[contact.pk]))
    return Team(mentors, by_role)


def mentor_count() -> int:
    return Contact.objects.filter(mentor_roles__isnull=False).distinct().count()


@transaction.atomic
def assign_role(contact: Contact, role: MentorRole) -> MentorAssignment:
    """The role moves the contact onto the mentors' cadence: their dates are refreshed."""
    assignment, _ = MentorAssignment.objects.get_or_create(contact=contact, role=role)
    refresh_dates([contact.pk])
    return assignment


@transaction.atomic
def remove_role(contact: Contact, role: MentorRole) -> None:
    MentorAssignment.objects.filter(contact=contact, role=role).delete()
    refresh_dates([contact.pk])  # the cadence may change back


def add_advice(contact: Contact, suggestion: str, received_on: date) -> Advice:
    return Advice.objects.create(contact=contact, suggestion=suggestion, received_on=received_on)


def record_action(advice: Advice, action: str, on: date) -> Advice:
    advice.action, advice.acted_on = action, on
    advice.save(update_fields=["action", "acted_on"])
    return advice


def record_reported(advice: Advice, on: date) -> Advice:
    advice.reported_on = on
    advice.save(update_fields=["reported_on"])
    return advice


def advice_to_report() -> QuerySet[Advice]:
    """Advice acted on that the mentor has not heard about yet, oldest action first."""
    return (
        Advice.objects.filter(acted_on__isnull=False, reported_on__isnull=True)
        .select_related("contact")
        .order_by("acted_on", "id")
    )
