"""Every column of the catalogue is either who a program is, where its row comes from, or a
fact a merge may set: a column added to the catalogue reaches the merges without a second list."""

from __future__ import annotations

from datetime import date

from matchwise.selection.catalogue import Program, ScoreBox
from matchwise.selection.catalogue_fields import COLUMNS
from matchwise.selection.vocabulary import Setting
from matchwise.sources.from_programs import ATTRIBUTES, IDENTITY, PROVENANCE, row_of

BOX = ScoreBox(220.0, 235.0, 242.0, 250.0, 262.0)
# A program with every column known.
FULL = Program(
    program_id="1234140C0",
    name="Invented Bay Hospital — Internal Medicine",
    specialty="Internal Medicine",
    source="invented sheet",
    as_of=date(2025, 7, 1),
    institution="Invented Bay Hospital",
    track="Categorical",
    city="Tampa",
    state="FL",
    zip="33601",
    setting=Setting.COMMUNITY,
    positions=12,
    filled=11,
    applicants=2400,
    invited=150,
    interview_rate_us_md=40.0,
    interview_rate_us_do=30.0,
    interview_rate_us_img=9.0,
    interview_rate_non_us_img=4.0,
    step2_invited=BOX,
    step2_img_invited=BOX,
    step2_minimum=230.0,
    residents_non_us_img_pct=55.0,
    residents_us_img_pct=15.0,
    visa_j1=True,
    visa_h1b=False,
    yog_max_years=5,
    max_attempts=2,
    usce_required_months=3,
    prior_gme_required=False,
)


def test_it_splits_the_catalogue_columns_without_gap_or_overlap() -> None:
    parts = (IDENTITY, PROVENANCE, ATTRIBUTES)
    assert sorted(c for part in parts for c in part) == sorted(COLUMNS)
    assert tuple(c for c in COLUMNS if c in ATTRIBUTES) == ATTRIBUTES  # the catalogue's order


def test_it_states_a_fact_for_every_attribute_of_a_full_program() -> None:
    row = row_of(FULL, line=2)
    assert tuple(fact.attribute for fact in row.facts) == ATTRIBUTES
    facts = {fact.attribute: fact.value for fact in row.facts}
    assert (facts["setting"], facts["step2_img_invited_median"], facts["visa_h1b"]) == (
        "community",
        242.0,
        False,
    )


def test_it_names_the_program_by_its_identity_not_by_facts() -> None:
    row = row_of(FULL, line=2)
    assert (row.nrmp_code, row.program_name, row.institution, row.specialty, row.state) == (
        "1234140C0",
        FULL.name,
        "Invented Bay Hospital",
        "Internal Medicine",
        "FL",
    )
    assert not {fact.attribute for fact in row.facts} & {*IDENTITY, *PROVENANCE}
