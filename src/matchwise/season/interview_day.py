"""Interview day and the network: whom you already know at the program before it, and the
people you met there after it, as contacts with thank-you follow-ups.

The thank-you window is the tracker's own in-person rule (`network.rules.plan_follow_up`),
applied to the interview day whether it was held in person or on video: a thank-you is due
within 48 hours and overdue after 72.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from django.db import transaction

from matchwise.network import rules
from matchwise.network import services as tracker
from matchwise.network.choices import Channel, Direction, Role, Source
from matchwise.network.derived import refresh_dates
from matchwise.network.models import Contact, FollowUp, Interaction
from matchwise.outreach.models import Message
from matchwise.programs.institutions import (
    distinctive_words,
    institution_key,
    same_institution,
)
from matchwise.season.models import Application
from matchwise.season.vocabulary import InterviewMode

SHOWN_INTERACTIONS = 5
SHOWN_MESSAGES = 10


def place_of(application: Application) -> str:
    return application.institution or application.name


@lru_cache(maxsize=8192)
def words_of(institution: str) -> frozenset[str]:
    """The distinctive words of an institution's name (a pure function of the name, so each
    name a network holds is split once per process, not once per page)."""
    return frozenset(distinctive_words(institution_key(institution)))


def people_there(application: Application) -> list[Contact]:
    """Contacts whose institution names the program's (the same fuzzy rule as the shortlist's
    network ties), by name; each distinct institution is compared once."""
    return people_at(place_of(application))


def people_at(place: str) -> list[Contact]:
    """Contacts whose institution names `place` (a program's institution, or its name)."""
    return people_at_places([place])[place]


def institutions_at_places(places: Sequence[str]) -> dict[str, set[str]]:
    """For each place, the institutions of the network that name it (one query)."""
    names = list(
        Contact.objects.exclude(institution="")
        .order_by()
        .values_list("institution", flat=True)
        .distinct()
    )
    # Each distinctive word, the names holding it: only names sharing one can match, and the
    # full rule runs on those alone.
    by_word: dict[str, list[str]] = defaultdict(list)
    for name in names:
        for word in words_of(name):
            by_word[word].append(name)
    matching: dict[str, set[str]] = {}
    for place in set(places):
        candidates = {name for word in words_of(place) for name in by_word.get(word, ())}
        matching[place] = {name for name in candidates if same_institution(name, place)}
    return matching


def people_at_places(places: Sequence[str]) -> dict[str, list[Contact]]:
    """The contacts at each place, by name, in two queries whatever the number of places."""
    matching = institutions_at_places(places)
    wanted = set().union(*matching.values())
    contacts = (
        list(Contact.objects.filter(institution__in=wanted).order_by("name", "pk"))
        if wanted
        else []
    )
    at_institution: dict[str, list[Contact]] = defaultdict(list)
    for contact in contacts:
        at_institution[contact.institution].append(contact)
    position = {contact.pk: i for i, contact in enumerate(contacts)}
    return {
        place: sorted(
            (c for name in found for c in at_institution[name]), key=lambda c: position[c.pk]
        )
        for place, found in matching.items()
    }


@dataclass(frozen=True)
class Prep:
    application: Application
    people: list[Contact]
    interactions: list[Interaction]  # with them, latest first
    messages: list[Message]  # to them, latest first


def prep(application: Application) -> Prep:
    """What to read before the interview: in four queries, whatever the size of the network."""
    people = people_there(application)
    interactions = list(
        Interaction.objects.filter(contact__in=people)
        .select_related("contact")
        .only("occurred_on", "topic", "contact__name", "contact__honorific")
        .order_by("-occurred_on", "-pk")[: SHOWN_INTERACTIONS * max(1, len(people))]
    )
    messages = list(
        Message.objects.filter(contact__in=people, state=Message.State.SENT)
        .select_related("contact")
        .order_by("-sent_on", "-pk")[:SHOWN_MESSAGES]
    )
    return Prep(application, people, interactions, messages)


@dataclass(frozen=True)
class PersonMet:
    name: str
    role: Role = Role.FACULTY
    honorific: str = ""
    email: str = ""


def thank_you_window(on: date) -> rules.FollowUpPlan:
    """The tracker's in-person rule, for the interview day."""
    plan = rules.plan_follow_up(
        rules.Touch(on, Channel.IN_PERSON, Direction.INBOUND), nudged_since_last_reply=False
    )
    assert plan is not None
    return plan


@transaction.atomic
def record_people_met(
    application: Application, people: Sequence[PersonMet], on: date
) -> list[FollowUp]:
    """Each person met becomes a contact at the program (a contact of the same name there is
    reused), the meeting is logged, and a thank-you follow-up is planned in the 48–72 hours."""
    channel = (
        Channel.IN_PERSON
        if application.interview_mode == InterviewMode.IN_PERSON
        else Channel.VIDEO
    )
    place = place_of(application)
    plan = thank_you_window(on)
    follow_ups = []
    for person in people:
        contact = Contact.objects.filter(name=person.name.strip(), institution=place).first()
        if contact is None:
            contact = Contact(
                name=person.name.strip(),
                honorific=person.honorific.strip(),
                email=person.email.strip(),
                role=person.role,
                institution=place,
                specialty=application.specialty,
                source=Source.OTHER,
            )
            contact.full_clean()
            tracker.save_contact(contact)
        topic = f"Interview day at {application.name}"
        met = tracker.NewInteraction(on, channel, Direction.INBOUND, topic[:200])
        interaction = tracker.log_interaction(contact, met, plan_follow_up=False)
        follow_ups.append(
            FollowUp.objects.create(
                contact=contact,
                interaction=interaction,
                rule=plan.rule,
                due_on=plan.due_on,
                overdue_after=plan.overdue_after,
            )
        )
    refresh_dates([f.contact_id for f in follow_ups])
    return follow_ups
