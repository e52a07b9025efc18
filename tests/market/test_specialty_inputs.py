"""A specialties file for `market predict`, and the markets a Charting Outcomes table gives."""

from __future__ import annotations

import math

import pytest

from matchwise.market.inputs import SpecialtiesError, markets_from_outcomes, parse_specialties
from matchwise.selection.outcomes import SpecialtyOutcome, Spread

HEADER = "specialty,positions,all_applicants,img_applicants,img_step2_mean,img_step2_sd\n"


def test_it_reads_one_market_per_row_and_leaves_unknown_scores_unknown() -> None:
    text = HEADER + "Made-up Medicine,500,600,120,242.5,14\nOther,10,20,2,,\n"
    first, second = parse_specialties(text, "mine.csv")
    assert (first.specialty, first.positions, first.all_applicants) == (
        "Made-up Medicine",
        500,
        600,
    )
    assert first.img_share == pytest.approx(0.2) and first.img_step2_mean == 242.5
    assert second.img_step2_mean is None and second.img_step2_sd is None


@pytest.mark.parametrize(
    ("row", "where"),
    [
        ("X,0,600,120,242,14", "mine.csv:2: positions:"),
        ("X,500,abc,120,242,14", "mine.csv:2: all_applicants:"),
        ("X,500,600,700,242,14", "mine.csv:2: img_applicants: more than all_applicants"),
        ("X,500,600,120,999,14", "mine.csv:2: img_step2_mean:"),
        ("X,500,600,120,242,-3", "mine.csv:2: img_step2_sd:"),
        (",500,600,120,242,14", "mine.csv:2: specialty: empty"),
    ],
)
def test_it_refuses_a_bad_row_naming_line_and_column(row: str, where: str) -> None:
    with pytest.raises(SpecialtiesError) as caught:
        parse_specialties(HEADER + row + "\n", "mine.csv")
    assert where in str(caught.value)


def test_it_names_missing_columns_and_repeated_specialties() -> None:
    short = HEADER.replace(",img_step2_sd", "")
    with pytest.raises(SpecialtiesError) as missing:
        parse_specialties(short, "mine.csv")
    assert "mine.csv:1: img_step2_sd: column missing" in str(missing.value)
    with pytest.raises(SpecialtiesError) as repeated:
        parse_specialties(HEADER + "X,5,6,1,,\nX,5,6,1,,\n", "mine.csv")
    assert "mine.csv:3: specialty: repeated" in str(repeated.value)


def test_it_mixes_matched_and_unmatched_scores_into_all_applicants() -> None:
    spreads = {
        ("step2ck", "matched"): Spread(100, None, None, None, None, None, 250.0, 10.0),
        ("step2ck", "not_matched"): Spread(300, None, None, None, None, None, 240.0, 10.0),
    }
    outcome = SpecialtyOutcome("Made-up", 100, 300, 25.0, 1000, 2000, spreads)
    (market,) = markets_from_outcomes({"Made-up": outcome})
    assert market.img_applicants == 400 and market.published_rate == pytest.approx(0.25)
    assert market.img_step2_mean == pytest.approx(242.5)
    assert market.img_step2_sd == pytest.approx(math.sqrt(100 + 0.25 * 0.75 * 100))


def test_it_skips_a_specialty_without_positions() -> None:
    outcome = SpecialtyOutcome("Made-up", 1, 1, 50.0)
    assert markets_from_outcomes({"Made-up": outcome}) == []
