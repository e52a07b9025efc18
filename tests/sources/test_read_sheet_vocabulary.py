"""The sheet vocabulary: every documented header and value form reads as documented."""

from __future__ import annotations

import pytest

from matchwise.sources.sheet_values import read_value
from matchwise.sources.sheet_vocabulary import COLUMNS, FORMS, Form, field_for

EXAMPLES = [(form, example) for form in FORMS for example in form.examples]


@pytest.mark.parametrize(
    ("form", "example"), EXAMPLES, ids=[f"{f.column}:{e}" for f, e in EXAMPLES]
)
def test_it_reads_each_documented_value_form_as_documented(form: Form, example: str) -> None:
    reading = read_value(form.column, example)
    assert dict(reading.facts) == dict(form.facts)
    assert reading.keep_as_note is form.note


HEADERS = [(column.field, header) for column in COLUMNS for header in column.headers]


@pytest.mark.parametrize(("field", "header"), HEADERS)
def test_it_recognises_each_documented_header(field: str, header: str) -> None:
    assert field_for(header) == field
    assert field_for(f"  {header.upper()} ") == field


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("% IMG", "residents_non_us_img_pct"),
        ("IMG %", "residents_non_us_img_pct"),
        ("% US IMG", "residents_us_img_pct"),
        ("J-1 visa sponsored?", "visa_j1"),
        ("H1-B", "visa_h1b"),
        ("H 1 B", "visa_h1b"),
        ("Years since graduation allowed", "yog_max_years"),
        ("Min Step 2 CK score", "step2_minimum"),
        ("USCE requirement (months)", "usce_required_months"),
        ("Hospital / sponsoring institution", "institution"),
        ("Max number of attempts", "max_attempts"),
        ("Comments", ""),
        ("Vibe", ""),
        ("", ""),
    ],
)
def test_it_recognises_longer_headers_by_their_words(header: str, field: str) -> None:
    assert field_for(header) == field


@pytest.mark.parametrize(
    ("column", "raw", "facts"),
    [
        ("visa_j1", True, {"visa_j1": True}),
        ("visa_h1b", "No (J1 only)", {"visa_j1": True, "visa_h1b": False}),
        ("visa", "H1B only", {"visa_h1b": True, "visa_j1": False}),
        ("residents_non_us_img_pct", 0.25, {"residents_non_us_img_pct": 25.0}),
        ("residents_non_us_img_pct", 60.0, {"residents_non_us_img_pct": 60.0}),
        ("yog_max_years", 3.0, {"yog_max_years": 3}),
        ("usce_required_months", "1.5 years", {"usce_required_months": 18}),
        ("step2_minimum", 245.0, {"step2_minimum": 245}),
        ("prior_gme_required", "Y", {"prior_gme_required": True}),
    ],
)
def test_it_reads_cells_as_spreadsheets_store_them(
    column: str, raw: str | float | bool, facts: dict[str, object]
) -> None:
    assert dict(read_value(column, raw).facts) == facts


@pytest.mark.parametrize(
    ("column", "raw"),
    [
        ("visa_j1", "maybe"),
        ("visa", "yes"),
        ("yog_max_years", "2019"),
        ("yog_max_years", "5+"),
        ("yog_max_years", "100"),
        ("residents_non_us_img_pct", "140%"),
        ("residents_non_us_img_pct", "30-40%"),
        ("step2_minimum", "high"),
        ("step2_minimum", "400"),
        ("usce_required_months", "3 weeks"),
        ("max_attempts", "5+"),
        ("prior_gme_required", "sometimes"),
        ("yog_max_years", True),
    ],
)
def test_it_refuses_what_it_cannot_read_saying_what_it_expected(
    column: str, raw: str | float | bool
) -> None:
    with pytest.raises(ValueError, match="expected"):
        read_value(column, raw)
