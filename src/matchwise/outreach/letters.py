"""The letter pipeline: readiness from the relationship, and moving a request along."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.db.models import Count, Min, QuerySet

from matchwise.network.models import Contact
from matchwise.outreach import readiness, replies
from matchwise.outreach.errors import MoveError
from matchwise.outreach.models import LetterRequest
from matchwise.outreach.readiness import Stage
from matchwise.outreach.relationship import exchange


@dataclass(frozen=True)
class LetterRow:
    letter: LetterRequest
    readiness: readiness.Readiness

    @property
    def state(self) -> str:
        return readiness.shown_state(self.letter.letter_stage, self.readiness)

    @property
    def next_stages(self) -> tuple[Stage, ...]:
        return readiness.NEXT_STAGES[self.letter.letter_stage]

    @property
    def warning(self) -> str:
        if self.letter.letter_stage is not Stage.NOT_ASKED:
            return ""
        return readiness.asking_warning(self.readiness)


def with_history(letters: QuerySet[LetterRequest]) -> QuerySet[LetterRequest]:
    return letters.select_related("contact").annotate(
        first_touch=Min("contact__interactions__occurred_on"),
        # Only exchanges count: three unanswered emails are not a relationship.
        exchanges=Count("contact__interactions", filter=exchange("contact__interactions__")),
    )


def row(letter: LetterRequest, today: date) -> LetterRow:
    """`letter` must come through `with_history`."""
    relationship = readiness.Relationship(
        known_since=letter.known_since or letter.first_touch,  # type: ignore[attr-defined]
        exchanges=letter.exchanges,  # type: ignore[attr-defined]
        supervised=letter.supervised,
        saw_work=letter.saw_work,
    )
    return LetterRow(letter, readiness.readiness(relationship, today))


def pipeline(today: date) -> list[LetterRow]:
    return [row(letter, today) for letter in with_history(LetterRequest.objects.all())]


def row_of(letter: LetterRequest, today: date) -> LetterRow:
    return row(with_history(LetterRequest.objects.filter(pk=letter.pk)).get(), today)


@transaction.atomic
def move(letter: LetterRequest, to: Stage, today: date, *, despite_warning: bool = False) -> str:
    """Move the request; returns a warning instead (and moves nothing) when asking before the
    writer is ready, unless `despite_warning`. A decline closes any nudge: never chase a no."""
    current = letter.letter_stage
    if not readiness.can_move(current, to):
        if current is Stage.DECLINED:
            raise MoveError(
                "They said no. Thank them and let it rest; a letter asked twice is weak."
            )
        raise MoveError(
            f"A letter that is {readiness.STAGE_LABELS[current].lower()} cannot become "
            f"{readiness.STAGE_LABELS[to].lower()}."
        )
    if to is Stage.ASKED and not despite_warning:
        warning = row_of(letter, today).warning
        if warning:
            return warning
    if to in (Stage.AGREED, Stage.DECLINED):
        replies.record_answer(letter.contact, today)
    letter.stage, letter.stage_changed_on = to, today
    letter.save(update_fields=["stage", "stage_changed_on"])
    return ""


def record_asked(contact: Contact, on: date) -> None:
    """A letter request went out through the composer: the pipeline follows."""
    letter = LetterRequest.objects.filter(contact=contact, stage=Stage.NOT_ASKED).first()
    if letter is not None:
        move(letter, Stage.ASKED, on, despite_warning=True)
