"""Reading an outcomes table and refusing a malformed one."""

import re
from pathlib import Path

import pytest

from matchwise.selection.outcomes import OutcomesError, parse_outcomes, read_outcomes

from .conftest import FIXTURES

HEADER = (FIXTURES / "outcomes_fictional.csv").read_text(encoding="utf-8").splitlines()[0]


def test_it_reads_every_specialty_and_distribution() -> None:
    outcomes = read_outcomes(FIXTURES / "outcomes_fictional.csv")
    assert set(outcomes) == {"Internal Medicine", "Family Medicine", "Invented Surgery"}
    im = outcomes["Internal Medicine"]
    assert (im.matched, im.not_matched, im.match_rate_pct) == (2400, 1800, 57.1)
    ranks = im.spread("contiguous_ranks", "not_matched")
    assert ranks is not None and ranks.mean == 2.3 and ranks.complete
    suppressed = outcomes["Invented Surgery"].spread("contiguous_ranks", "matched")
    assert suppressed is not None and suppressed.mean is None and not suppressed.complete


def test_it_refuses_a_malformed_file_naming_line_and_column() -> None:
    with pytest.raises(OutcomesError) as caught:
        read_outcomes(FIXTURES / "outcomes_malformed.csv")
    found = {(p.line, p.column) for p in caught.value.problems}
    assert found == {(3, "img_not_matched"), (4, "cohort"), (4, "sd")}
    assert str(caught.value).startswith("outcomes_malformed.csv:3: img_not_matched: 'many'")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("specialty,measure\nIM,step2ck\n", "outcomes.csv:1: cohort: column missing"),
        (HEADER + "\n", "outcomes.csv:1: -: no rows"),
        (HEADER + "\nIM,1,1,0,0,0,step2ck,matched,1,,,,,,,,\n", "no applicants at all"),
    ],
)
def test_it_refuses_a_file_without_the_layout(text: str, problem: str) -> None:
    with pytest.raises(OutcomesError, match=re.escape(problem)):
        parse_outcomes(text, "outcomes.csv")


def test_it_refuses_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes(b"specialty\n\xe9\n")
    with pytest.raises(OutcomesError, match=re.escape("latin.csv:1: -: not UTF-8 text")):
        read_outcomes(path)


def test_it_reads_the_market_columns_when_present() -> None:
    outcomes = read_outcomes(FIXTURES / "outcomes_fictional.csv")
    im = outcomes["Internal Medicine"]
    assert (im.positions, im.all_applicants) == (9000, 12000)
