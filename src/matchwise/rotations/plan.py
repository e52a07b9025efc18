"""What a rotation calls for today: the rules of `timing` applied to the tracker's data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from matchwise.network.choices import OPEN_STATES
from matchwise.network.models import Contact
from matchwise.outreach import letters, readiness
from matchwise.outreach.kinds import MessageKind
from matchwise.outreach.models import LetterRequest, Message
from matchwise.outreach.relationship import exchange
from matchwise.rotations import timing
from matchwise.rotations.models import Rotation, RotationMember, RotationTask
from matchwise.rotations.vocabulary import MemberRole


@dataclass(frozen=True)
class Person:
    member: RotationMember
    exchanges: int
    thanked: bool
    thanks: timing.Prompt | None
    letter: LetterRequest | None
    letter_readiness: readiness.Readiness | None

    @property
    def on_track(self) -> bool:
        return timing.on_track(self.exchanges)

    @property
    def contact(self) -> Contact:
        return self.member.contact

    @property
    def letter_state(self) -> str:
        if self.letter is None or self.letter_readiness is None:
            return ""
        return readiness.shown_state(self.letter.letter_stage, self.letter_readiness)


@dataclass(frozen=True)
class RotationPlan:
    rotation: Rotation
    today: date
    people: list[Person]
    tasks: list[RotationTask]
    feedback: timing.Prompt | None

    @property
    def span(self) -> timing.Span:
        return self.rotation.span

    @property
    def phase(self) -> timing.Phase:
        return self.span.phase(self.today)

    @property
    def working_day(self) -> int:
        return timing.working_day_number(self.span.starts_on, self.span.ends_on, self.today)

    def _chosen(self, role: MemberRole) -> list[Person]:
        return [p for p in self.people if p.member.chosen and p.member.member_role is role]

    @property
    def attendings(self) -> list[Person]:
        return self._chosen(MemberRole.ATTENDING)

    @property
    def residents(self) -> list[Person]:
        return self._chosen(MemberRole.RESIDENT)

    @property
    def attending_progress(self) -> timing.TargetProgress:
        wanted = self.rotation.attending_target
        return timing.target_progress(wanted, [p.exchanges for p in self.attendings])

    @property
    def resident_progress(self) -> timing.TargetProgress:
        wanted = self.rotation.resident_target
        return timing.target_progress(wanted, [p.exchanges for p in self.residents])

    @property
    def to_thank(self) -> list[Person]:
        return [p for p in self.people if p.thanks is not None]

    @property
    def letter_writers(self) -> list[Person]:
        """Attendings who saw your work, from the last week on."""
        if not timing.letter_check_shown(self.span, self.today):
            return []
        return [
            p
            for p in self.people
            if p.member.member_role is MemberRole.ATTENDING and p.member.saw_work
        ]

    @property
    def open_tasks(self) -> list[RotationTask]:
        return [t for t in self.tasks if t.follow_up.state in OPEN_STATES]

    @property
    def done_tasks(self) -> list[RotationTask]:
        return [t for t in self.tasks if t.follow_up.state not in OPEN_STATES]

    @property
    def after_end(self) -> bool:
        return self.phase is timing.Phase.ENDED

    def __bool__(self) -> bool:
        """Whether there is something to do about it today (for This week)."""
        return bool(self.feedback or self.to_thank or self.open_tasks)


def thanked_since(on: date) -> Exists:
    """A thank-you sent to the member's contact on or after `on`."""
    return Exists(
        Message.objects.filter(
            contact=OuterRef("contact"),
            state=Message.State.SENT,
            kind=MessageKind.THANK_YOU,
            sent_on__gte=on,
        )
    )


def members_of(rotation: Rotation) -> QuerySet[RotationMember]:
    return (
        rotation.members.select_related("contact", "contact__letter")
        .annotate(
            exchanges=Count(
                "contact__interactions", filter=exchange("contact__interactions__"), distinct=True
            ),
            thanked=thanked_since(rotation.span.thanks_from),
        )
        .order_by("role", "contact__name", "pk")
    )


def person(member: RotationMember, today: date) -> Person:
    thanked: bool = member.thanked  # type: ignore[attr-defined]
    prompt = timing.thanks_prompt(member.rotation.span, today, thanked=thanked)
    letter = getattr(member.contact, "letter", None)
    ready = letters.row_of(letter, today).readiness if letter is not None else None
    return Person(member, member.exchanges, thanked, prompt, letter, ready)  # type: ignore[attr-defined]


def plan(rotation: Rotation, today: date) -> RotationPlan:
    people = [person(member, today) for member in members_of(rotation)]
    tasks = list(
        rotation.tasks.select_related("follow_up", "follow_up__contact").order_by(
            "follow_up__due_on", "pk"
        )
    )
    feedback = timing.feedback_prompt(rotation.span, today, asked=feedback_asked(rotation))
    return RotationPlan(rotation, today, people, tasks, feedback)


def feedback_asked(rotation: Rotation) -> bool:
    """Asked when you said so, or when a meeting request to someone met there was marked sent
    during the rotation (the composer's `rotation-feedback` template is one)."""
    if rotation.feedback_asked_on is not None:
        return True
    return Message.objects.filter(
        contact__rotation_roles__rotation=rotation,
        state=Message.State.SENT,
        kind=MessageKind.MENTOR_REQUEST,
        sent_on__gte=rotation.starts_on,
        sent_on__lte=rotation.ends_on,
    ).exists()


def running(today: date) -> QuerySet[Rotation]:
    """Rotations under way, and those ended in the last two weeks (thank-yous still due)."""
    recent = today.toordinal() - timing.THANKS_SHOWN_DAYS
    return Rotation.objects.filter(
        Q(starts_on__lte=today), Q(ends_on__gte=date.fromordinal(recent))
    ).order_by("ends_on", "pk")
