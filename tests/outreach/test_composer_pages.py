"""The composer in the browser's terms: choose, fill, check as you type, then send or save."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from email import message_from_bytes
from email.policy import default

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.choices import Channel, FollowUpState
from matchwise.network.models import Contact, FollowUp, Interaction
from matchwise.outreach.models import ApplicantIdentity, Conference, ConferenceTarget, Message
from tests.outreach import messages

pytestmark = pytest.mark.django_db
TODAY = date.today()


@pytest.fixture
def lena(make_contact: Callable[..., Contact], conference: Conference) -> Contact:
    contact = make_contact(
        "Lena Park", honorific="Dr.", institution="Lakeside General", email="lena@example.org"
    )
    ConferenceTarget.objects.create(conference=conference, kind="person", contact=contact, met=True)
    return contact


def editor_post(contact: Contact, body: str, **fields: str) -> dict[str, str | int]:
    return {"contact": contact.pk, "kind": "follow_up", "subject": "Hello", "body": body, **fields}


def test_it_fills_the_editor_from_the_choice(
    client: Client, lena: Contact, me: ApplicantIdentity, log: Callable[..., Interaction]
) -> None:
    log(lena, TODAY, Channel.CONFERENCE, topic="discharge <script>alert(1)</script> calls")
    page = client.get(
        reverse("outreach:compose"), {"contact": str(lena.pk), "template": "follow-up-conference"}
    ).content.decode()
    assert "Dear Dr. Park," in page
    assert "Following up from Midwest Internal Medicine Meeting" in page
    assert "&lt;script&gt;" in page and "<script>alert" not in page  # text, never markup
    assert 'hx-post="/playbook/compose/check/"' in page


def test_it_picks_a_template_of_the_kind_asked_for(client: Client, lena: Contact) -> None:
    page = client.get(
        reverse("outreach:compose"), {"contact": str(lena.pk), "kind": "letter_request"}
    ).content.decode()
    assert "Request: a letter for my" in page
    assert "Add them to your letter writers" in page


def test_it_checks_the_text_as_it_stands(client: Client, lena: Contact) -> None:
    generic = client.post(
        reverse("outreach:compose_check"),
        editor_post(lena, messages.GENERIC_COLD_EMAIL, kind="cold_email"),
    ).content.decode()
    assert "could go to anyone" in generic and "fix" in generic
    good = client.post(
        reverse("outreach:compose_check"), editor_post(lena, messages.GOOD_FOLLOW_UP)
    ).content.decode()
    assert "Checks passed" in good
    assert 'href="mailto:lena@example.org?subject=Hello&amp;body=Dear%20Dr.%20Ortiz' in good
    note = client.post(
        reverse("outreach:compose_check"),
        editor_post(lena, messages.GOOD_LINKEDIN_NOTE, kind="linkedin_note"),
    ).content.decode()
    assert f"{len(messages.GOOD_LINKEDIN_NOTE)} of 300 characters" in note and "mailto" not in note


def test_it_marks_sent_and_says_when_the_nudge_will_come(
    client: Client, lena: Contact, log: Callable[..., Interaction]
) -> None:
    met = log(lena, TODAY, Channel.CONFERENCE, topic="Poster")
    response = client.post(
        reverse("outreach:compose_action"),
        editor_post(lena, messages.GOOD_FOLLOW_UP, action="send", interaction=str(met.pk)),
    )
    message = Message.objects.get()
    assert response["Location"] == reverse("outreach:messages") + f"?sent={message.pk}"
    page = client.get(response["Location"]).content.decode()
    nudge_day = TODAY + timedelta(days=10)
    assert "Logged as sent to Dr. Lena Park" in page
    assert f"{nudge_day:%a} {nudge_day.day} {nudge_day:%b}" in page
    assert met.follow_ups.get().state == FollowUpState.DONE


def test_it_saves_a_draft_and_picks_it_up_again(client: Client, lena: Contact) -> None:
    response = client.post(
        reverse("outreach:compose_action"), editor_post(lena, "Half written", action="draft")
    )
    draft = Message.objects.get(state="draft")
    assert response["Location"].endswith(f"?draft={draft.pk}")
    page = client.get(response["Location"]).content.decode()
    assert "Half written" in page
    assert not FollowUp.objects.exists()  # a draft is not a touch


def test_it_downloads_the_message_as_an_eml_draft(
    client: Client, lena: Contact, me: ApplicantIdentity
) -> None:
    response = client.post(
        reverse("outreach:compose_action"),
        editor_post(lena, "Dear Dr. Park,\nThank you.", action="eml", subject="Line\nBcc: x@y.z"),
    )
    assert response["Content-Type"] == "message/rfc822"
    assert 'filename="message-to-lena-park.eml"' in response["Content-Disposition"]
    mail = message_from_bytes(response.content, policy=default)
    assert mail["To"] == '"Dr. Lena Park" <lena@example.org>'
    assert mail["From"] == '"Dr. Amara Okafor" <amara@example.org>'
    assert mail["Subject"] == "Line Bcc: x@y.z" and mail["Bcc"] is None
    assert mail["X-Unsent"] == "1"
    assert not Message.objects.exists()


def test_it_refuses_pieces_that_belong_to_someone_else(
    client: Client,
    lena: Contact,
    make_contact: Callable[..., Contact],
    log: Callable[..., Interaction],
) -> None:
    other = make_contact("Ben Cole")
    theirs = log(other, TODAY, Channel.EMAIL)
    response = client.post(
        reverse("outreach:compose_action"),
        editor_post(lena, messages.GOOD_FOLLOW_UP, action="send", interaction=str(theirs.pk)),
    )
    assert response.status_code == 400
    assert "belongs to someone else" in response.content.decode()
    assert not Message.objects.exists()


def test_it_needs_the_csrf_token(lena: Contact) -> None:
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        reverse("outreach:compose_action"), editor_post(lena, "x", action="send")
    )
    assert response.status_code == 403
