"""Mark sent on a message a check blocks asks first; advice never stops it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.choices import Channel, FollowUpState
from matchwise.network.models import Contact, Interaction
from matchwise.outreach import compose
from matchwise.outreach.errors import UnconfirmedSendError
from matchwise.outreach.kinds import MessageKind
from matchwise.outreach.models import Message
from tests.outreach import messages

pytestmark = pytest.mark.django_db
TODAY = date.today()
DEAR_DOCTOR = (
    "Dear Doctor,\n\nI am a graduate keen on internal medicine and I admire your work. Please "
    "tell me about any opportunities.\n\nRegards,\nSami"
)
ADVICE_ONLY = (
    "Dear Dr. Park,\n\nThank you for your time. I trained in Lagos and I am preparing for Step 3."
    "\n\nBest,\nSami"
)


@pytest.fixture
def lena(make_contact: Callable[..., Contact]) -> Contact:
    return make_contact("Lena Park", honorific="Dr.", email="lena@example.org")


@pytest.fixture
def met(lena: Contact, log: Callable[..., Interaction]) -> Interaction:
    return log(lena, TODAY - timedelta(days=1), Channel.CONFERENCE, topic="Poster hall")


def test_it_logs_nothing_without_confirmation_when_a_check_blocks(
    lena: Contact, met: Interaction
) -> None:
    with pytest.raises(UnconfirmedSendError) as refused:
        compose.mark_sent(lena, MessageKind.FOLLOW_UP, "Hello", DEAR_DOCTOR)
    assert [f.rule for f in refused.value.findings] == ["about-them"]
    assert all(f.blocking for f in refused.value.findings)
    assert not Message.objects.exists()
    assert lena.interactions.count() == 1
    assert met.follow_ups.get().state == FollowUpState.OPEN

    compose.mark_sent(lena, MessageKind.FOLLOW_UP, "Hello", DEAR_DOCTOR, confirmed=True)
    assert Message.objects.get().state == Message.State.SENT
    assert met.follow_ups.get().state == FollowUpState.DONE


def test_it_never_asks_for_advice(lena: Contact) -> None:
    findings = compose.check_message(MessageKind.FOLLOW_UP, ADVICE_ONLY)
    assert [(f.rule, f.severity.value) for f in findings] == [("about-them", "advice")]
    assert compose.mark_sent(lena, MessageKind.FOLLOW_UP, "Hi", ADVICE_ONLY).state == "sent"


def editor_post(contact: Contact, body: str, action: str) -> dict[str, str | int]:
    return {
        "contact": contact.pk,
        "kind": "follow_up",
        "subject": "Hello",
        "body": body,
        "action": action,
    }


def test_it_shows_a_confirm_step_on_the_page_and_keeps_the_text(
    client: Client, lena: Contact, met: Interaction
) -> None:
    url = reverse("outreach:compose_action")
    response = client.post(url, editor_post(lena, DEAR_DOCTOR, "send"))
    page = response.content.decode()
    assert response.status_code == 200
    assert 'id="confirm-send"' in page and "Not logged yet" in page
    assert "could go to anyone" in page
    assert 'value="send-anyway"' in page
    assert "I admire your work. Please" in page  # what was typed is still in the editor
    assert not Message.objects.exists()
    assert met.follow_ups.get().state == FollowUpState.OPEN

    confirmed = client.post(url, editor_post(lena, DEAR_DOCTOR, "send-anyway"))
    sent = Message.objects.get()
    assert confirmed["Location"] == reverse("outreach:messages") + f"?sent={sent.pk}"
    assert met.follow_ups.get().state == FollowUpState.DONE


def test_it_marks_advice_only_messages_sent_at_once(client: Client, lena: Contact) -> None:
    response = client.post(
        reverse("outreach:compose_action"), editor_post(lena, ADVICE_ONLY, "send")
    )
    assert response.status_code == 302
    assert Message.objects.get().state == Message.State.SENT


def test_it_warns_before_mark_sent_while_the_checks_block(client: Client, lena: Contact) -> None:
    checks_url = reverse("outreach:compose_check")
    blocked = client.post(checks_url, editor_post(lena, DEAR_DOCTOR, "")).content.decode()
    assert "Mark sent will ask you to confirm" in blocked
    good = client.post(checks_url, editor_post(lena, messages.GOOD_FOLLOW_UP, "")).content
    assert b"Mark sent will ask you to confirm" not in good
