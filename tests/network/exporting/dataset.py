"""A tracker with every kind of row and every field filled, shared by the export tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from matchwise.network import services
from matchwise.network.choices import (
    Channel,
    Direction,
    FollowUpRule,
    FollowUpState,
    MentorRole,
    Role,
    Source,
)
from matchwise.network.derived import refresh_dates
from matchwise.network.models import (
    Contact,
    FollowUp,
    Interaction,
    MentorAssignment,
    Preferences,
    Tag,
)

TODAY = date(2026, 3, 11)  # a Wednesday
TIME_ZONE = "Asia/Kolkata"  # not the machine's: a restore must bring it back
CALENDAR_KEY = "known-calendar-key-for-the-export-tests-000"  # the shape of a real one
PRIVATE_NOTE = "Private: prefers not to be called after 6 pm"
HOSTILE_NAME = "Müller, Zoë <script>alert('x')</script>"
NOTE_WITH_NEWLINES = "First line; with, punctuation \\ and a backslash\nSecond line: café 日本語 📱"


@dataclass(frozen=True)
class Dataset:
    introducer: Contact
    full: Contact
    plain: Contact
    open_follow_up: FollowUp
    snoozed_follow_up: FollowUp
    done_follow_up: FollowUp
    dismissed_follow_up: FollowUp


def make_contact(name: str, **fields: Any) -> Contact:
    return services.save_contact(Contact(name=name, **fields))


def build_dataset() -> Dataset:
    # First, so that every stored date is reckoned in the zone the backup carries.
    Preferences.objects.create(
        pk=1,
        reach_out_target=5,
        reactivate_target=2,
        no_reply_days=7,
        calendar_token=CALENDAR_KEY,
        time_zone=TIME_ZONE,
    )
    research, usce = Tag.objects.create(name="research"), Tag.objects.create(name="usce, 2025")
    Tag.objects.create(name="unused tag")
    # Created first, introduced later by a contact with a higher id: a forward reference.
    full = make_contact(
        HOSTILE_NAME,
        honorific="Prof. Dr.",
        role=Role.PROGRAM_DIRECTOR,
        position="Program Director, Internal Medicine",
        specialty="Internal medicine",
        institution="Hôpital Saint-Louis; AP-HP",
        email="Zoe.Muller@Example.ORG",
        phone="+33 1 42 49 49 49",
        linkedin_url="https://www.linkedin.com/in/Zoe-Muller/",
        country="France",
        source=Source.INTRODUCED,
        notes=f"{NOTE_WITH_NEWLINES}\n{PRIVATE_NOTE}",
        cadence_ideal_days=21,
        cadence_max_days=40,
        created_at=datetime(2025, 9, 1, 8, 30, 15, 123456, tzinfo=UTC),
    )
    introducer = make_contact(
        "Adaeze Okafor",
        honorific="Dr.",
        role=Role.ATTENDING,
        source=Source.USCE,
        email="adaeze@example.com",
        created_at=datetime(2025, 8, 1, 12, 0, 0, 654321, tzinfo=UTC),
    )
    full.met_through = introducer
    full.save()
    full.tags.set([research, usce])
    introducer.tags.set([usce])
    plain = make_contact("Sam Lee", met_through=full)
    for role in (MentorRole.CAREER, MentorRole.RESEARCH):
        MentorAssignment.objects.create(contact=full, role=role)
    MentorAssignment.objects.create(contact=introducer, role=MentorRole.PEER)
    touches = []
    for offset, channel in enumerate(Channel):
        for direction in Direction:
            touches.append(
                Interaction.objects.create(
                    contact=full if direction is Direction.OUTBOUND else introducer,
                    occurred_on=date(2026, 1, 5) + timedelta(days=offset),
                    channel=channel,
                    direction=direction,
                    topic=f"{channel} talk — “résumé” <b>",
                    notes=f"Notes about {channel}\nline two",
                    reply_received=offset % 2 == 0,
                    created_at=datetime(2026, 1, 5, 9, offset, 7, 1000 + offset, tzinfo=UTC),
                )
            )
    follow_ups = [
        FollowUp.objects.create(
            contact=contact,
            interaction=interaction,
            rule=rule,
            due_on=due,
            overdue_after=due + timedelta(days=3),
            state=state,
            snoozed_until=due if state is FollowUpState.SNOOZED else None,
            closed_on=TODAY if state in (FollowUpState.DONE, FollowUpState.DISMISSED) else None,
        )
        for contact, interaction, rule, due, state in (
            (full, touches[0], FollowUpRule.MET_IN_PERSON, date(2026, 3, 12), FollowUpState.OPEN),
            (introducer, None, FollowUpRule.MANUAL, date(2026, 3, 20), FollowUpState.SNOOZED),
            (full, touches[4], FollowUpRule.NO_REPLY, date(2026, 2, 1), FollowUpState.DONE),
            (plain, None, FollowUpRule.MANUAL, date(2026, 2, 2), FollowUpState.DISMISSED),
        )
    ]
    refresh_dates()  # the stored dates, as the services keep them
    full.refresh_from_db()
    return Dataset(introducer, full, plain, *follow_ups)
