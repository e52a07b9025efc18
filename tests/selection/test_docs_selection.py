"""The selection documents must not drift from the code."""

from pathlib import Path

import pytest

from matchwise.selection import (
    band,
    chances,
    effects,
    evidence,
    exclusions,
    list_order,
    model,
    policy_rates,
)
from matchwise.selection.catalogue_fields import COLUMNS
from matchwise.selection.curve import CURVE_CAP, CURVE_MIN
from matchwise.selection.fees import fee_schedule, seasons
from matchwise.selection.profile import PARSERS
from matchwise.selection.shortlist import DEFAULT_STOP_BELOW
from matchwise.selection.shortlist_result import LIKELY_FROM, REACH_BELOW
from matchwise.selection.specialty_model import (
    SCORE_CENTRE,
    SCORE_UNIT,
    SCORE_UNITS_CAP,
    TYPICAL_APPLICATIONS,
)
from matchwise.selection.strength import NODES

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
        evidence.NO_IMG_RESIDENTS,
        evidence.MANY_IMG_RESIDENTS,
        evidence.OVERALL_RATE_SD,
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
    doc = " ".join(text("selection.md").split())
    assert f"Below {REACH_BELOW:.0%}" in doc and f"from {LIKELY_FROM:.0%}" in doc
    assert (
        f"(Step 2 CK − {SCORE_CENTRE:g}) / {SCORE_UNIT:g} (capped at ±{SCORE_UNITS_CAP:g})" in doc
    )
    assert f"quadrature, {NODES} points" in doc
    assert f"sends {TYPICAL_APPLICATIONS} applications" in doc
    assert f"the default, {DEFAULT_STOP_BELOW:g}," in doc
    assert f"within {list_order.TIE * 100:g} percentage point" in doc
    assert f"the {list_order.BACKUPS_SHOWN} best" in doc
    assert f"computed from {band.DRAWS} draws" in doc
    assert f"at least {CURVE_MIN} programs, at most {CURVE_CAP})" in doc
    assert f"once at least {policy_rates.MIN_KNOWN} are known" in doc
    assert f"lowest score the model tells apart ({exclusions.LOWEST_SCORE}" in doc
    assert f"the lowest the model tells apart ({exclusions.LOWEST_SCORE})" in doc
    assert f"so counted as {exclusions.LOWEST_SCORE}: below the 240 minimum" in doc
    assert f"published inviting {evidence.RATE_FLOOR:.1%} of applicants like you" in doc
    assert f"{chances.RELATIVE_SCORE_WEIGHT:g} × your distance" in doc
    assert f"more than {-chances.BELOW_INVITED:g} standard deviation below" in doc
    assert f"({evidence.UNKNOWN_PROGRAM_SD:g} is the standard deviation" in doc
    assert f"the {TYPICAL_APPLICATIONS} most open programs" in doc
    for applicant_type, shift in model.TYPE_LEVEL_SHIFT.items():
        assert (
            f"+{shift:g} ({applicant_type.label.removesuffix(' graduates').removesuffix('s')}"
            in doc
        )
    for default in policy_rates.DEFAULTS.values():
        assert f"({default.rate:.0%})" in doc or f"| {default.rate:.0%} |" in doc
        assert default.source.split(":")[0] in doc or default.source.startswith("no published")


@pytest.mark.parametrize("season", seasons())
def test_it_documents_every_fee_season(season: int) -> None:
    assert f"| {season} | {fee_schedule(season).wording()} |" in text("selection.md")
    assert fee_schedule(season).specialty_cost(1) > 0


def test_it_words_the_fee_past_the_30th_from_the_schedule() -> None:
    latest = fee_schedule()
    past_30th = latest.program_fee(31)
    doc = " ".join(text("selection.md").split())
    assert f"the default, {DEFAULT_STOP_BELOW:g}," in doc
    assert f"at the {latest.season} fee for a program past the 30th (${past_30th})" in doc
    assert f"about {DEFAULT_STOP_BELOW * past_30th / 100:.1f} percentage point" in doc
    example = {"Internal Medicine": 43, "Radiology-Diagnostic": 7}
    first = latest.program_fee(1)
    worked = f"${first} × 30 + ${past_30th} × 13 + ${first} × 7 = ${latest.total_cost(example)}."
    assert f"in {latest.season}, 43 Internal Medicine programs and 7 Radiology programs" in doc
    assert worked in doc
