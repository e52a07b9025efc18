"""The composer: fill a template for one contact, check the result, and mark it sent.

Views, the API and the CLI all call these functions; nothing here knows about requests.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db import transaction
from django.db.models import Q

from matchwise.network import clock, services
from matchwise.network.choices import Channel, Direction
from matchwise.network.models import Contact, Interaction
from matchwise.outreach import campaigns, checks, letters, placeholders
from matchwise.outreach.duplicates import SentText
from matchwise.outreach.errors import UnconfirmedSendError
from matchwise.outreach.kinds import MessageKind
from matchwise.outreach.models import (
    Advice,
    ApplicantIdentity,
    CampaignTarget,
    Conference,
    ConferenceTarget,
    Message,
    MessageTemplate,
)
from matchwise.outreach.relationship import exchanges

TOPIC_LENGTH = 200
# A touch "at a conference" logged up to this many days after it ended still belongs to it.
RECENT_DAYS = 7


@dataclass(frozen=True)
class Context:
    """What a message can draw on: the person, you, and where you met or what was said."""

    contact: Contact
    identity: ApplicantIdentity
    conference: Conference | None = None
    interaction: Interaction | None = None
    advice: Advice | None = None
    # The program the message is about, as its name is written (a SOAP list's row, say).
    program: str = ""

    def values(self) -> dict[str, str]:
        contact, me = self.contact, self.identity
        values = placeholders.person_values(
            "contact",
            placeholders.Person(contact.name, contact.honorific),
            position=contact.position,
            specialty=contact.specialty,
            institution=contact.institution,
        )
        values |= placeholders.person_values(
            "me",
            me.person,
            country=me.country,
            status=me.status,
            specialty=me.specialty,
            interest=me.interest,
            experience=me.experience,
            seeking=me.seeking,
            identity=me.identity_sentence,
            email=me.email,
            phone=me.phone,
            linkedin=me.linkedin_url,
        )
        if self.conference is not None:
            values |= {
                "conference.name": self.conference.name,
                "conference.place": self.conference.place,
                "conference.dates": placeholders.date_span(
                    self.conference.starts_on, self.conference.ends_on
                ),
            }
        # What was said is pasted inside a sentence: "our talk about {meeting.topic}".
        names = (self.contact.institution, self.conference.name if self.conference else "")
        if self.interaction is not None:
            topic = self.interaction.topic
            values |= {
                "meeting.date": placeholders.day(self.interaction.occurred_on),
                # "Met at <conference>" says where, not what about: the blank stays for you.
                "meeting.topic": ""
                if placeholders.only_where(topic, [names[1]])
                else placeholders.as_phrase(topic, names),
            }
        if self.program.strip():
            values["program.name"] = self.program.strip()
        if self.advice is not None:
            values |= {
                "advice.suggestion": placeholders.as_phrase(self.advice.suggestion, names),
                "advice.action": placeholders.as_phrase(self.advice.action, names),
            }
        return values

    def specifics(self) -> tuple[str, ...]:
        """Details that belong to this person or to a moment you shared (their specialty
        and your own profile are left out: they would make any message look personal)."""
        details = [self.contact.institution, self.program]
        if self.conference is not None:
            details += [self.conference.name]
        if self.interaction is not None:
            details += [self.interaction.topic, self.interaction.notes]
        if self.advice is not None:
            details += [self.advice.suggestion, self.advice.action]
        details += [
            text
            for target in ConferenceTarget.objects.filter(contact=self.contact)
            for text in (target.title, target.notes, target.program)
        ]
        return tuple(detail for detail in details if detail.strip())

    def own(self) -> tuple[str, ...]:
        me = self.identity
        return (me.country, me.status, me.specialty, me.interest, me.experience, me.seeking)


def context_for(
    contact: Contact,
    *,
    conference: Conference | None = None,
    interaction: Interaction | None = None,
    advice: Advice | None = None,
    program: str = "",
) -> Context:
    """The context, defaulting to your last conversation with them (a message sent from here
    is not one: its topic is only its subject) and the conference where you met them (see
    `conference_met_at`)."""
    if interaction is None:
        interaction = (
            contact.interactions.filter(message__isnull=True)
            .order_by("-occurred_on", "-id")
            .first()
        )
    if conference is None:
        conference = conference_met_at(contact)
    return Context(contact, ApplicantIdentity.load(), conference, interaction, advice, program)


def conference_met_at(contact: Contact) -> Conference | None:
    """Where you met them, from your latest touch with them "at a conference": the conference
    its topic or notes name, else the one running that day, else one that ended in the week
    before it (a touch logged once home) — among several, one where they are on your plan.
    Without such a touch, the latest conference where you marked them as met. None when
    nothing is recorded: the template's blank then points to Conferences."""
    touch = (
        contact.interactions.filter(channel=Channel.CONFERENCE)
        .order_by("-occurred_on", "-id")
        .first()
    )
    if touch is not None:
        started = Conference.objects.filter(starts_on__lte=touch.occurred_on)
        said = f"{touch.topic}\n{touch.notes}"
        named = [
            c for c in started.order_by("-starts_on", "-id") if placeholders.names(said, c.name)
        ]
        if named:
            return named[0]
        for ended_after in (touch.occurred_on, touch.occurred_on - timedelta(days=RECENT_DAYS)):
            around = started.filter(ends_on__gte=ended_after).order_by("-ends_on", "-id")
            found = around.filter(targets__contact=contact).first() or around.first()
            if found is not None:
                return found
    return (
        Conference.objects.filter(targets__contact=contact, targets__met=True)
        .order_by("-starts_on", "-id")
        .first()
    )


@dataclass(frozen=True)
class Composed:
    kind: MessageKind
    subject: str
    body: str


def compose(template: MessageTemplate, context: Context) -> Composed:
    values = context.values()
    return Composed(
        template.message_kind,
        placeholders.render(template.subject, values),
        placeholders.render(template.body, values),
    )


def sent_texts(*, other_than: Contact | None = None) -> list[SentText]:
    """Messages already sent, to anyone but `other_than` (writing to the same person twice
    in similar words is not mass mail)."""
    sent = Message.objects.filter(state=Message.State.SENT)
    if other_than is not None:
        sent = sent.exclude(contact=other_than)
    rows = sent.values_list("contact__honorific", "contact__name", "body").order_by("id")
    return [SentText(f"{honorific} {name}".strip(), body) for honorific, name, body in rows]


def check_message(
    kind: MessageKind, body: str, *, subject: str = "", context: Context | None = None
) -> list[checks.Finding]:
    """The personalisation checks, with what the database knows about the person."""
    contact = context.contact if context is not None else None
    return checks.check(
        checks.Draft(
            kind=kind,
            body=body,
            subject=subject,
            specifics=context.specifics() if context is not None else (),
            own=context.own() if context is not None else (),
            exchanges=exchanges(contact) if contact is not None else None,
            sent=sent_texts(other_than=contact),
            intent_elsewhere=intent_elsewhere(contact),
        )
    )


def intent_elsewhere(contact: Contact | None) -> list[str]:
    """The institutions (not this contact's) that were sent a letter of intent already."""
    here = (contact.institution if contact is not None else "").strip().casefold()
    # Only messages with one of the words a letter of intent needs are read in full.
    worded = Q(body__icontains="choice") | Q(body__icontains="rank")
    rows = Message.objects.filter(worded, state=Message.State.SENT).values_list(
        "contact__institution", "contact__name", "body"
    )
    return sorted(
        {
            institution or name
            for institution, name, body in rows
            if checks.is_letter_of_intent(body) and (institution or name).strip().casefold() != here
        }
    )


@transaction.atomic
def save_draft(
    contact: Contact,
    kind: MessageKind,
    subject: str,
    body: str,
    *,
    template: MessageTemplate | None = None,
    campaign_target: CampaignTarget | None = None,
    draft: Message | None = None,
) -> Message:
    message = draft or Message(contact=contact)
    message.contact, message.kind, message.subject, message.body = contact, kind, subject, body
    message.template = template or message.template
    message.campaign_target = campaign_target or message.campaign_target
    message.save()
    return message


@transaction.atomic
def mark_sent(
    contact: Contact,
    kind: MessageKind,
    subject: str,
    body: str,
    *,
    on: date | None = None,
    template: MessageTemplate | None = None,
    campaign_target: CampaignTarget | None = None,
    advice: Advice | None = None,
    draft: Message | None = None,
    context: Context | None = None,
    confirmed: bool = False,
) -> Message:
    """Store the message as sent and log it as an outbound interaction, so that the tracker's
    rules apply: it settles the follow-ups waiting on you (such as "met in person") and plans
    one polite nudge if no reply comes. Then move what it belongs to along.

    A message with a blocking finding is logged only when `confirmed`; otherwise this raises
    UnconfirmedSendError with those findings and stores nothing. Advice never stops it."""
    on = on or clock.today()
    if draft is not None and draft.state == Message.State.SENT:
        raise ValueError("This message was already sent.")
    if not confirmed:
        context = context or context_for(contact, advice=advice)
        findings = check_message(kind, body, subject=subject, context=context)
        if blocking := [f for f in findings if f.blocking]:
            raise UnconfirmedSendError(blocking)
    topic = (subject.strip() or f"{kind.label} sent")[:TOPIC_LENGTH]
    interaction = services.log_interaction(
        contact, services.NewInteraction(on, kind.rules.channel, Direction.OUTBOUND, topic)
    )
    message = save_draft(
        contact,
        kind,
        subject,
        body,
        template=template,
        campaign_target=campaign_target,
        draft=draft,
    )
    message.state = Message.State.SENT
    message.interaction = interaction
    message.sent_on = on
    message.save(update_fields=["state", "interaction", "sent_on"])
    if message.campaign_target is not None:
        campaigns.record_sent(message.campaign_target, on)
    if kind is MessageKind.LETTER_REQUEST:
        letters.record_asked(contact, on)
    if advice is not None and advice.reported_on is None:
        advice.reported_on = on
        advice.save(update_fields=["reported_on"])
    return message
