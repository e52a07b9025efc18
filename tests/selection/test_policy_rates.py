"""Unknown policies enter at their base rate: the share of known peers that admit, or a
documented default; the range keeps 0 at its low end; known sponsors outrank unknowns."""

from dataclasses import replace
from datetime import date

import pytest

from matchwise.selection.catalogue import Program
from matchwise.selection.chances import chance_at
from matchwise.selection.policy_rates import DEFAULTS, MIN_KNOWN, base_rate

from .conftest import make_profile

PROGRAM = Program(
    program_id="X-1",
    name="Invented Test Hospital",
    specialty="Internal Medicine",
    source="test",
    as_of=date(2025, 1, 1),
    interview_rate_non_us_img=8.0,
    visa_j1=None,
    yog_max_years=10,
    max_attempts=3,
    usce_required_months=0,
)


def peers(sponsors: int, refuses: int, unknown: int = 0) -> list[Program]:
    flags = [True] * sponsors + [False] * refuses + [None] * unknown
    return [replace(PROGRAM, program_id=f"P-{i}", visa_j1=f) for i, f in enumerate(flags)]


@pytest.mark.parametrize(
    ("sponsors", "refuses", "rate"),
    [(8, 2, 9 / 12), (3, 7, 4 / 12), (5, 0, 6 / 7), (0, 5, 1 / 7)],
)
def test_it_takes_the_share_of_known_peers_that_admit(
    sponsors: int, refuses: int, rate: float
) -> None:
    found = base_rate(make_profile(visa="j1"), "j1", peers(sponsors, refuses, unknown=4))
    assert found.rate == pytest.approx(rate)
    assert f"{sponsors} of {sponsors + refuses} programs" in found.words


def test_it_falls_back_to_a_documented_default_with_few_known() -> None:
    found = base_rate(make_profile(visa="j1"), "j1", peers(MIN_KNOWN - 1, 0))
    assert found.rate == DEFAULTS["j1"].rate == pytest.approx(267 / 419)
    assert "J Grad Med Educ 2022" in found.words


def test_an_unknown_policy_scales_the_chance_by_its_base_rate() -> None:
    profile = make_profile(visa="j1")
    sponsor = chance_at(profile, replace(PROGRAM, visa_j1=True))
    unknown = chance_at(profile, PROGRAM, peers=peers(5, 5))
    assert unknown.p == pytest.approx(sponsor.p * 6 / 12)
    assert unknown.low == 0 and unknown.high == pytest.approx(sponsor.p)
    assert any("counted at 50%" in u for u in unknown.unknowns)


def test_a_visa_need_lowers_the_chance_where_policies_are_unknown() -> None:
    needs = chance_at(make_profile(visa="j1"), PROGRAM)
    free = chance_at(make_profile(visa="none"), PROGRAM)
    assert needs.p < free.p


def test_reserved_physician_positions_are_ruled_out() -> None:
    chance = chance_at(make_profile(), replace(PROGRAM, track="Reserved/Physician"))
    assert chance.excluded is not None and "already trained" in chance.excluded
