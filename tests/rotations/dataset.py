"""Rows in every model of rotations, every field filled, for the backup round trips
(`tests/full_dataset.py` calls `build_rotations_dataset()`)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from matchwise.network.choices import Role
from matchwise.network.models import Contact
from matchwise.network.services import add_manual_follow_up
from matchwise.rotations.models import (
    MatchResult,
    Mentee,
    Rotation,
    RotationMember,
    RotationTask,
)

ON = date(2026, 3, 2)
AT = datetime(2026, 3, 2, 8, 15, 30, 654321, tzinfo=UTC)
HOSTILE = "Ünïcode “quotes” <script>alert('x')</script> {contact.name} [gap]"


def build_rotations_dataset() -> None:
    attending = Contact.objects.create(name="Grace Mensah", honorific="Dr.", role=Role.ATTENDING)
    junior = Contact.objects.create(name="Tunde Bello", role=Role.IMG_PEER, country="Nigeria")
    rotation = Rotation.objects.create(
        kind="externship",
        institution="Riverside Teaching Hospital",
        service=HOSTILE,
        program_id="1234567",
        starts_on=ON,
        ends_on=date(2026, 3, 27),
        attending_target=1,
        resident_target=4,
        feedback_asked_on=date(2026, 3, 5),
        notes="Morning report at 7.\nBring a stethoscope.",
        created_at=AT,
    )
    RotationMember.objects.create(
        rotation=rotation,
        contact=attending,
        role="attending",
        chosen=False,
        saw_work=True,
        cadence_set_on=date(2026, 3, 28),
    )
    RotationTask.objects.create(
        rotation=rotation,
        follow_up=add_manual_follow_up(attending, date(2026, 3, 9)),
        description=HOSTILE,
    )
    MatchResult.objects.create(
        season=2027,
        outcome="matched",
        matched_at="Riverside Teaching Hospital, Ohio",
        season_started_on=date(2026, 1, 1),
        recorded_on=date(2027, 3, 19),
        next_cycle_started_on=date(2027, 3, 20),
    )
    Mentee.objects.create(contact=junior, since=ON, notes=HOSTILE)
