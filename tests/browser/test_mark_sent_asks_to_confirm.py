"""A "Dear Doctor" email with a blocking finding: Mark sent asks first, logs nothing until
confirmed, and keeps the text; once confirmed, the meeting's follow-up is settled."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from matchwise.network import services
from matchwise.network.choices import Channel, Direction, FollowUpState
from matchwise.network.models import Contact, FollowUp
from matchwise.outreach import library
from matchwise.outreach.models import Message, MessageTemplate

pytestmark = pytest.mark.django_db(transaction=True)
DEAR_DOCTOR = (
    "Dear Doctor,\n\nI am a graduate keen on internal medicine and I admire your work. Please "
    "tell me about any opportunities.\n\nRegards,\nSami"
)


def test_it_asks_before_marking_a_blocked_message_sent(
    live_server: LiveServer, page: Page, screenshot: Callable[[str], Path]
) -> None:
    library.add_missing(MessageTemplate)  # a transactional test starts from an empty database
    lena = Contact.objects.create(name="Lena Park", honorific="Dr.", email="lena@example.org")
    met_on = date.today() - timedelta(days=1)
    services.log_interaction(
        lena, services.NewInteraction(met_on, Channel.IN_PERSON, Direction.OUTBOUND, "Ward round")
    )

    page.goto(f"{live_server.url}/playbook/compose/?contact={lena.pk}&template=thank-you")
    page.locator("#id_body").fill(DEAR_DOCTOR)
    finding = page.locator('#findings li[data-rule="about-them"]')
    expect(finding).to_contain_text("could go to anyone")
    expect(finding).to_contain_text("fix")
    expect(page.locator("#checks")).to_contain_text("Mark sent will ask you to confirm")

    page.get_by_role("button", name="Mark sent", exact=True).click()
    confirm = page.locator("#confirm-send")
    expect(confirm).to_contain_text("Not logged yet")
    expect(confirm).to_contain_text("could go to anyone")
    expect(page.locator("#id_body")).to_have_value(DEAR_DOCTOR)
    screenshot("mark-sent-asks-to-confirm")
    assert not Message.objects.exists()
    assert FollowUp.objects.get(contact=lena).state == FollowUpState.OPEN

    confirm.get_by_role("button", name="I sent it as it is: mark sent").click()
    expect(page.get_by_role("status")).to_contain_text("Logged as sent to Dr. Lena Park")
    assert Message.objects.get().state == Message.State.SENT
    met = FollowUp.objects.filter(contact=lena, interaction__channel=Channel.IN_PERSON).get()
    assert met.state == FollowUpState.DONE
