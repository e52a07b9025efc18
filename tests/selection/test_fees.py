"""The ERAS fee schedule, read from data."""

import pytest

from matchwise.selection.fees import fee_schedule, seasons


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
