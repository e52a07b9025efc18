"""The one service call and its JSON form."""

import json
from dataclasses import replace

import numpy as np
import pytest

from matchwise.selection.catalogue import Program
from matchwise.selection.sample import SAMPLE_LABEL
from matchwise.selection.shortlist import DEFAULT_STOP_BELOW, build_shortlist
from matchwise.selection.shortlist_result import (
    LIKELY_FROM,
    REACH_BELOW,
    Objective,
    Shortlist,
    tier,
)
from matchwise.selection.ties import NetworkTies

from .conftest import make_profile


@pytest.fixture(scope="module")
def result(sample: list[Program]):  # type: ignore[no-untyped-def]
    profile = make_profile(specialties=["Internal Medicine", "Family Medicine"], visa="j1")
    im_id = next(p.program_id for p in sample if p.specialty == "Internal Medicine" and p.visa_j1)
    return build_shortlist(
        profile, sample, {im_id: NetworkTies(contacts=("Dr. Nwosu",))}, budget=900
    )


def test_it_gives_exactly_the_documented_json_keys(result: Shortlist) -> None:
    data = json.loads(json.dumps(result.to_json_dict()))
    assert set(data) == {
        *("p_match", "p_match_low", "p_match_high", "cost_usd", "programs", "backups"),
        *("tied", "indistinguishable", "excluded", "curve", "last_program", "stop_below"),
        *("objective", "model", "assumption", "citation", "label"),
    }
    assert data["objective"] == "p_match" and "Resident Matching" in data["citation"]
    assert set(data["programs"][0]) == {
        *("program_id", "p_interview", "p_interview_low", "p_interview_high"),
        *("tier", "reasons", "unknowns"),
    }
    assert set(data["excluded"][0]) == {"program_id", "reason"}
    assert set(data["curve"][0]) == {"n", "cost_usd", "p_match", "low", "high"}
    assert set(data["last_program"]) == {"program_id", "adds", "pp_per_100usd"}


def test_it_labels_a_sample_catalogue(result: Shortlist) -> None:
    assert result.label == SAMPLE_LABEL == result.to_json_dict()["label"]


def test_it_stays_within_the_budget_and_never_lists_an_excluded_program(result: Shortlist) -> None:
    assert result.cost_usd <= 900
    excluded = {e.program_id for e in result.excluded}
    assert excluded and not excluded & {p.program_id for p in result.programs}
    assert all(e.reason for e in result.excluded)


def test_it_gives_a_band_around_every_chance(result: Shortlist) -> None:
    assert 0 <= result.p_match_low <= result.p_match <= result.p_match_high <= 1
    assert result.p_match_low < result.p_match_high
    assert all(0 <= c.low <= c.p_match <= c.high <= 1 for c in result.curve)


def test_it_reports_the_chance_of_the_list_on_its_curve(result: Shortlist) -> None:
    assert 0 < result.p_match < 1
    on_curve = next(c for c in result.curve if c.n == len(result.programs))
    assert on_curve.p_match == pytest.approx(result.p_match, abs=1e-9)
    assert all(
        a.p_match <= b.p_match + 1e-12 for a, b in zip(result.curve, result.curve[1:], strict=False)
    )
    assert result.expected_interviews == pytest.approx(sum(p.p_interview for p in result.programs))


def test_it_says_what_the_last_program_adds_per_dollar(sample: list[Program]) -> None:
    listed = build_shortlist(make_profile(), sample)
    last = listed.last_program
    assert last is not None and listed.stop_below == DEFAULT_STOP_BELOW
    assert last.pp_per_100usd >= DEFAULT_STOP_BELOW - 1e-9
    longer = build_shortlist(make_profile(), sample, stop_below=DEFAULT_STOP_BELOW / 10)
    assert len(longer.programs) > len(listed.programs) and longer.p_match > listed.p_match


def test_it_points_at_listed_programs_where_the_applicant_knows_nobody(result: Shortlist) -> None:
    listed = {p.program_id: p for p in result.programs}
    assert set(result.networking_targets) <= set(listed)
    assert all(listed[i].network_ties == 0 for i in result.networking_targets)


def test_it_raises_the_chance_where_the_applicant_has_ties(sample: list[Program]) -> None:
    profile = make_profile()
    plain = build_shortlist(profile, sample, max_n=10)
    target = plain.programs[-1].program_id
    tied = build_shortlist(profile, sample, {target: NetworkTies(rotations=1)}, max_n=10)
    before = next(p.p_interview for p in plain.programs if p.program_id == target)
    after = next(p.p_interview for p in tied.programs if p.program_id == target)
    assert after > before and target not in tied.networking_targets


def test_it_always_lists_the_favourites(sample: list[Program]) -> None:
    profile = make_profile()
    plain = build_shortlist(profile, sample, max_n=5)
    listed = {p.program_id for p in plain.programs}
    outsider = next(
        p.program_id
        for p in sample
        if p.specialty == "Internal Medicine" and p.program_id not in listed
    )
    forced = build_shortlist(profile, sample, max_n=5, favourites=[outsider])
    assert forced.programs[0].program_id == outsider and len(forced.programs) == 5


def test_it_says_when_programs_cannot_be_told_apart(sample: list[Program]) -> None:
    blank = [
        Program(p.program_id, p.name, p.specialty, "a list of names", p.as_of, state=p.state)
        for p in sample
        if p.specialty == "Internal Medicine"
    ][:60]
    listed = build_shortlist(make_profile(preferred_states=["TX"]), blank, max_n=20)
    assert listed.indistinguishable and listed.tied == len(listed.programs) == 20
    texas = [
        p
        for p in listed.programs
        if p.program_id in {b.program_id for b in blank if b.state == "TX"}
    ]
    assert [p.program_id for p in listed.programs[: len(texas)]] == [p.program_id for p in texas]
    names = [p.name for p in listed.programs[len(texas) :]]
    assert names == sorted(names)


def test_it_lists_preliminary_tracks_apart_unless_asked(sample: list[Program]) -> None:
    im = [p for p in sample if p.specialty == "Internal Medicine"][:40]
    prelim = [replace(p, program_id=p.program_id + "P", track="Preliminary") for p in im[:5]]
    apart = build_shortlist(make_profile(), im + prelim)
    excluded = {e.program_id for e in apart.excluded}
    assert apart.backups
    assert {b.program_id for b in apart.backups} == {p.program_id for p in prelim} - excluded
    assert not {p.program_id for p in apart.programs} & {p.program_id for p in prelim}
    inside = build_shortlist(make_profile(include_preliminary=True), im + prelim)
    assert not inside.backups


@pytest.mark.parametrize(
    ("p", "expected"),
    [
        (0.0, "reach"),
        (REACH_BELOW - 1e-9, "reach"),
        (REACH_BELOW, "target"),
        (LIKELY_FROM, "likely"),
    ],
)
def test_it_assigns_tiers_by_documented_thresholds(p: float, expected: str) -> None:
    assert tier(p) == expected


def test_it_optimises_expected_utility_when_asked(sample: list[Program]) -> None:
    profile = make_profile(preferred_states=["NY"])
    result = build_shortlist(profile, sample, budget=400, objective=Objective.EXPECTED_UTILITY)
    assert result.expected_utility is not None and result.cost_usd <= 400
    assert 0 <= result.p_match_low <= result.p_match <= result.p_match_high


def test_it_counts_interviews_over_the_applicants_strength(result: Shortlist) -> None:
    dist = np.array(result.interviews_distribution)
    assert dist.sum() == pytest.approx(1.0)
    assert (np.arange(len(dist)) * dist).sum() == pytest.approx(result.expected_interviews)
    independent = 1 - np.prod([1 - p.p_match_here for p in result.programs])
    assert result.p_match < independent
