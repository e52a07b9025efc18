"""The selection documents must not drift from the code."""

from pathlib import Path

import pytest

from matchwise.selection import effects
from matchwise.selection.catalogue_fields import COLUMNS
from matchwise.selection.fees import fee_schedule, seasons
from matchwise.selection.match_model import DEFAULT_CONVERSION, DEFAULT_SCORE_WEIGHT
from matchwise.selection.profile import PARSERS
from matchwise.selection.shortlist import LIKELY_FROM, REACH_BELOW

DOCS = Path(__file__).resolve().parents[2] / "docs"


def text(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("column", COLUMNS)
def test_it_documents_every_catalogue_column(column: str) -> None:
    assert f"| `{column}` |" in text("catalogue-format.md")


@pytest.mark.parametrize("key", sorted(PARSERS))
def test_it_documents_every_profile_key(key: str) -> None:
    assert f"`{key}`" in text("selection.md")


@pytest.mark.parametrize(
    "value",
    [
        effects.ATTEMPT_STEP2,
        effects.ATTEMPT_STEP1,
        effects.ATTEMPT_FLOOR,
        effects.YEAR_PENALTY,
        effects.YEAR_FLOOR,
        effects.NO_USCE,
        effects.USCE_PER_MONTH,
        effects.LETTER_EACH,
        effects.RESEARCH_EACH,
        effects.HOME_STATE,
        effects.PREFERRED_STATE,
        effects.TIE_ROTATION,
        effects.TIE_LETTER_WRITER,
        effects.TIE_CONTACT,
        effects.TIE_CAP,
    ],
)
def test_it_documents_each_effect_size(value: float) -> None:
    assert f"{value:+g}".replace("-", "−") in text("selection.md")


def test_it_documents_the_thresholds_and_defaults() -> None:
    doc = text("selection.md")
    assert f"Below {REACH_BELOW:.0%}" in doc and f"from {LIKELY_FROM:.0%}" in doc
    assert f"score weight is {DEFAULT_SCORE_WEIGHT:g}" in doc
    for q in DEFAULT_CONVERSION.values():
        assert f"{q:.2f}" in doc


@pytest.mark.parametrize("season", seasons())
def test_it_documents_every_fee_season(season: int) -> None:
    assert f"| {season} |" in text("selection.md")
    assert fee_schedule(season).specialty_cost(1) > 0
