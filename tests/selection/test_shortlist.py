"""The one service call and its JSON form."""

import json

import numpy as np
import pytest

from matchwise.selection.catalogue import Program
from matchwise.selection.sample import SAMPLE_LABEL
from matchwise.selection.shortlist import (
    LIKELY_FROM,
    REACH_BELOW,
    Objective,
    Shortlist,
    build_shortlist,
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
        *("p_match", "cost_usd", "programs", "excluded", "curve", "label"),
        *("objective", "model"),
    }
    assert data["objective"] == "p_match" and data["model"] == "default, not calibrated"
    assert set(data["programs"][0]) == {"program_id", "p_interview", "tier", "reasons", "unknowns"}
    assert set(data["excluded"][0]) == {"program_id", "reason"}
    assert set(data["curve"][0]) == {"n", "cost_usd", "p_match"}


def test_it_labels_a_sample_catalogue(result: Shortlist) -> None:
    assert result.label == SAMPLE_LABEL == result.to_json_dict()["label"]


def test_it_stays_within_the_budget_and_never_lists_an_excluded_program(result: Shortlist) -> None:
    assert result.cost_usd <= 900
    excluded = {e.program_id for e in result.excluded}
    assert excluded and not excluded & {p.program_id for p in result.programs}
    assert all(e.reason for e in result.excluded)


def test_it_reports_the_chance_of_the_list_and_its_curve(result: Shortlist) -> None:
    assert 0 < result.p_match < 1
    assert result.curve[-1].n == len(result.programs)
    assert result.curve[-1].p_match == pytest.approx(result.p_match)
    assert result.expected_interviews == pytest.approx(sum(p.p_interview for p in result.programs))


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
    assert result.expected_utility >= result.p_match  # every utility is at least 1


def test_it_computes_the_chance_from_the_distribution_of_interviews(result: Shortlist) -> None:
    dist = np.array(result.interviews_distribution)
    assert dist.sum() == pytest.approx(1.0)
    assert (np.arange(len(dist)) * dist).sum() == pytest.approx(result.expected_interviews)
    product = 1 - np.prod([1 - p.p_match_here for p in result.programs])
    assert result.p_match == pytest.approx(product, abs=1e-12)
