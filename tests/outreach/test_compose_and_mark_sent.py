"""Compose from a template for one contact, check it, mark it sent: the tracker's rules apply."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from matchwise.network.choices import Channel, Direction, FollowUpRule, FollowUpState, Role
from matchwise.network.models import Contact, FollowUp, Interaction
from matchwise.outreach import compose
from matchwise.outreach.checks import Check
from matchwise.outreach.kinds import MessageKind
from matchwise.outreach.models import (
    ApplicantIdentity,
    Conference,
    ConferenceTarget,
    Message,
    MessageTemplate,
)
from tests.outreach import messages

pytestmark = pytest.mark.django_db
TODAY = date.today()

Template = Callable[[str], MessageTemplate]


@pytest.fixture
def lena(make_contact: Callable[..., Contact]) -> Contact:
    return make_contact(
        "Lena Park",
        honorific="Dr.",
        role=Role.PROGRAM_DIRECTOR,
        institution="Lakeside General Hospital",
        email="lena.park@example.org",
    )


def test_it_fills_a_template_from_the_contact_me_the_conference_and_the_meeting(
    lena: Contact,
    me: ApplicantIdentity,
    conference: Conference,
    library: Template,
    log: Callable[..., Interaction],
) -> None:
    ConferenceTarget.objects.create(conference=conference, kind="person", contact=lena, met=True)
    log(lena, TODAY, Channel.CONFERENCE, topic="her study of telehealth follow-up after discharge")
    composed = compose.compose(library("follow-up-conference"), compose.context_for(lena))
    assert composed.subject == "Following up from Midwest Internal Medicine Meeting"
    assert composed.body.startswith("Dear Dr. Park,")
    assert "Our conversation about her study of telehealth follow-up after discharge has" in (
        composed.body
    )
    assert me.identity_sentence in composed.body
    assert composed.body.rstrip().endswith("Dr. Amara Okafor\namara@example.org")


def test_it_leaves_what_it_cannot_fill_for_the_checks_to_catch(
    make_contact: Callable[..., Contact], library: Template
) -> None:
    stranger = make_contact("Sam Lee")
    composed = compose.compose(library("follow-up-conference"), compose.context_for(stranger))
    assert composed.subject == "Following up from {conference.name}"
    findings = compose.check_message(
        composed.kind, composed.body, context=compose.context_for(stranger)
    )
    [gaps] = [f for f in findings if f.check is Check.LEFT_OPEN]
    assert "{conference.name}" in gaps.message and "{me.name}" in gaps.message


def test_it_passes_a_follow_up_that_names_the_conversation(
    lena: Contact,
    me: ApplicantIdentity,
    conference: Conference,
    library: Template,
    log: Callable[..., Interaction],
) -> None:
    log(lena, TODAY, Channel.CONFERENCE, topic="telehealth follow-up after discharge")
    ConferenceTarget.objects.create(conference=conference, kind="person", contact=lena, met=True)
    context = compose.context_for(lena)
    composed = compose.compose(library("follow-up-conference"), context)
    body = composed.body.replace(
        "[One or two sentences: the question you would like their view on, or how you could "
        "help with their work.]",
        "Would your team welcome help with the chart review you mentioned?",
    )
    assert (
        compose.check_message(composed.kind, body, subject=composed.subject, context=context) == []
    )


def test_it_logs_a_sent_message_as_an_outbound_touch_that_settles_the_meeting_follow_up(
    lena: Contact, log: Callable[..., Interaction]
) -> None:
    met = log(lena, TODAY - timedelta(days=1), Channel.CONFERENCE, topic="Poster hall")
    meeting_follow_up = met.follow_ups.get()
    message = compose.mark_sent(
        lena, MessageKind.FOLLOW_UP, "Good to meet you", messages.GOOD_FOLLOW_UP
    )
    assert message.state == Message.State.SENT and message.sent_on == TODAY
    interaction = message.interaction
    assert interaction is not None
    assert (interaction.channel, interaction.direction, interaction.topic) == (
        Channel.EMAIL,
        Direction.OUTBOUND,
        "Good to meet you",
    )
    meeting_follow_up.refresh_from_db()
    assert meeting_follow_up.state == FollowUpState.DONE
    nudge = FollowUp.objects.get(interaction=interaction)
    assert (nudge.rule, nudge.due_on) == (FollowUpRule.NO_REPLY, TODAY + timedelta(days=10))


def test_it_logs_a_linkedin_note_on_linkedin(lena: Contact) -> None:
    message = compose.mark_sent(lena, MessageKind.LINKEDIN_NOTE, "", messages.GOOD_LINKEDIN_NOTE)
    assert message.interaction is not None
    assert message.interaction.channel == Channel.LINKEDIN
    assert message.interaction.topic == "LinkedIn connection note sent"


def test_it_sends_a_saved_draft_once(lena: Contact) -> None:
    draft = compose.save_draft(lena, MessageKind.THANK_YOU, "Thanks", "Thank you for the tour.")
    edited = "Thank you for the tour of the Lakeside stroke unit on Friday."
    sent = compose.mark_sent(lena, MessageKind.THANK_YOU, "Thanks", edited, draft=draft)
    assert sent.pk == draft.pk and sent.body == edited and Message.objects.count() == 1
    with pytest.raises(ValueError, match="already sent"):
        compose.mark_sent(lena, MessageKind.THANK_YOU, "Thanks", edited, draft=sent)


def test_it_compares_with_messages_sent_to_other_people_only(
    lena: Contact, make_contact: Callable[..., Contact]
) -> None:
    ben = make_contact("Ben Cole", honorific="Dr.")
    compose.mark_sent(lena, MessageKind.COLD_EMAIL, "Registry", messages.GOOD_COLD_EMAIL)
    again_to_lena = compose.check_message(
        MessageKind.COLD_EMAIL, messages.GOOD_COLD_EMAIL, context=compose.context_for(lena)
    )
    assert Check.NEAR_DUPLICATE not in [f.check for f in again_to_lena]
    to_ben = compose.check_message(
        MessageKind.COLD_EMAIL, messages.GOOD_COLD_EMAIL, context=compose.context_for(ben)
    )
    [copy] = [f for f in to_ben if f.check is Check.NEAR_DUPLICATE]
    assert "sent to Dr. Lena Park" in copy.message


def test_it_counts_what_it_knows_of_the_history_when_judging_an_early_ask(
    lena: Contact, log: Callable[..., Interaction]
) -> None:
    body = messages.GOOD_LETTER_REQUEST
    first = compose.check_message(
        MessageKind.LETTER_REQUEST, body, context=compose.context_for(lena)
    )
    assert Check.EARLY_ASK in [f.check for f in first]
    for days in (60, 40, 20):
        log(lena, TODAY - timedelta(days=days), Channel.IN_PERSON, Direction.INBOUND)
    later = compose.check_message(
        MessageKind.LETTER_REQUEST, body, context=compose.context_for(lena)
    )
    assert Check.EARLY_ASK not in [f.check for f in later]


OUT, IN = Direction.OUTBOUND, Direction.INBOUND


@pytest.mark.parametrize(
    ("history", "early"),
    [
        # Three cold emails nobody answered: still a stranger.
        ([(Channel.EMAIL, OUT, False)] * 3, True),
        ([(Channel.EMAIL, OUT, False), (Channel.LINKEDIN, OUT, False)] * 3, True),
        # Two real exchanges and any number of your own messages: still early.
        (
            [(Channel.EMAIL, OUT, True), (Channel.EMAIL, IN, False)]
            + [(Channel.EMAIL, OUT, False)] * 4,
            True,
        ),
        # Answers, messages from them, meetings and calls all count.
        ([(Channel.EMAIL, OUT, True)] * 3, False),
        (
            [(Channel.EMAIL, IN, False), (Channel.LINKEDIN, IN, False), (Channel.EMAIL, IN, False)],
            False,
        ),
        (
            [
                (Channel.CONFERENCE, OUT, False),
                (Channel.IN_PERSON, OUT, False),
                (Channel.VIDEO, OUT, False),
            ],
            False,
        ),
        (
            [(Channel.CALL, OUT, False), (Channel.EMAIL, OUT, True), (Channel.EMAIL, IN, False)],
            False,
        ),
    ],
)
def test_it_counts_only_real_exchanges_when_judging_an_early_ask(
    lena: Contact,
    log: Callable[..., Interaction],
    history: list[tuple[Channel, Direction, bool]],
    early: bool,
) -> None:
    for days, (channel, direction, replied) in enumerate(history, start=1):
        log(lena, TODAY - timedelta(days=10 * days), channel, direction, reply_received=replied)
    found = compose.check_message(
        MessageKind.LETTER_REQUEST, messages.GOOD_LETTER_REQUEST, context=compose.context_for(lena)
    )
    assert (Check.EARLY_ASK in [f.check for f in found]) is early
