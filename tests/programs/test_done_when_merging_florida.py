"""Issue 9, done when: the real NRMP list, merged with the real Florida results and a small
LCA-like source, knows more, cites its sources, and no longer lists programs in file order.

Reads ../shared/data (never copied into the repository) and skips where it is absent. The LCA
rows are built here, as the LCA reader does: one row per employer, no specialty.
"""

from __future__ import annotations

from datetime import date

import pytest

from matchwise.programs.catalogues import ImportOptions, import_catalogue
from matchwise.programs.coverage import coverage
from matchwise.programs.merging import apply_merge
from matchwise.programs.models import Catalogue, Program, SavedProfile
from matchwise.programs.services import make_shortlist
from matchwise.programs.source_matching import Outcome
from matchwise.selection.profile import profile_from_mapping
from matchwise.sources.formats import read_source
from matchwise.sources.rows import Fact, Source, SourceRow

from .conftest import PROFILE, shared_file

pytestmark = pytest.mark.django_db
EMPLOYERS = (  # (employer as an LCA file writes it, city, LCAs for resident titles)
    ("ORLANDO HEALTH, INC.", "Orlando", 14),
    ("MAYO CLINIC", "Jacksonville", 9),
    ("NCH HEALTHCARE SYSTEM, INC.", "Naples", 5),
    ("ORLANDO HEALTH, INC.", "Tampa", 2),  # a look-alike in another city: not merged
)


def lca() -> Source:
    rows = [
        SourceRow(line=n, institution=name, city=city, state="FL",
                  facts=(Fact("visa_h1b", True, f"{count} LCAs for resident titles"),))
        for n, (name, city, count) in enumerate(EMPLOYERS, start=2)
    ]  # fmt: skip
    return Source("DOL FY2025", date(2025, 9, 30), rows=rows)


def known(catalogue: Catalogue, attribute: str) -> int:
    return next(r.known for r in coverage(catalogue).rows if r.attribute == attribute)


def test_it_knows_more_cites_its_sources_and_leaves_file_order() -> None:
    nrmp = shared_file("nrmp_programs_2024.csv")
    results = shared_file("nrmp_florida_results_2020_2026.csv")
    catalogue = import_catalogue(
        nrmp.read_bytes(), nrmp.name, "NRMP 2024",
        ImportOptions("nrmp", as_of=date(2024, 3, 15), source="NRMP program list 2024"),
    )  # fmt: skip
    profile_data = {**PROFILE, "visa": "h1b", "preferred_states": ["FL"], "step2_score": 240}
    SavedProfile.objects.create(name="H-1B, IM", **{k: v for k, v in profile_data.items()})
    profile = profile_from_mapping(profile_data)
    before = make_shortlist(profile, "NRMP 2024", max_n=40).shortlist
    assert coverage(catalogue).most_wanted == "H-1B sponsorship"
    assert known(catalogue, "fill_years_reported") == known(catalogue, "visa_h1b") == 0

    merged = apply_merge(catalogue, read_source("nrmp-results", results))
    assert merged.rows_applied > 300
    lca_merge = apply_merge(catalogue, lca())
    tampa = lca_merge.preview.matches[3]  # Orlando Health's programs are not in Tampa
    assert (tampa.outcome, tampa.program_ids) == (Outcome.UNMATCHED, ())

    assert known(catalogue, "fill_years_reported") == merged.programs_changed
    assert known(catalogue, "positions") > 300
    orlando = Program.objects.filter(catalogue=catalogue, institution="Orlando Health-FL")
    assert known(catalogue, "visa_h1b") >= orlando.count() > 0
    sources = next(r.sources for r in coverage(catalogue).rows if r.attribute == "visa_h1b")
    assert sources[0][0] == "DOL FY2025"

    after = make_shortlist(profile, "NRMP 2024", max_n=40)
    first = after.shortlist.programs[0]
    assert first.program_id.startswith(("1107", "1032", "1958"))  # an employer that files LCAs
    assert any(r.startswith("sponsors H-1B: ") and "LCAs for resident titles, DOL FY2025" in r
               for r in first.reasons)  # fmt: skip
    fill_reasons = [r for p in after.shortlist.programs for r in p.reasons if "Match year" in r]
    assert fill_reasons and all("NRMP results 2020–2026" in r for r in fill_reasons)
    assert [p.program_id for p in after.shortlist.programs] != [
        p.program_id for p in before.programs
    ]
    # H-1B sponsorship known rather than counted at its base rate: a higher chance.
    assert first.p_interview > before.programs[0].p_interview
