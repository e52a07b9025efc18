"""Seed a fresh data folder for `make api-fuzz`: a few contacts with touches, drafts and sent
messages and a conference, so that the ids schemathesis draws or follows through links resolve.

Run as `python -m tests.api.fuzz_seed` with MATCHWISE_DATA_DIR pointing at an empty folder.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from matchwise.cli.base import start_django


def seed(today: date) -> None:
    from matchwise.network import services
    from matchwise.network.choices import Channel, Direction
    from matchwise.network.models import Contact
    from matchwise.outreach import compose
    from matchwise.outreach.kinds import MessageKind
    from matchwise.outreach.models import Conference

    people = [
        ("Lena Park", "Dr.", "Lakeside Medical Center", "the sepsis bundle audit"),
        ("Omar Haddad", "", "Riverside Community Hospital", "night-float handover checklists"),
        ("Priya Raman", "Dr.", "Northgate University Hospital", "anticoagulation clinic visits"),
    ]
    for number, (name, honorific, institution, topic) in enumerate(people):
        contact = Contact.objects.create(name=name, honorific=honorific, institution=institution)
        met = services.NewInteraction(
            today - timedelta(days=10 * number + 1),
            Channel.CONFERENCE,
            Direction.OUTBOUND,
            "Poster session on sepsis bundles",
        )
        services.log_interaction(contact, met)
        compose.save_draft(contact, MessageKind.THANK_YOU, "Thank you", f"Dear {name}, thanks.")
        compose.mark_sent(
            contact,
            MessageKind.FOLLOW_UP,
            f"Following up on {topic}",
            f"Dear {name}, thank you for asking about {topic} at {institution}. As you"
            f" suggested, I reworked the methods section on {topic} and attach the new draft.",
        )
    Conference.objects.create(
        name="Annual Internal Medicine Meeting",
        starts_on=today + timedelta(days=30),
        ends_on=today + timedelta(days=32),
    )
    seed_rotation(today, Contact.objects.order_by("pk").first())
    seed_season(today)


def seed_rotation(today: date, contact: object) -> None:
    """A running rotation with one person met and one promise, and one mentee, for the
    rotations and giving-back routes."""
    from matchwise.network.models import Contact
    from matchwise.rotations import mentees, results, services
    from matchwise.rotations.vocabulary import MemberRole

    assert isinstance(contact, Contact)
    rotation = services.save_rotation(
        {
            "institution": "Lakeside Medical Center",
            "starts_on": today - timedelta(days=10),
            "ends_on": today + timedelta(days=17),
        }
    )
    services.add_member(rotation, contact, MemberRole.ATTENDING)
    services.add_task(rotation, contact, "Send the sepsis bundle article", today)
    results.record({"season": str(today.year), "outcome": "not_matched", "recorded_on": today})
    mentees.add({"contact": contact.pk, "notes": "Final-year student"})


def seed_season(today: date) -> None:
    """Two applications, one invited with a date offered, for the season's routes."""
    from matchwise.season import services
    from matchwise.season.programs import ProgramFacts

    submission = services.Submission(today - timedelta(days=60), 11)
    _applied, invited = services.add_applications(
        [
            ProgramFacts("1234140C0", "Lakeside Internal Medicine", state="OH"),
            ProgramFacts("2345140C0", "Desert Internal Medicine", state="AZ", track="Advanced"),
        ],
        submission,
    )
    offered = datetime.combine(today + timedelta(days=20), time(9, 0))
    services.record_invitation(invited, [offered])


if __name__ == "__main__":
    start_django()
    seed(date.today())
