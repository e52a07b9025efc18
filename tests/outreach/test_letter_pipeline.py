"""The letter pipeline: readiness from the logged relationship, warnings, and never chasing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.choices import Channel, Direction, FollowUpRule, FollowUpState
from matchwise.network.models import Contact, FollowUp, Interaction
from matchwise.outreach import compose, letters
from matchwise.outreach.errors import MoveError
from matchwise.outreach.kinds import MessageKind
from matchwise.outreach.models import LetterRequest
from matchwise.outreach.readiness import Stage
from tests.outreach import messages

pytestmark = pytest.mark.django_db
TODAY = date.today()


@pytest.fixture
def novak(make_contact: Callable[..., Contact]) -> Contact:
    return make_contact("Ana Novak", honorific="Dr.", email="novak@example.org")


def worked_with(contact: Contact, log: Callable[..., Interaction], touches: int = 4) -> None:
    for week in range(touches):
        log(contact, TODAY - timedelta(weeks=8 - week), Channel.IN_PERSON, Direction.INBOUND)


def test_it_judges_readiness_from_the_logged_interactions(
    novak: Contact, log: Callable[..., Interaction]
) -> None:
    letter = LetterRequest.objects.create(contact=novak, supervised=True)
    assert letters.row_of(letter, TODAY).state == "not yet"
    worked_with(novak, log)
    row = letters.row_of(letter, TODAY)
    assert row.state == "ready"
    assert "They supervised you, you have known them for 8 weeks" in row.readiness.explanation


def test_it_lets_you_say_you_knew_them_before_you_logged_anything(
    novak: Contact, log: Callable[..., Interaction]
) -> None:
    for _ in range(3):
        log(novak, TODAY, Channel.CALL)
    letter = LetterRequest.objects.create(
        contact=novak, saw_work=True, known_since=TODAY - timedelta(days=200)
    )
    assert letters.row_of(letter, TODAY).readiness.ready


def test_it_does_not_count_your_own_unanswered_emails_as_a_relationship(
    novak: Contact, log: Callable[..., Interaction]
) -> None:
    for _ in range(3):
        log(novak, TODAY, Channel.EMAIL)
    letter = LetterRequest.objects.create(
        contact=novak, saw_work=True, known_since=TODAY - timedelta(days=200)
    )
    assert not letters.row_of(letter, TODAY).readiness.ready


def test_it_warns_before_asking_too_early_and_moves_only_when_told(novak: Contact) -> None:
    letter = LetterRequest.objects.create(contact=novak)
    warning = letters.move(letter, Stage.ASKED, TODAY)
    assert "They have not seen your work yet" in warning
    letter.refresh_from_db()
    assert letter.letter_stage is Stage.NOT_ASKED
    assert letters.move(letter, Stage.ASKED, TODAY, despite_warning=True) == ""
    assert Stage(letter.letter_stage) is Stage.ASKED  # `move` changed it in place


def test_it_accepts_a_no_closes_the_nudge_and_never_asks_again(
    novak: Contact, log: Callable[..., Interaction]
) -> None:
    worked_with(novak, log)
    letter = LetterRequest.objects.create(contact=novak, supervised=True)
    compose.mark_sent(novak, MessageKind.LETTER_REQUEST, "A letter", messages.GOOD_LETTER_REQUEST)
    letter.refresh_from_db()
    assert letter.letter_stage is Stage.ASKED  # the composer moved it
    nudge = FollowUp.objects.get(contact=novak, rule=FollowUpRule.NO_REPLY)

    letters.move(letter, Stage.DECLINED, TODAY)

    nudge.refresh_from_db()
    assert nudge.state == FollowUpState.DONE
    with pytest.raises(MoveError, match="let it rest"):
        letters.move(letter, Stage.ASKED, TODAY, despite_warning=True)


def test_it_runs_the_pipeline_from_the_page(client: Client, novak: Contact) -> None:
    response = client.post(reverse("outreach:add_writer"), {"contact": novak.pk, "saw_work": "on"})
    assert response.status_code == 302
    letter = LetterRequest.objects.get()
    page = client.get(reverse("outreach:letters")).content.decode()
    assert "not yet" in page and "Write the request" in page

    early = client.post(
        reverse("outreach:move_letter", args=[letter.pk]),
        {"to": "asked"},
        headers={"HX-Request": "true"},
    ).content.decode()
    assert "weak letter or a polite no" in early and "Record the ask anyway" in early
    client.post(reverse("outreach:move_letter", args=[letter.pk]), {"to": "asked", "confirm": "1"})
    client.post(reverse("outreach:move_letter", args=[letter.pk]), {"to": "agreed"})
    client.post(reverse("outreach:move_letter", args=[letter.pk]), {"to": "uploaded"})
    letter.refresh_from_db()
    assert letter.letter_stage is Stage.UPLOADED
    refused = client.post(reverse("outreach:move_letter", args=[letter.pk]), {"to": "asked"})
    assert refused.status_code == 409
