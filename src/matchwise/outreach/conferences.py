"""Conferences: the plan before, and the people met after."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import transaction

from matchwise.network import services
from matchwise.network.choices import Channel, Direction, FollowUpRule, Role, Source
from matchwise.network.models import Contact, FollowUp, Interaction
from matchwise.outreach.models import Conference, ConferenceTarget


@dataclass(frozen=True)
class Met:
    """One person met: an existing contact, or the details of a new one."""

    topic: str
    contact: Contact | None = None
    name: str = ""
    honorific: str = ""
    role: Role = Role.OTHER
    institution: str = ""
    email: str = ""


def meeting_day(conference: Conference, today: date) -> date:
    """Today while the conference runs; its last day once it is over; its first day before."""
    return min(max(today, conference.starts_on), conference.ends_on)


@transaction.atomic
def record_met(conference: Conference, people: list[Met], on: date) -> list[Interaction]:
    """Create the new contacts and log each meeting in person, so that each gets the
    tracker's 48–72 hour follow-up. Planned targets for these people are ticked as met."""
    logged = []
    for person in people:
        contact = person.contact or services.save_contact(
            Contact(
                name=person.name,
                honorific=person.honorific,
                role=person.role,
                institution=person.institution,
                email=person.email,
                source=Source.CONFERENCE,
            )
        )
        topic = person.topic.strip() or f"Met at {conference.name}"
        logged.append(
            services.log_interaction(
                contact,
                services.NewInteraction(on, Channel.CONFERENCE, Direction.OUTBOUND, topic[:200]),
            )
        )
        planned = conference.targets.filter(contact=contact, met=False)
        if not planned.update(met=True):
            ConferenceTarget.objects.create(
                conference=conference, kind=ConferenceTarget.Kind.PERSON, contact=contact, met=True
            )
    return logged


def meeting_follow_ups(conference: Conference, contact_ids: list[int]) -> list[FollowUp]:
    """The "met in person" follow-ups planned for meetings at this conference, oldest first."""
    return list(
        FollowUp.objects.filter(
            contact_id__in=contact_ids,
            rule=FollowUpRule.MET_IN_PERSON,
            interaction__channel=Channel.CONFERENCE,
            interaction__occurred_on__gte=conference.starts_on,
        ).order_by("due_on", "id")
    )


def add_person_target(
    conference: Conference, target: ConferenceTarget, *, new_name: str = "", role: Role = Role.OTHER
) -> ConferenceTarget:
    """A person to meet: an existing contact, or a new contact made from the name."""
    if target.contact is None and new_name.strip():
        target.contact = services.save_contact(
            Contact(name=new_name.strip(), role=role, source=Source.CONFERENCE)
        )
    target.conference = conference
    target.kind = ConferenceTarget.Kind.PERSON
    target.save()
    return target
