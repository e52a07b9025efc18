"""The one service call: profile + catalogue (+ network ties) -> an optimised, explained list."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from matchwise.selection.band import Uncertain, band, bands, drawn_prefixes
from matchwise.selection.catalogue import Program
from matchwise.selection.chances import Chance, assess_all
from matchwise.selection.curve import curve_counts
from matchwise.selection.fees import FeeSchedule, fee_schedule
from matchwise.selection.list_order import (
    BACKUPS_SHOWN,
    is_backup,
    order_key,
    selection_key,
    tied_flags,
)
from matchwise.selection.list_value import (
    Candidate,
    Specialty,
    curves,
    interviews_distribution,
    no_match_prefix,
)
from matchwise.selection.model import FITTED_TYPE, MatchModel, shipped_model
from matchwise.selection.optimiser import Limits, Market, best_counts
from matchwise.selection.preferences import program_utility
from matchwise.selection.profile import Profile
from matchwise.selection.sample_label import SAMPLE_LABEL
from matchwise.selection.shortlist_result import (
    ASSUMPTION,
    CurvePoint,
    ExcludedProgram,
    LastProgram,
    Objective,
    Shortlist,
    ShortlistedProgram,
    tier,
)
from matchwise.selection.specialty_model import score_units
from matchwise.selection.strength import WEIGHTS
from matchwise.selection.ties import NO_TIES, NetworkTies
from matchwise.selection.utility_optimiser import maximise_expected_utility, portfolio_value

# Stop where the next application adds less than this many percentage points per $100: at the
# latest season's fee past the 30th program (fee_schedule().program_fee(31)), a program must add
# about 0.1 pp to be listed (docs/selection.md says the figures; a test checks them).
DEFAULT_STOP_BELOW = 0.3


@dataclass
class _Group:
    """One specialty's open programs, in list order, and its numbers."""

    name: str
    specialty: Specialty
    chances: list[Chance]
    uncertain: Uncertain
    prefix: np.ndarray
    curve: np.ndarray


def _groups(
    profile: Profile,
    chances: list[Chance],
    by_id: Mapping[str, Program],
    model: MatchModel,
    favourites: Sequence[str],
) -> list[_Group]:
    out = []
    for name in sorted({c.specialty for c in chances}):
        parameters = model.parameters(name, profile.applicant_type)
        values = parameters.values
        mine = sorted(
            (c for c in chances if c.specialty == name),
            key=lambda c: selection_key(profile, by_id[c.program_id], c, favourites),
        )
        specialty = Specialty(values.spread, values.conversion, values.ceiling)
        curve = curves([Candidate(0, c.log_odds, c.admit) for c in mine], [specialty])
        score = profile.step2_score if profile.step2_score is not None else 200
        uncertain = Uncertain(
            values.vector(),
            parameters.covariance,
            float(score_units(score)),
            np.array([c.log_odds for c in mine]),
            np.array([c.admit for c in mine]),
            np.array([c.unknown_sd for c in mine]),
        )
        out.append(
            _Group(name, specialty, mine, uncertain, no_match_prefix(curve, specialty), curve)
        )
    return out


def _reorder_chosen_first(group: _Group, chosen: set[str]) -> _Group:
    """For the utility objective: the chosen programs first, in list order."""
    order = sorted(
        range(len(group.chances)), key=lambda i: group.chances[i].program_id not in chosen
    )
    chances = [group.chances[i] for i in order]
    u = group.uncertain
    uncertain = Uncertain(
        u.values,
        u.covariance,
        u.score_units,
        u.log_odds[order],
        u.admit[order],
        u.unknown_sd[order],
    )
    curve = group.curve[order]
    return _Group(
        group.name,
        group.specialty,
        chances,
        uncertain,
        no_match_prefix(curve, group.specialty),
        curve,
    )


def _listed(
    chance: Chance,
    program: Program,
    specialty: Specialty,
    ties: Mapping[str, NetworkTies],
    tied: bool,
) -> ShortlistedProgram:
    return ShortlistedProgram(
        program_id=chance.program_id,
        name=program.name,
        specialty=chance.specialty,
        p_interview=chance.p,
        p_interview_low=chance.low,
        p_interview_high=chance.high,
        p_match_here=specialty.ceiling * specialty.conversion * chance.p,
        tier=tier(chance.p),
        reasons=chance.reasons,
        unknowns=chance.unknowns,
        network_ties=ties.get(chance.program_id, NO_TIES).count,
        tied=tied,
    )


def _last_program(
    groups: list[_Group], market: Market, counts: list[int], by_id: Mapping[str, Program]
) -> LastProgram | None:
    """The listed program whose removal costs least per dollar saved: the marginal one."""
    best: LastProgram | None = None
    total = market.p_match(counts)
    for s, n in enumerate(counts):
        if n == 0:
            continue
        fewer = list(counts)
        fewer[s] -= 1
        adds = total - market.p_match(fewer)
        cost = int(market.costs[n] - market.costs[n - 1])
        per_100 = 100 * adds * 100 / cost if cost else float("inf")
        if best is None or per_100 < best.pp_per_100usd:
            chance = groups[s].chances[n - 1]
            best = LastProgram(
                chance.program_id, by_id[chance.program_id].name, adds, cost, per_100
            )
    return best


def build_shortlist(
    profile: Profile,
    programs: list[Program],
    network_ties: Mapping[str, NetworkTies] | None = None,
    budget: int | None = None,
    max_n: int | None = None,
    objective: Objective = Objective.P_MATCH,
    *,
    utility: Mapping[str, float] | None = None,
    favourites: Sequence[str] = (),
    model: MatchModel | None = None,
    fees: FeeSchedule | None = None,
    stop_below: float | None = None,
) -> Shortlist:
    """The best list for this applicant. budget, max_n and stop_below default to the profile's.

    Favourites (program ids, best first) are always listed. With the expected-utility objective,
    each program is worth `utility[id]` when given, else what preferences.program_utility makes
    of the profile and the favourites.
    """
    model = model or shipped_model()
    fees = fees or fee_schedule()
    budget = profile.budget_usd if budget is None else budget
    max_n = profile.max_applications if max_n is None else max_n
    if stop_below is None:
        stop_below = profile.stop_below if profile.stop_below is not None else DEFAULT_STOP_BELOW
    ties = network_ties or {}
    by_id = {p.program_id: p for p in programs}
    chances = assess_all(profile, programs, model, ties, favourites)
    excluded = tuple(
        ExcludedProgram(c.program_id, by_id[c.program_id].name, c.excluded)
        for c in chances
        if c.excluded
    )
    open_chances = [c for c in chances if not c.excluded]
    backup_chances = [
        c
        for c in open_chances
        if not profile.include_preliminary and is_backup(by_id[c.program_id])
    ]
    backup_ids = {c.program_id for c in backup_chances}
    groups = _groups(
        profile,
        [c for c in open_chances if c.program_id not in backup_ids],
        by_id,
        model,
        favourites,
    )
    floors = tuple(sum(c.program_id in favourites for c in g.chances) for g in groups)
    limits = Limits(budget, max_n, stop_below / 1e4, floors)
    market = Market([g.prefix for g in groups], fees)
    counts = best_counts(market, limits)
    expected_utility = None
    if objective is Objective.EXPECTED_UTILITY:
        groups, counts, expected_utility = _utility_list(
            profile, groups, counts, by_id, fees, budget, max_n, favourites, utility
        )
        market = Market([g.prefix for g in groups], fees)
    p_match = market.p_match(counts)
    points = curve_counts(market, limits, sum(counts)) if objective is Objective.P_MATCH else []
    tops = [max([c[s] for c in points] + [counts[s]]) for s in range(len(groups))]
    drawn = drawn_prefixes([g.uncertain for g in groups], tops)
    low, high = band(drawn, counts, p_match)
    chosen = [(g, c) for g, n in zip(groups, counts, strict=True) for c in g.chances[:n]]
    chosen.sort(key=lambda gc: order_key(profile, by_id[gc[1].program_id], gc[1], favourites))
    flags = tied_flags([c.p for _, c in chosen])
    tied_count = sum(flags)
    listed = tuple(
        _listed(c, by_id[c.program_id], g.specialty, ties, tied)
        for (g, c), tied in zip(chosen, flags, strict=True)
    )
    chosen_curve = np.vstack(
        [g.curve[:n] for g, n in zip(groups, counts, strict=True)] or [np.zeros((0, len(WEIGHTS)))]
    )
    backups = sorted(
        backup_chances, key=lambda c: order_key(profile, by_id[c.program_id], c, favourites)
    )
    params_for = {g.name: g.specialty for g in groups}
    return Shortlist(
        p_match=p_match,
        p_match_low=low,
        p_match_high=high,
        cost_usd=market.cost(counts),
        expected_interviews=float(sum(c.p for _, c in chosen)),
        interviews_distribution=tuple(float(x) for x in interviews_distribution(chosen_curve)),
        expected_utility=expected_utility,
        programs=listed,
        backups=tuple(
            _listed(
                c, by_id[c.program_id], params_for.get(c.specialty, Specialty(0, 0, 0)), ties, False
            )
            for c in backups[:BACKUPS_SHOWN]
        ),
        excluded=excluded,
        curve=_curve(market, drawn, points),
        last_program=_last_program(groups, market, counts, by_id)
        if objective is Objective.P_MATCH
        else None,
        stop_below=stop_below,
        tied=tied_count,
        indistinguishable=len(listed) > 1
        and tied_count == len(listed)
        and not any(c.evidence for _, c in chosen),
        networking_targets=tuple(s.program_id for s in listed if s.network_ties == 0),
        objective=objective,
        season=fees.season,
        model=_model_words(model, profile),
        citation=model.citation,
        assumption=ASSUMPTION,
        label=SAMPLE_LABEL if any(p.source == SAMPLE_LABEL for p in programs) else None,
    )


def _model_words(model: MatchModel, profile: Profile) -> str:
    """The parameters' description, and for an applicant type the fit does not cover, that
    its figures are assumptions."""
    if not profile.specialties or profile.applicant_type is FITTED_TYPE:
        return model.description
    words = model.parameters(profile.specialties[0], profile.applicant_type).words
    return f"{model.description}; {words}"


def _cost(groups: np.ndarray, m: int, fees: FeeSchedule) -> int:
    return sum(fees.specialty_cost(int(n)) for n in np.bincount(groups, minlength=m))


def _curve(
    market: Market,
    drawn: list[np.ndarray],
    points: list[list[int]],
) -> tuple[CurvePoint, ...]:
    values = [market.p_match(c) for c in points]
    ranges = bands(drawn, points, values)
    return tuple(
        CurvePoint(sum(c), market.cost(c), p, low, high)
        for c, p, (low, high) in zip(points, values, ranges, strict=True)
    )


def _utility_list(
    profile: Profile,
    groups: list[_Group],
    counts: list[int],
    by_id: Mapping[str, Program],
    fees: FeeSchedule,
    budget: int | None,
    max_n: int | None,
    favourites: Sequence[str],
    utility: Mapping[str, float] | None,
) -> tuple[list[_Group], list[int], float]:
    """Kapur & Hong's list on each program's average chance of a match there, no longer than
    the priced P(match) list; P(match) itself is then computed with shared strength."""
    flat = [(s, c) for s, g in enumerate(groups) for c in g.chances]
    contribution = np.array(
        [groups[s].specialty.ceiling * groups[s].specialty.conversion * c.p for s, c in flat]
    )
    values = np.array(
        [
            utility.get(c.program_id, 0.0)
            if utility is not None
            else program_utility(profile, by_id[c.program_id], favourites)
            for _, c in flat
        ]
    )
    group_of = np.array([s for s, _ in flat], dtype=np.int64)
    size = sum(counts)
    limit = size if max_n is None else min(max_n, size)
    # Favourites are always listed; the rest is Kapur & Hong's choice around them.
    forced = np.array([c.program_id in favourites for _, c in flat], dtype=bool)
    free = np.where(forced, 0.0, contribution)
    portfolio = maximise_expected_utility(
        free, values, group_of, fees, budget, max(limit - int(forced.sum()), 0)
    )
    chosen = sorted(set(portfolio.chosen.tolist()) | set(np.flatnonzero(forced).tolist()))
    while budget is not None and chosen and _cost(group_of[chosen], len(groups), fees) > budget:
        droppable = [i for i in chosen if not forced[i]]
        if not droppable:
            break
        chosen.remove(min(droppable, key=lambda i: contribution[i] * values[i]))
    picked = np.array(chosen, dtype=np.int64)
    chosen_ids = {flat[i][1].program_id for i in chosen}
    regrouped = [_reorder_chosen_first(g, chosen_ids) for g in groups]
    new_counts = [sum(c.program_id in chosen_ids for c in g.chances) for g in groups]
    return regrouped, new_counts, portfolio_value(picked, contribution, values)
