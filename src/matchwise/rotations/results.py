"""The Match result: recording it, whom to thank or update, and the plan for a next cycle."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from matchwise.network.models import Contact, Interaction, MentorAssignment
from matchwise.outreach.kinds import MessageKind
from matchwise.outreach.models import Goal, LetterRequest, Message
from matchwise.outreach.readiness import SECURED, Stage
from matchwise.outreach.relationship import exchange
from matchwise.programs.models import SavedProfile
from matchwise.rotations import thanks
from matchwise.rotations.forms_results import MatchResultForm
from matchwise.rotations.models import MatchResult

UPDATE_KINDS = (MessageKind.UPDATE, MessageKind.THANK_YOU)


class ResultRefusedError(ValueError):
    """What the result form refused, field by field."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        self.errors = errors
        first = next(iter(errors.items()), ("", [""]))
        super().__init__(f"{first[0]}: {' '.join(first[1])}")


def default_season_start(season: int) -> date:
    """Applications go out in the autumn before a March Match, after a year of gathering
    experience and letters: exchanges from 1 January of the year before count."""
    return date(season - 1, 1, 1)


def record(values: Mapping[str, object], instance: MatchResult | None = None) -> MatchResult:
    """Store a result, validated by the same form as the page; ResultRefusedError if wrong."""
    data = dict(values)
    season = str(data.get("season", ""))
    if not data.get("season_started_on") and season.isdigit():
        data["season_started_on"] = default_season_start(int(season))
    form = MatchResultForm(data, instance=instance)
    if not form.is_valid():
        raise ResultRefusedError({f: [str(e) for e in errs] for f, errs in form.errors.items()})
    return form.save()


@dataclass(frozen=True)
class HelperRow:
    helper: thanks.Helper
    updated_on: date | None  # when a thank-you or update was sent after the result

    @property
    def contact_id(self) -> int:
        return self.helper.candidate.contact_id

    @property
    def name(self) -> str:
        return self.helper.candidate.name

    @property
    def done(self) -> bool:
        return self.updated_on is not None


def candidates(result: MatchResult) -> list[thanks.Candidate]:
    """Mentors, letter writers and people with exchanges in the season, in four queries that
    each use an index (one grouped query over every contact and interaction is far slower)."""
    in_season = Interaction.objects.filter(
        exchange(),
        occurred_on__gte=result.season_started_on,
        occurred_on__lte=result.recorded_on,
    )
    exchanges = dict(
        in_season.values("contact_id")
        .annotate(count=Count("id"))
        .values_list("contact_id", "count")
        .order_by()
    )
    mentors = set(MentorAssignment.objects.values_list("contact_id", flat=True))
    writers = set(
        LetterRequest.objects.filter(stage__in=list(SECURED)).values_list("contact_id", flat=True)
    )
    wanted = mentors | writers | set(exchanges)
    names = Contact.objects.values_list("pk", "honorific", "name").order_by("name", "pk")
    return [
        thanks.Candidate(
            pk,
            f"{honorific} {name}" if honorific else name,
            pk in mentors,
            pk in writers,
            exchanges.get(pk, 0),
        )
        for pk, honorific, name in names
        if pk in wanted
    ]


def helpers(result: MatchResult) -> list[HelperRow]:
    """Everyone who helped this season, each with their template and whether it was sent."""
    sent: dict[int, date] = {}
    for contact_id, on in (
        Message.objects.filter(
            state=Message.State.SENT, kind__in=UPDATE_KINDS, sent_on__gte=result.recorded_on
        )
        .order_by("sent_on")
        .values_list("contact_id", "sent_on")
    ):
        if on is not None:
            sent.setdefault(contact_id, on)
    listed = thanks.who_helped(candidates(result), matched=result.matched)
    return [HelperRow(h, sent.get(h.candidate.contact_id)) for h in listed]


@dataclass(frozen=True)
class NextCycle:
    goals: int
    letters: int
    profiles: int

    def summary(self) -> str:
        return (
            f"Next cycle planned: {self.goals} goal{'s' if self.goals != 1 else ''} copied "
            f"forward, {self.letters} letter{'s' if self.letters != 1 else ''} back in the "
            f"pipeline to ask for an update, {self.profiles} profile"
            f"{'s' if self.profiles != 1 else ''} copied for the next season. Your contacts "
            "stay as they are."
        )


class NextCycleError(ValueError):
    pass


@transaction.atomic
def start_next_cycle(result: MatchResult, today: date) -> NextCycle:
    """After a season without a match: copy the goals forward a year, put the letters you had
    back at "not asked" (a letter for the next season is asked again, updated; a no stays a
    no), copy each saved profile as a year later, and keep every contact. Once per result."""
    if result.matched:
        raise NextCycleError("You matched: there is no next cycle to plan.")
    if result.next_cycle_started_on is not None:
        raise NextCycleError(f"The next cycle was planned on {result.next_cycle_started_on}.")
    goals = list(Goal.objects.all())
    for goal in goals:
        goal.pk = None
        goal.done_by_hand = 0
        goal.created_on = today
        goal.deadline = goal.deadline + timedelta(days=365) if goal.deadline else None
    Goal.objects.bulk_create(goals)
    letters = LetterRequest.objects.filter(
        stage__in=[Stage.ASKED, Stage.AGREED, Stage.UPLOADED]
    ).update(stage=Stage.NOT_ASKED, stage_changed_on=today)
    profiles = list(SavedProfile.objects.all())
    now = timezone.now()
    for profile in profiles:  # each a year on: one more year since graduation
        profile.pk = None
        profile.name = f"{profile.name} ({result.season + 1})"[:100]
        profile.years_since_graduation += 1
        profile.created_at = profile.updated_at = now
    SavedProfile.objects.bulk_create(profiles)
    result.next_cycle_started_on = today
    result.save(update_fields=["next_cycle_started_on"])
    return NextCycle(len(goals), letters, len(profiles))
