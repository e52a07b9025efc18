"""An outcomes table kept as JSON (with a calibration) reads back as it was parsed."""

from matchwise.selection.anchor import p_match_given_ranks
from matchwise.selection.outcomes import outcomes_from_json, outcomes_to_json, read_outcomes

from .conftest import FIXTURES


def test_it_reads_back_exactly_what_was_written() -> None:
    table = read_outcomes(FIXTURES / "outcomes_fictional.csv")
    again = outcomes_from_json(outcomes_to_json(table))
    assert again == table
    im = again["Internal Medicine"]
    assert p_match_given_ranks(im, 4) == p_match_given_ranks(table["Internal Medicine"], 4)
