"""Program-selection rows with every field filled, for the backup round trip.

tests/network/exporting/dataset.py checks that every backed-up model holds rows; calling
`build_programs_dataset()` from its `build_dataset()` fills this app's models.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from matchwise.programs.catalogues import ImportOptions, import_catalogue
from matchwise.programs.merging import apply_merge
from matchwise.programs.models import Calibration, Catalogue, MarketFit, SavedProfile
from matchwise.selection import catalogue_csv_text
from matchwise.sources.rows import Fact, Source, SourceRow

from .conftest import KNOWN, invented


def build_programs_dataset() -> Catalogue:
    full = invented(
        7,
        track="Categorical",
        zip="43215",
        positions=12,
        filled=11,
        applicants=2400,
        invited=150,
        interview_rate_us_md=40.5,
        interview_rate_us_do=30.0,
        interview_rate_us_img=9.0,
        step2_img_invited=KNOWN.step2_invited,
        step2_minimum=230.0,
        residents_non_us_img_pct=55.0,
        residents_us_img_pct=15.0,
        yog_max_years=5,
        max_attempts=2,
        usce_required_months=3,
        prior_gme_required=False,
    )
    text = catalogue_csv_text([KNOWN, full, invented(8, visa_j1=None, institution=None)])
    name = "Invented — “IM” <b>"
    catalogue = import_catalogue(text.encode(), "invented.csv", name, ImportOptions())
    catalogue.imported_at = datetime(2026, 2, 1, 10, 0, 0, 123456, tzinfo=UTC)
    catalogue.save()
    # A merged source: provenance per attribute, fill history and a note.
    row = SourceRow(
        line=2,
        institution="Invented Place7 Hospital",
        state="OH",
        facts=(
            Fact("visa_h1b", True, "4 LCAs for resident titles"),
            Fact("step2_minimum", 235.0, "Step 2 min: 235"),
            Fact("fill_years_reported", 3),
            Fact("fill_years_unfilled", 1),
            Fact("fill_rate", 0.9167),
            Fact("fill_last_year", 2026),
        ),
        notes=(("Vibe", "“kind” <PD>"),),
    )
    apply_merge(catalogue, Source("DOL FY2025", date(2025, 9, 30), rows=[row]))
    SavedProfile.objects.create(
        name="IM on a J-1",
        applicant_type="non_us_img",
        specialties=["Internal Medicine", "Family Medicine"],
        step2_score=245,
        step2_attempts=1,
        step1_attempts=2,
        years_since_graduation=3,
        visa="j1",
        usce_months=4,
        us_letters=3,
        publications=2,
        presentations=1,
        home_state="NY",
        preferred_states=["NJ", "PA"],
        setting_preference="community",
        budget_usd=1800,
        max_applications=90,
        created_at=datetime(2026, 2, 2, 8, 0, 0, 654321, tzinfo=UTC),
    )
    # Invented figures: a calibration as `matchwise calibrate` stores it.
    Calibration.objects.create(
        file_name="invented_outcomes.csv",
        catalogue=name,
        parameters={"Internal Medicine": {"conversion": 0.25, "score_weight": 0.75}},
        report=[{"specialty": "Internal Medicine", "published_rate": 0.5, "predicted_rate": 0.51}],
        outcomes={
            "Internal Medicine": {
                "matched": 60,
                "not_matched": 40,
                "match_rate_pct": 60.0,
                "positions": None,
                "all_applicants": None,
                "spreads": [
                    {"measure": "contiguous_ranks", "cohort": "matched", "n": 60, "mean": 6.5}
                ],
            }
        },
        created_at=datetime(2026, 2, 3, 9, 0, 0, 111111, tzinfo=UTC),
    )
    # Invented figures: a market fit as `matchwise market fit` stores it.
    MarketFit.objects.create(
        file_name="invented_outcomes.csv",
        fit={"chosen": "logistic", "band": [-0.5, 0.5], "held_out_error": {}},
        markets=[{"specialty": "Internal Medicine", "positions": 120, "published_rate": 0.5}],
        created_at=datetime(2026, 2, 3, 9, 30, 0, 222222, tzinfo=UTC),
    )
    return catalogue
