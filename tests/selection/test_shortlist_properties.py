"""Monotone and bounded, for any profile: P(match) never falls when Step 2 CK rises (also
where programs state a Step 2 CK minimum), an attempt is removed, a program is added or the
budget grows; 0 ≤ low ≤ p ≤ high ≤ 1.

The list maximises P(match) alone here (stop_below 0): with a price on dollars, a stronger
applicant may rightly buy a cheaper list."""

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from matchwise.selection.catalogue import Program
from matchwise.selection.sample import sample_catalogue
from matchwise.selection.shortlist import build_shortlist

from .conftest import make_profile

CATALOGUE = [
    p for p in sample_catalogue() if p.specialty in ("Internal Medicine", "Family Medicine")
][::12]
EXAMPLES = settings(max_examples=25, deadline=None)

profiles = st.fixed_dictionaries(
    {
        "specialties": st.sampled_from(
            [["Internal Medicine"], ["Family Medicine"], ["Internal Medicine", "Family Medicine"]]
        ),
        "step2_score": st.one_of(st.none(), st.integers(190, 280)),
        "years_since_graduation": st.integers(0, 12),
        "visa": st.sampled_from(["none", "j1", "h1b"]),
        "usce_months": st.integers(0, 12),
        "us_letters": st.integers(0, 4),
        "step2_attempts": st.integers(1, 3),
    }
)
limits = st.fixed_dictionaries(
    {"budget": st.one_of(st.none(), st.integers(0, 1500)), "max_n": st.integers(1, 40)}
)


def p_match(
    changes: dict[str, object], budget: int | None, max_n: int, catalogue: list[Program] = CATALOGUE
) -> float:
    result = build_shortlist(
        make_profile(**changes), catalogue, budget=budget, max_n=max_n, stop_below=0
    )
    assert 0 <= result.p_match_low <= result.p_match <= result.p_match_high <= 1
    assert all(
        0 <= p.p_interview_low <= p.p_interview <= p.p_interview_high <= 1 for p in result.programs
    )
    return result.p_match


@EXAMPLES
@given(profiles, limits, st.integers(1, 30))
def test_a_higher_score_never_lowers_the_chance(
    profile: dict[str, object], limit: dict[str, int | None], rise: int
) -> None:
    score = profile["step2_score"]
    lower = p_match(profile, limit["budget"], limit["max_n"])  # type: ignore[arg-type]
    higher = {**profile, "step2_score": min(int(score) + rise, 300) if score else 200 + rise}  # type: ignore[call-overload]
    assert p_match(higher, limit["budget"], limit["max_n"]) >= lower - 1e-12  # type: ignore[arg-type]


# A stated minimum or none for every program, a few of them at or below the lowest score.
minimums = st.lists(
    st.one_of(st.none(), st.integers(195, 265)), min_size=len(CATALOGUE), max_size=len(CATALOGUE)
)


@EXAMPLES
@given(profiles, limits, st.integers(1, 30), minimums)
def test_a_higher_score_never_lowers_the_chance_past_stated_minimums(
    profile: dict[str, object], limit: dict[str, int | None], rise: int, stated: list[int | None]
) -> None:
    catalogue = [
        replace(p, step2_minimum=None if m is None else float(m))
        for p, m in zip(CATALOGUE, stated, strict=True)
    ]
    score = profile["step2_score"]
    lower = p_match(profile, limit["budget"], limit["max_n"], catalogue)  # type: ignore[arg-type]
    higher = {**profile, "step2_score": min(int(score) + rise, 300) if score else 200 + rise}  # type: ignore[call-overload]
    assert p_match(higher, limit["budget"], limit["max_n"], catalogue) >= lower - 1e-12  # type: ignore[arg-type]


@EXAMPLES
@given(profiles, limits)
def test_one_attempt_fewer_never_lowers_the_chance(
    profile: dict[str, object], limit: dict[str, int | None]
) -> None:
    more = {**profile, "step2_attempts": int(profile["step2_attempts"]) + 1}  # type: ignore[call-overload]
    fewer = p_match(profile, limit["budget"], limit["max_n"])  # type: ignore[arg-type]
    assert fewer >= p_match(more, limit["budget"], limit["max_n"]) - 1e-12  # type: ignore[arg-type]


@EXAMPLES
@given(profiles, limits, st.integers(0, len(CATALOGUE) - 1))
def test_another_program_never_lowers_the_chance(
    profile: dict[str, object], limit: dict[str, int | None], pick: int
) -> None:
    # The new program's policies and interview rate are unknown, so the base rates of unknown
    # policies and the centre its evidence would be measured against stay as they were.
    extra = replace(
        CATALOGUE[pick],
        program_id="EXTRA-1",
        interview_rate_us_md=None,
        interview_rate_us_do=None,
        interview_rate_us_img=None,
        interview_rate_non_us_img=None,
        invited=None,
        visa_j1=None,
        visa_h1b=None,
        yog_max_years=None,
        max_attempts=None,
        usce_required_months=None,
        setting=None,
    )
    before = p_match(profile, limit["budget"], limit["max_n"])  # type: ignore[arg-type]
    after = p_match(profile, limit["budget"], limit["max_n"], [*CATALOGUE, extra])  # type: ignore[arg-type]
    assert after >= before - 1e-12


@EXAMPLES
@given(profiles, st.integers(0, 1200), st.integers(1, 400), st.integers(1, 40))
def test_a_bigger_budget_never_lowers_the_chance(
    profile: dict[str, object], budget: int, more: int, max_n: int
) -> None:
    assert p_match(profile, budget + more, max_n) >= p_match(profile, budget, max_n) - 1e-12
