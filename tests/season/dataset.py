"""Rows in every model of the season, every field filled, for the backup round trips
(`tests/full_dataset.py` calls `build_season_dataset()`)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from matchwise.season.models import (
    Application,
    CouplePair,
    Invitation,
    InvitationSlot,
    Partner,
    PartnerProgram,
    SoapOffer,
    SoapProgram,
    SoapStep,
    StatusChange,
)

AT = datetime(2026, 11, 2, 8, 15, 30, 654321, tzinfo=UTC)
HOSTILE = "Ünïcode “quotes” <script>alert('x')</script> {contact.name} [gap]"


def build_season_dataset() -> None:
    application = Application.objects.create(
        program_id="1234140C0",
        catalogue="Real 2027",
        name=HOSTILE,
        institution="Riverside Teaching Hospital",
        specialty="Internal Medicine",
        track="Categorical",
        city="Phoenix",
        state="AZ",
        zip="85006",
        time_zone="America/Phoenix",
        advanced=True,
        applied_on=date(2026, 9, 24),
        fees_usd=11,
        status="interviewed",
        status_on=date(2026, 12, 3),
        interview_at=datetime(2026, 12, 3, 16, 0, tzinfo=UTC),
        interview_mode="in_person",
        platform="Thalamus",
        rank=1,
        rank_list="supplemental",
        notes="Ask about the ICU months.\nAnd the night float.",
        created_at=AT,
    )
    StatusChange.objects.create(
        application=application,
        status="scheduled",
        changed_on=date(2026, 11, 2),
        reason="Invited by phone",
        recorded_at=AT,
    )
    invitation = Invitation.objects.create(
        application=application, received_at=AT, answered_at=datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    )
    InvitationSlot.objects.create(
        invitation=invitation, starts_at=datetime(2026, 12, 3, 16, 0, tzinfo=UTC), chosen=True
    )
    partner = Partner.objects.create(name=HOSTILE, specialty="Pediatrics")
    theirs = PartnerProgram.objects.create(
        partner=partner,
        program_id="9876320C0",
        catalogue="Real 2027",
        name="Harbor Children's Pediatrics",
        city="Tempe",
        state="AZ",
    )
    CouplePair.objects.create(
        position=1, mine=application, partner_program=theirs, reason="Interviewed by phone"
    )
    CouplePair.objects.create(position=2, mine=None, partner_program=theirs)
    build_soap_dataset()


def build_soap_dataset() -> None:
    program = SoapProgram.objects.create(
        nrmp_code="1234140C1",
        name=HOSTILE,
        institution="Riverside Teaching Hospital",
        specialty="Family Medicine",
        city="Phoenix",
        state="AZ",
        positions=2,
        catalogue="Real 2027",
        program_id="1234140C1",
        listed_on=date(2027, 3, 15),
        applied_at=AT,
        notes="Call the coordinator first.\nThen the PD.",
    )
    SoapOffer.objects.create(
        program=program,
        round=2,
        state="accepted",
        received_at=AT,
        answered_at=datetime(2026, 11, 2, 9, 0, 1, 5, tzinfo=UTC),
    )
    SoapStep.objects.create(program=program, step="offer", round=2, at=AT)
