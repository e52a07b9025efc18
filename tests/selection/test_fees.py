"""The ERAS fee schedule, read from data."""

import pytest

from matchwise.selection.fees import fee_schedule, ordinal, seasons


@pytest.mark.parametrize(
    ("season", "counts", "dollars"),
    [
        (2026, {"Internal Medicine": 43, "Radiology-Diagnostic": 7}, 797),  # the AAMC's own example
        (2026, {"Internal Medicine": 30}, 330),
        (2026, {"Internal Medicine": 31}, 360),
        (2025, {"Internal Medicine": 43, "Radiology-Diagnostic": 7}, 797),
        (2024, {"Internal Medicine": 1}, 99),
        (2024, {"Internal Medicine": 10}, 99),
        (2024, {"Internal Medicine": 11}, 118),
        (2024, {"Internal Medicine": 21}, 99 + 190 + 23),
        (2024, {"Internal Medicine": 31}, 99 + 190 + 230 + 27),
        (2026, {}, 0),
    ],
)
def test_it_charges_per_specialty_by_tier(
    season: int, counts: dict[str, int], dollars: int
) -> None:
    assert fee_schedule(season).total_cost(counts) == dollars


def test_it_uses_the_latest_season_by_default() -> None:
    assert fee_schedule().season == max(seasons()) == 2026


def test_it_refuses_an_unknown_season() -> None:
    with pytest.raises(KeyError, match="2019"):
        fee_schedule(2019)


def test_it_tabulates_costs_that_never_fall() -> None:
    for season in seasons():
        table = fee_schedule(season).cost_table(60)
        assert table[0] == 0 and all(table[1:] >= table[:-1])


@pytest.mark.parametrize(
    ("season", "words", "past_30th"),
    [
        (2026, "$11 each for programs 1–30, then $30 each from the 31st", 30),
        (
            2024,
            "$99 for up to 10 programs, then $19 each for programs 11–20, "
            "$23 each for programs 21–30, $27 each from the 31st",
            27,
        ),
    ],
)
def test_it_words_each_season_from_its_tiers(season: int, words: str, past_30th: int) -> None:
    schedule = fee_schedule(season)
    assert schedule.wording() == words
    assert schedule.program_fee(31) == past_30th


@pytest.mark.parametrize(
    ("n", "word"), [(1, "1st"), (2, "2nd"), (3, "3rd"), (11, "11th"), (21, "21st"), (112, "112th")]
)
def test_it_writes_ordinals(n: int, word: str) -> None:
    assert ordinal(n) == word
