"""Playbook rows in every model, every field filled, for the backup round trips.

`tests/full_dataset.py` builds each app's dataset for the tracker's round trip; calling
`build_outreach_dataset()` from its `build_everything()` fills this app's models.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from matchwise.network.choices import Channel, Direction, MentorRole, Role
from matchwise.network.models import Contact, MentorAssignment
from matchwise.network.services import NewInteraction, log_interaction
from matchwise.outreach.models import (
    Advice,
    ApplicantIdentity,
    Campaign,
    CampaignTarget,
    Conference,
    ConferenceTarget,
    Goal,
    GoalReview,
    LetterRequest,
    Message,
    MessageTemplate,
)

ON = date(2026, 3, 2)
AT = datetime(2026, 3, 2, 14, 5, 9, 123456, tzinfo=UTC)
HOSTILE = "Ünïcode “quotes” <script>alert('x')</script> {contact.name} [gap]"


def build_outreach_dataset() -> None:
    writer = Contact.objects.create(
        name="Ines Duarte", honorific="Dr.", role=Role.ATTENDING, country="Portugal"
    )
    MentorAssignment.objects.create(contact=writer, role=MentorRole.RESEARCH)
    touch = log_interaction(
        writer, NewInteraction(ON, Channel.EMAIL, Direction.OUTBOUND, "Registry question")
    )
    ApplicantIdentity.objects.update_or_create(
        pk=1,
        defaults={
            "name": "Amara Okafor",
            "honorific": "Dr.",
            "country": "Nigeria",
            "status": "observing in Chicago",
            "specialty": "internal medicine",
            "interest": "heart failure",
            "experience": "a 200-patient registry",
            "seeking": "a research mentor",
            "identity_sentence": HOSTILE,
            "pitch": "Hello.\nSecond line.",
            "email": "amara@example.org",
            "phone": "+234 1 000 0000",
            "linkedin_url": "https://www.linkedin.com/in/amara-example/",
            "linkedin_photo": True,
            "linkedin_headline": True,
            "linkedin_about": False,
            "linkedin_experience": True,
            "linkedin_featured": False,
        },
    )
    template = MessageTemplate.objects.create(
        slug="dataset-template",
        name=HOSTILE,
        kind="cold_email",
        subject="About {contact.name}",
        body=HOSTILE + "\n\nSecond paragraph.",
        builtin=True,
        updated_at=AT,
    )
    campaign = Campaign.objects.create(
        name="Research, spring", kind="cold_email", goal="One project", created_on=ON
    )
    target = CampaignTarget.objects.create(
        campaign=campaign, contact=writer, state="sent", changed_on=ON, notes="Wrote first"
    )
    Message.objects.create(
        contact=writer,
        template=template,
        kind="cold_email",
        subject="Registry question",
        body=HOSTILE,
        state="sent",
        interaction=touch,
        campaign_target=target,
        created_at=AT,
        sent_on=ON,
    )
    LetterRequest.objects.create(
        contact=writer,
        supervised=True,
        saw_work=True,
        known_since=date(2025, 9, 1),
        stage="agreed",
        stage_changed_on=ON,
        notes=HOSTILE,
    )
    Advice.objects.create(
        contact=writer,
        received_on=ON,
        suggestion="Present the audit",
        action="Submitted it",
        acted_on=ON,
        reported_on=ON,
    )
    conference = Conference.objects.create(
        name="Great Lakes Forum",
        kind="regional",
        starts_on=ON,
        ends_on=date(2026, 3, 4),
        place="Cleveland",
        presenting="poster",
        presentation_title="Falls after discharge",
        presentation_slot="Sat 10:30, Hall B",
        notes=HOSTILE,
    )
    ConferenceTarget.objects.create(
        conference=conference,
        kind="person",
        title="Handoffs talk",
        when="Fri 9:00",
        speaker="Dr. Duarte",
        contact=writer,
        reason="researcher",
        program="Lakeside IM",
        notes="Ask about the registry",
        met=True,
    )
    Goal.objects.create(
        horizon="medium",
        measure="other",
        title="Known by name at five programs",
        target=5,
        done_by_hand=2,
        deadline=date(2028, 6, 30),
        created_on=ON,
    )
    GoalReview.objects.create(reviewed_on=ON, notes=HOSTILE)
