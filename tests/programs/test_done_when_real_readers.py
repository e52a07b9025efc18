"""Issue 9, done when, end to end with the real readers: the real NRMP list, then the real
Florida results, a messy program sheet, and a generated LCA file, each read by its own reader
and merged by the service the CLI and the page call.

Reads ../shared/data (never copied into the repository) and skips where it is absent.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import pytest

from matchwise.programs.catalogues import ImportOptions, import_catalogue
from matchwise.programs.coverage import coverage
from matchwise.programs.merging import apply_merge, preview_merge
from matchwise.programs.models import Catalogue, Program, ProgramFact
from matchwise.programs.services import make_shortlist
from matchwise.programs.source_matching import Outcome
from matchwise.selection.profile import Profile, profile_from_mapping
from matchwise.sources.formats import read_source
from tests.sources import lca_files
from tests.sources.messy_sheets import write_messy_sheet

from .conftest import PROFILE, shared_file

pytestmark = pytest.mark.django_db
# Florida employers as the DOL writes them, with the LCAs each filed for resident titles.
LCA_EMPLOYERS = (
    (lca_files.Employer("UNIVERSITY OF FLORIDA COLLEGE OF MEDICINE JACKSONVILLE",
                        "JACKSONVILLE", "FL", "32209"), 6),
    (lca_files.Employer("ORLANDO HEALTH INC", "ORLANDO", "FL", "32806"), 14),
    # The same name in a city where Orlando Health has no program: never merged.
    (lca_files.Employer("ORLANDO HEALTH INC", "TAMPA", "FL", "33606"), 3),
)  # fmt: skip
LOOK_ALIKE_LINE_CITY = "TAMPA"


def florida_programs(count: int) -> list[tuple[str, str, str, str]]:
    path = shared_file("nrmp_programs_2024.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["state"] == "FL"]
    return [
        (r["nrmp_program_code"], r["program_name"], r["institution_name"], r["state"])
        for r in rows[:count]
    ]


def messy_sheet(path: Path) -> dict[str, str]:
    """60 Florida programs in an applicant's words; every tenth row without its code, naming
    the hospital in full words and without the NRMP's state suffix. Returns those rows'
    codes and the names written."""
    write_messy_sheet(path, florida_programs(60))
    lines = list(csv.reader(path.open(encoding="utf-8", newline="")))
    renamed: dict[str, str] = {}
    for index, row in enumerate(lines[3:]):
        if index % 10 == 4:
            renamed[row[0]] = row[2] = _in_full(row[2])
            row[0] = ""
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(lines)
    return renamed


def _in_full(name: str) -> str:
    for short, full in (("Ctr", "Center"), ("Med", "Medical"), ("Hosp", "Hospital")):
        name = re.sub(rf"\b{short}\b", full, name)
    return re.sub(r"-FL$", "", name)


def lca_file(path: Path) -> None:
    rows = [
        lca_files.certified_resident_row(employer, case=f"I-200-25001-{n:03d}{k}")
        for n, (employer, count) in enumerate(LCA_EMPLOYERS)
        for k in range(count)
    ]
    lca_files.write_xlsx(path, [*rows, *lca_files.random_rows(400)])


def imported() -> Catalogue:
    nrmp = shared_file("nrmp_programs_2024.csv")
    return import_catalogue(
        nrmp.read_bytes(), nrmp.name, "NRMP 2024",
        ImportOptions("nrmp", as_of=date(2024, 3, 15), source="NRMP program list 2024"),
    )  # fmt: skip


def known(catalogue: Catalogue) -> dict[str, int]:
    return {r.attribute: r.known for r in coverage(catalogue).rows}


def ids(profile: Profile) -> list[str]:
    return [p.program_id for p in make_shortlist(profile, "NRMP 2024", max_n=40).shortlist.programs]


def test_it_merges_the_real_readers_and_changes_the_list(tmp_path: Path) -> None:
    catalogue = imported()
    data = {**PROFILE, "visa": "h1b", "preferred_states": ["FL"], "step2_score": 240}
    h1b = profile_from_mapping(data)
    j1 = profile_from_mapping({**data, "visa": "j1"})
    file_order = [
        p.program_id for p in catalogue.programs.filter(specialty="Internal Medicine")
    ]  # the list as the NRMP file orders it
    before_h1b = make_shortlist(h1b, "NRMP 2024", max_n=40).shortlist
    before = known(catalogue)
    assert before["visa_h1b"] == before["fill_years_reported"] == 0

    results = apply_merge(
        catalogue, read_source("nrmp-results", shared_file("nrmp_florida_results_2020_2026.csv"))
    )
    assert results.rows_applied > 300

    sheet_path = tmp_path / "florida img friendly.csv"
    renamed = messy_sheet(sheet_path)
    assert len(renamed) == 6
    sheet = read_source("sheet", sheet_path)
    assert sheet.problems == []
    preview = preview_merge(catalogue, sheet)
    by_line = {m.row.line: m for m in preview.matches}
    # Rows without their code are matched by name to their own track, not to every program.
    uncoded = {m.row.institution: m for m in by_line.values() if not m.row.nrmp_code}
    assert set(uncoded) == set(renamed.values())
    for code, name in renamed.items():
        assert uncoded[name].outcome is Outcome.CONFIDENT, uncoded[name]
        assert code in uncoded[name].program_ids and len(uncoded[name].program_ids) <= 2
    sheet_merge = apply_merge(catalogue, sheet)
    assert sheet_merge.rows_applied >= 60 - len(renamed)

    lca_path = tmp_path / "LCA_Disclosure_Data_FY2025_Q4.xlsx"
    lca_file(lca_path)
    lca = read_source("lca", lca_path)
    assert lca.problems == [] and "FY2025" in lca.name
    lca_merge = apply_merge(catalogue, lca)
    tampa = [m for m in lca_merge.preview.matches if m.row.city.upper() == LOOK_ALIKE_LINE_CITY]
    assert tampa and all(m.program_ids == () for m in tampa)
    assert all(m.outcome is not Outcome.CONFIDENT for m in tampa)
    orlando = Program.objects.filter(catalogue=catalogue, institution="Orlando Health-FL")
    assert not ProgramFact.objects.filter(
        program__in=orlando, attribute="visa_h1b", evidence__contains="3 LCAs"
    ).exists()

    # The coverage table: the gain per attribute, and from which source.
    after = known(catalogue)
    rows = {r.attribute: dict(r.sources) for r in coverage(catalogue).rows}
    assert after["fill_years_reported"] > before["fill_years_reported"]
    assert after["visa_h1b"] > before["visa_h1b"]
    assert after["visa_j1"] > before["visa_j1"]
    assert rows["visa_h1b"][lca.name] >= orlando.count() > 0
    assert any(s.startswith(sheet.name) for s in rows["visa_j1"])
    assert any(s.startswith("NRMP results") for s in rows["fill_years_reported"])

    # Reasons cite sources; H-1B exclusions follow the merged facts.
    after_h1b = make_shortlist(h1b, "NRMP 2024", max_n=40).shortlist
    reasons = [r for p in after_h1b.programs for r in p.reasons]
    assert any("LCAs for resident titles, DOL FY2025" in r for r in reasons)
    refusing = set(
        Program.objects.filter(
            catalogue=catalogue, specialty="Internal Medicine", visa_h1b=False
        ).values_list("program_id", flat=True)
    )
    excluded_h1b = {e.program_id for e in after_h1b.excluded}
    assert refusing and refusing <= excluded_h1b
    assert not {e.program_id for e in before_h1b.excluded} & refusing
    assert [p.program_id for p in after_h1b.programs] != [p.program_id for p in before_h1b.programs]
    j1_list = make_shortlist(j1, "NRMP 2024", max_n=40).shortlist
    excluded_j1 = {e.program_id for e in j1_list.excluded}
    assert excluded_j1 != excluded_h1b  # each visa's own facts rule programs out

    # The shortlist of a non-US IMG who prefers Florida is not in file order.
    listed = ids(h1b)
    in_file_order = sorted(listed, key=file_order.index)
    assert listed != in_file_order
    assert Program.objects.get(program_id=listed[0]).state == "FL"
