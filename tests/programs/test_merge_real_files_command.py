"""`matchwise catalogue merge` on the real NRMP list with a messy program sheet and a generated
LCA file (their real readers), the review round trip, and a bad file of every format refused
with its file, line and column, the catalogue's tables left exactly as they were.

Reads ../shared/data (never copied into the repository) and skips where it is absent.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command

from matchwise import selection
from matchwise.cli import main
from matchwise.programs.catalogues import ImportOptions, import_catalogue
from matchwise.programs.models import Catalogue, Program, ProgramFact
from tests.sources import lca_files
from tests.sources.messy_sheets import write_messy_sheet

from .conftest import shared_file

pytestmark = pytest.mark.django_db
NAME = "NRMP 2024"
LCA = "LCA_Disclosure_Data_FY2025_Q4.xlsx"
EMPLOYERS = (  # as the DOL writes them; the NRMP list knows none of their cities
    ("UNIVERSITY OF FLORIDA COLLEGE OF MEDICINE JACKSONVILLE", "JACKSONVILLE", 6),
    ("ORLANDO HEALTH INC", "ORLANDO", 14),
    ("ORLANDO HEALTH INC", "TAMPA", 3),  # Orlando Health's name, another city
    ("MOUNT SINAI MEDICAL CENTER OF FLORIDA INC", "MIAMI BEACH", 4),
)


@pytest.fixture
def nrmp() -> Catalogue:
    path = shared_file("nrmp_programs_2024.csv")
    return import_catalogue(
        path.read_bytes(), path.name, NAME,
        ImportOptions("nrmp", as_of=date(2024, 3, 15), source="NRMP program list 2024"),
    )  # fmt: skip


def merge(path: Path, source_format: str, *options: str) -> list[str]:
    return ["catalogue", "merge", str(path), "--into", NAME, "--format", source_format, *options]


def florida(count: int) -> list[tuple[str, str, str, str]]:
    with shared_file("nrmp_programs_2024.csv").open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["state"] == "FL"][:count]
    return [
        (r["nrmp_program_code"], r["program_name"], r["institution_name"], r["state"]) for r in rows
    ]


def lca_file(path: Path) -> None:
    rows = [
        lca_files.certified_resident_row(
            lca_files.Employer(name, city, "FL", "32000"), case=f"I-200-25001-{n}{k:02d}"
        )
        for n, (name, city, count) in enumerate(EMPLOYERS)
        for k in range(count)
    ]
    lca_files.write_xlsx(path, [*rows, *lca_files.random_rows(300)])


def tables() -> str:
    out = io.StringIO()
    call_command("dumpdata", "programs", stdout=out)
    return out.getvalue()


def test_it_merges_a_messy_sheet_from_the_command_line(
    nrmp: Catalogue, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "img friendly florida.csv"
    listed = write_messy_sheet(path, florida(60))
    assert main([*merge(path, "sheet"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["confident"] == 60 and data["stored"] is True
    said_j1 = {e.nrmp_code: e.facts["visa_j1"] for e in listed if "visa_j1" in e.facts}
    stored = dict(
        Program.objects.filter(program_id__in=said_j1).values_list("program_id", "visa_j1")
    )
    assert stored == said_j1  # each program holds what its own row says, no other
    notes = [e for e in listed if e.note]
    assert notes and all(e.note in Program.objects.get(program_id=e.nrmp_code).notes for e in notes)
    assert main(["catalogue", "show", NAME]) == 0
    shown = capsys.readouterr().out
    assert f"{path.name} ({len(said_j1)})" in shown


def test_it_merges_an_lca_file_with_its_review_round_trip(
    nrmp: Catalogue, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, review = tmp_path / LCA, tmp_path / "review.csv"
    lca_file(path)
    assert main([*merge(path, "lca"), "--review", str(review), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    uncertain = {(u["institution"], u["city"]) for u in data["uncertain"] if u["state"] == "FL"}
    assert uncertain == {
        ("ORLANDO HEALTH INC", "TAMPA"),
        ("MOUNT SINAI MEDICAL CENTER OF FLORIDA INC", "MIAMI BEACH"),
    }
    orlando = Program.objects.filter(catalogue=nrmp, institution="Orlando Health-FL")
    sinai = Program.objects.filter(catalogue=nrmp, institution__startswith="Mt Sinai Med Ctr")
    facts = ProgramFact.objects.filter(attribute="visa_h1b")
    assert facts.filter(program__in=orlando, evidence__startswith="14 LCAs").count() == len(orlando)
    assert not facts.filter(evidence__startswith="3 LCAs").exists()  # not applied unconfirmed
    assert not facts.filter(program__in=sinai).exists()

    with review.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["decision"] = "yes" if row["city"] == "MIAMI BEACH" else "no"  # a look-alike: no
    with review.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert main([*merge(path, "lca"), "--confirm", str(review)]) == 0
    assert facts.filter(program__in=sinai, evidence__startswith="4 LCAs").count() == len(sinai) > 0
    assert not facts.filter(evidence__startswith="3 LCAs").exists()  # rejected: never merged
    assert set(Program.objects.filter(visa_h1b=True).values_list("institution", flat=True)) == {
        "U Florida COM-Jacksonville", "Orlando Health-FL", sinai[0].institution,
    }  # fmt: skip


def _bad_sheet(path: Path) -> None:
    path.write_text(
        "Florida programs\n\nProgram code,Hospital,ST,IMG %\n"
        "1107140C0,Orlando Health,FL,40%\n1101140C0,UF Jacksonville,FL,lots\n",
        encoding="utf-8",
    )


def _bad_lca(path: Path) -> None:
    employer = lca_files.Employer("ORLANDO HEALTH INC", "ORLANDO", "FL", "32806")
    lca_files.write_xlsx(
        path,
        [
            lca_files.certified_resident_row(employer, case="I-1"),
            lca_files.certified_resident_row(employer, case="I-2", DECISION_DATE="soon"),
        ],
    )


def _bad_results(path: Path) -> None:
    path.write_text(
        "Sponsoring Institution,City,Specialty,Program Code,2026 Quota,2026 Matched\n"
        "Orlando Health-FL,Orlando,Internal Medicine,1107140C0,20,20\n"
        "Orlando Health-FL,Orlando,Pediatrics,1107320C0,ten,9\n",
        encoding="utf-8",
    )


def _bad_catalogue(path: Path) -> None:
    programs = [
        selection.Program(program_id=code, name=f"{place} — Internal Medicine", institution=place,
                          specialty="Internal Medicine", source="own notes",
                          as_of=date(2025, 6, 1), state="FL", visa_h1b=True)
        for code, place in (("1107140C0", "Orlando Health-FL"),
                            ("1101140C0", "U Florida COM-Jacksonville"))
    ]  # fmt: skip
    lines = selection.catalogue_csv_text(programs).splitlines()
    lines[2] = lines[2].replace(",yes,", ",perhaps,")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _bad_records(path: Path) -> None:
    record = {"specialty_file": "program_data_im.json", "state": "FL"}
    records = [
        {**record, "name": "Orlando Health Program", "acgme_code": "1401100001",
         "city": "Orlando", "visa_sponsorship": {"h1b": True}},
        {**record, "name": "Florida Coast Program", "acgme_code": "1401100002",
         "city": "Tampa", "match_outcomes_2026": {"categorical_offered": -5}},
    ]  # fmt: skip
    path.write_text(json.dumps({"records": records}), encoding="utf-8")


@pytest.mark.parametrize(
    ("source_format", "name", "write", "where"),
    [
        ("sheet", "sheet.csv", _bad_sheet, "sheet.csv, line 5, column IMG %"),
        ("lca", "lca.xlsx", _bad_lca, "lca.xlsx, line 3, column DECISION_DATE"),
        ("nrmp-results", "results.csv", _bad_results, "results.csv, line 3, column 2026 Quota"),
        ("csv", "catalogue.csv", _bad_catalogue, "catalogue.csv, line 3, column visa_h1b"),
        ("explorer", "records.json", _bad_records, "records.json, record 2, column positions"),
    ],
)
def test_it_refuses_a_bad_file_of_each_format_and_writes_nothing(
    nrmp: Catalogue,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    source_format: str,
    name: str,
    write: object,
    where: str,
) -> None:
    path = tmp_path / name
    assert callable(write)
    write(path)
    before = tables()
    assert main(merge(path, source_format)) == 1
    err = capsys.readouterr().err
    assert "nothing merged" in err and where in err, err
    assert tables() == before
