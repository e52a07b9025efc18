"""Live odds: P(match) from the interviews completed and scheduled, one line per specialty.

The figure is the shortlist model's P(match | k interviews) with its band
(`selection.interview_odds`); beside it, NRMP's published P(match | k contiguous ranks) read off
the user's own calibration table (`selection.anchor`) where that table has the specialty. The
whole panel costs three queries, however many applications there are.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.db.models import Count

from matchwise.programs.calibrations import current_calibration, model_of
from matchwise.programs.models import Calibration, SavedProfile
from matchwise.season.models import Application
from matchwise.season.vocabulary import Status
from matchwise.selection.anchor import p_match_by_ranks
from matchwise.selection.interview_odds import InterviewOdds, match_given_interviews
from matchwise.selection.model import FITTED_TYPE
from matchwise.selection.outcomes import SpecialtyOutcome, outcomes_from_json
from matchwise.selection.strength import FloatArray
from matchwise.selection.vocabulary import ApplicantType

# An interview is completed once the application is interviewed (or ranked, or has its result).
COMPLETED = frozenset({Status.INTERVIEWED, Status.RANKED, Status.MATCHED, Status.NOT_MATCHED})
CURVE_MIN = 20  # the chart runs from 0 to at least this many interviews
NOT_GIVEN = "Specialty not given"
HOW_TO_ADD = (
    "NRMP's published figure needs your copy of Charting Outcomes with this specialty's "
    "contiguous ranks of matched and unmatched applicants: add it on the Model page (or with "
    "the command matchwise calibrate FILE.csv) and it appears here."
)


@dataclass(frozen=True)
class Figure:
    """P(match) with this many interviews: the model's, its band, and NRMP's where known."""

    interviews: int
    p_match: float
    p_match_low: float
    p_match_high: float
    published: float | None


@dataclass(frozen=True)
class SpecialtyOdds:
    specialty: str
    interviews_completed: int
    interviews_scheduled: int
    completed: Figure
    with_scheduled: Figure
    curve: tuple[Figure, ...]  # k = 0, 1, 2, ... for the chart
    parameters: str  # how the model's parameters for it were obtained
    published_note: str  # the source of the published figure, or how to add it

    @property
    def scheduled_words(self) -> str:
        """What the second figure assumes, in words (the page and the command both say it)."""
        if self.interviews_scheduled == 0:
            return "with none scheduled"
        if self.interviews_scheduled == 1:
            return "if the one scheduled happens"
        return f"if all {self.interviews_scheduled} scheduled happen"


@dataclass(frozen=True)
class SeasonOdds:
    lines: tuple[SpecialtyOdds, ...]
    applicant_type: ApplicantType
    profile_note: str  # where the applicant type came from
    model: str
    citation: str


def _figure(odds: InterviewOdds, by_ranks: FloatArray | None) -> Figure:
    """The model's figure, and the published one for as many ranks (none for 0 interviews)."""
    k = odds.interviews
    published = None
    if by_ranks is not None and 1 <= k <= len(by_ranks):
        published = float(by_ranks[k - 1])
    return Figure(k, odds.p_match, odds.low, odds.high, published)


def _published_note(
    specialty: str,
    outcome: SpecialtyOutcome | None,
    by_ranks: FloatArray | None,
    calibration: Calibration | None,
) -> str:
    if specialty == NOT_GIVEN:
        return (
            "Not available: these applications name no specialty, and your saved profile "
            "does not have exactly one to count them for."
        )
    if calibration is None:
        return f"Not available: no calibration table yet. {HOW_TO_ADD}"
    if not calibration.outcomes:
        return (
            f"Not available: the calibration to {calibration.file_name} was made before "
            f"matchwise kept the table's figures; calibrate again with it. {HOW_TO_ADD}"
        )
    if outcome is None:
        return f"Not available: {calibration.file_name} has no “{specialty}”. {HOW_TO_ADD}"
    if by_ranks is None:
        return (
            f"Not available: {calibration.file_name} gives no contiguous ranks for "
            f"“{specialty}” (suppressed or missing). {HOW_TO_ADD}"
        )
    return (
        f"NRMP's published P(match | contiguous ranks) of non-US IMGs in “{specialty}”, "
        f"read off {calibration.file_name} (calibrated on {calibration.created_at:%Y-%m-%d})."
    )


def _profile() -> tuple[ApplicantType, list[str], str]:
    saved = SavedProfile.objects.values_list("name", "applicant_type", "specialties").first()
    if saved is None:
        words = f"for {FITTED_TYPE.label} (no saved profile)"
        return FITTED_TYPE, [], words
    name, applicant_type, specialties = saved
    kind = ApplicantType(applicant_type)
    return kind, list(specialties or []), f"for {kind.label} (saved profile “{name}”)"


def interview_counts(specialties: list[str]) -> dict[str, tuple[int, int]]:
    """Per specialty: (interviews completed, interviews scheduled), in one query. An application
    without a specialty counts for the profile's one specialty, when it has exactly one."""
    rows = Application.objects.order_by().values_list("specialty", "status").annotate(n=Count("id"))
    completed: Counter[str] = Counter()
    scheduled: Counter[str] = Counter()
    names: dict[str, None] = {}
    for specialty, status, n in rows:
        name = specialty.strip() or (specialties[0] if len(specialties) == 1 else NOT_GIVEN)
        names[name] = None
        if status in COMPLETED:
            completed[name] += n
        elif status == Status.SCHEDULED:
            scheduled[name] += n
    return {name: (completed[name], scheduled[name]) for name in sorted(names)}


def season_odds() -> SeasonOdds:
    """The live odds of every specialty applied to, in three queries."""
    applicant_type, specialties, profile_note = _profile()
    calibration = current_calibration()
    model = model_of(calibration)
    counts = interview_counts(specialties)
    published = calibration.outcomes if calibration is not None else {}
    table = outcomes_from_json({n: published[n] for n in counts if n in published})
    lines = []
    for specialty, (done, booked) in counts.items():
        parameters = model.parameters(specialty, applicant_type)
        outcome = table.get(specialty)
        by_ranks = p_match_by_ranks(outcome) if outcome is not None else None
        top = max(CURVE_MIN, done + booked + 2)
        curve = tuple(
            _figure(o, by_ranks) for o in match_given_interviews(parameters, range(top + 1))
        )
        lines.append(
            SpecialtyOdds(
                specialty=specialty,
                interviews_completed=done,
                interviews_scheduled=booked,
                completed=curve[done],
                with_scheduled=curve[done + booked],
                curve=curve,
                parameters=parameters.words,
                published_note=_published_note(specialty, outcome, by_ranks, calibration),
            )
        )
    return SeasonOdds(tuple(lines), applicant_type, profile_note, model.description, model.citation)


def figure_json(figure: Figure) -> dict[str, object]:
    return {
        "interviews": figure.interviews,
        "p_match": figure.p_match,
        "p_match_low": figure.p_match_low,
        "p_match_high": figure.p_match_high,
        "published": figure.published,
    }


def odds_json(odds: SeasonOdds) -> list[dict[str, object]]:
    """One object per specialty (the CLI's and the API's form)."""
    return [
        {
            "specialty": line.specialty,
            "interviews_completed": line.interviews_completed,
            "interviews_scheduled": line.interviews_scheduled,
            "completed": figure_json(line.completed),
            "with_scheduled": figure_json(line.with_scheduled),
            "applicant_type": odds.applicant_type.value,
            "parameters": line.parameters,
            "published_note": line.published_note,
            "model": odds.model,
            "citation": odds.citation,
        }
        for line in odds.lines
    ]


def chart_json(odds: SeasonOdds) -> list[dict[str, object]]:
    """What the Season page's charts draw: per specialty, P(match) against k with its band,
    the published figure where known, and the user's two points."""
    return [
        {
            "specialty": line.specialty,
            "p_match": [[f.interviews, f.p_match] for f in line.curve],
            "band": [
                [[f.interviews, f.p_match_low] for f in line.curve],
                [[f.interviews, f.p_match_high] for f in line.curve],
            ],
            "published": [
                [f.interviews, f.published] for f in line.curve if f.published is not None
            ],
            "completed": [line.completed.interviews, line.completed.p_match],
            "with_scheduled": [line.with_scheduled.interviews, line.with_scheduled.p_match],
        }
        for line in odds.lines
    ]
