"""Recording the result lists exactly the people who helped, each with their message."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.choices import Channel, Direction, MentorRole
from matchwise.network.models import Contact, Interaction, MentorAssignment
from matchwise.outreach import compose
from matchwise.outreach.kinds import MessageKind
from matchwise.outreach.models import LetterRequest
from matchwise.rotations import results
from matchwise.rotations.models import MatchResult
from matchwise.rotations.views_results import HELPERS_SHOWN

pytestmark = pytest.mark.django_db
TODAY = date.today()


@pytest.fixture
def season(
    make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> dict[str, Contact]:
    people = {
        name: make_contact(name)
        for name in (
            "Mentor Without Touch",
            "Letter Writer",
            "Declined Writer",
            "Replied Contact",
            "Only Written To",
            "Last Year Only",
            "Never Contacted",
        )
    }
    MentorAssignment.objects.create(contact=people["Mentor Without Touch"], role=MentorRole.CAREER)
    LetterRequest.objects.create(contact=people["Letter Writer"], stage="uploaded")
    LetterRequest.objects.create(contact=people["Declined Writer"], stage="declined")
    log(
        people["Replied Contact"],
        TODAY - timedelta(days=40),
        Channel.EMAIL,
        Direction.INBOUND,
        topic="Her answer about visas",
    )
    log(people["Only Written To"], TODAY - timedelta(days=20), topic="Cold email, no answer")
    log(
        people["Last Year Only"],
        TODAY - timedelta(days=800),
        Channel.IN_PERSON,
        topic="An old meeting",
    )
    return people


def record(client: Client, **fields: str) -> None:
    data = {
        "season": str(TODAY.year),
        "outcome": "matched",
        "matched_at": "Lakeside General, Ohio",
        "recorded_on": TODAY.isoformat(),
    } | fields
    response = client.post(reverse("rotations:match"), data)
    assert response.status_code == 302, response.content.decode()


def listed(client: Client) -> str:
    page = client.get(reverse("rotations:match")).content.decode()
    return page[page.index('id="helpers"') :]


def test_it_lists_mentors_letter_writers_and_season_contacts_only(
    client: Client, season: dict[str, Contact]
) -> None:
    record(client)
    page = listed(client)
    for name in ("Mentor Without Touch", "Letter Writer", "Replied Contact"):
        assert name in page
    for name in ("Declined Writer", "Only Written To", "Last Year Only", "Never Contacted"):
        assert name not in page
    writer = season["Letter Writer"].pk
    assert f"?contact={writer}&amp;template=match-matched" in page
    result = MatchResult.objects.get()
    assert result.season_started_on == date(TODAY.year - 1, 1, 1)


def test_it_gives_mentors_the_honest_update_when_not_matched(
    client: Client, season: dict[str, Contact]
) -> None:
    record(client, outcome="not_matched", matched_at="")
    page = listed(client)
    mentor, other = season["Mentor Without Touch"].pk, season["Replied Contact"].pk
    assert f"?contact={mentor}&amp;template=match-not-matched-mentor" in page
    assert f"?contact={other}&amp;template=match-not-matched" in page
    assert "Plan the next cycle" in page


def test_it_marks_a_message_sent_one_by_one(client: Client, season: dict[str, Contact]) -> None:
    record(client)
    writer = season["Letter Writer"]
    compose.mark_sent(
        writer, MessageKind.UPDATE, "Good news", "Dear Dr. Writer, I matched.", confirmed=True
    )
    rows = {row.contact_id: row for row in results.helpers(MatchResult.objects.get())}
    assert rows[writer.pk].done and not rows[season["Replied Contact"].pk].done
    assert writer.interactions.filter(direction=Direction.OUTBOUND).exists()


def test_it_refuses_a_match_without_where_with_the_field_named(client: Client) -> None:
    response = client.post(
        reverse("rotations:match"),
        {"season": str(TODAY.year), "outcome": "matched", "recorded_on": TODAY.isoformat()},
    )
    assert response.status_code == 400
    assert "Say where you matched." in response.content.decode()
    assert not MatchResult.objects.exists()


def test_it_shows_a_long_list_from_who_helped_most_with_a_link_to_the_rest(
    client: Client, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    for i in range(HELPERS_SHOWN + 5):
        person = make_contact(f"Helper {i:03d}")
        for day in range(1 + (i == HELPERS_SHOWN + 4)):  # the last one helped twice
            log(person, TODAY - timedelta(days=10 + day), Channel.EMAIL, Direction.INBOUND)
    record(client)
    page = listed(client)
    assert page.count('class="who"') == HELPERS_SHOWN
    assert page.index(f"Helper {HELPERS_SHOWN + 4:03d}") < page.index("Helper 000")
    assert f"{HELPERS_SHOWN + 5} people helped; {HELPERS_SHOWN + 5} still to write to." in page
    assert "Show all 105</a> (5 more" in page
    everyone = client.get(reverse("rotations:match") + "?all=1").content.decode()
    assert everyone.count('class="who"') == HELPERS_SHOWN + 5
    assert 'id="helpers-more"' not in everyone
