"""Importing a catalogue: all or nothing, every problem with its line and column."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from matchwise import selection
from matchwise.cli import main
from matchwise.programs.catalogues import (
    CatalogueNameError,
    ImportOptions,
    find_catalogue,
    import_catalogue,
    programs_of,
)
from matchwise.programs.models import Catalogue, Program

from .conftest import KNOWN, SELECTION_FIXTURES, invented, shared_file

pytestmark = pytest.mark.django_db
GOOD = SELECTION_FIXTURES / "good_catalogue.csv"


def malformed_csv() -> str:
    """Two good rows and, on line 3, a J-1 policy that is neither yes nor no."""
    text = selection.catalogue_csv_text([invented(1), invented(2), invented(3)])
    lines = text.splitlines()
    cells = lines[2].split(",")
    cells[selection.catalogue_csv_text([KNOWN]).splitlines()[0].split(",").index("visa_j1")] = (
        "maybe"
    )
    lines[2] = ",".join(cells)
    return "\n".join(lines) + "\n"


def test_it_rejects_a_malformed_row_with_its_line_and_column_and_imports_nothing() -> None:
    with pytest.raises(selection.CatalogueError) as caught:
        import_catalogue(malformed_csv().encode(), "mine.csv", "mine")
    (problem,) = caught.value.problems
    assert (problem.file, problem.line, problem.column) == ("mine.csv", 3, "visa_j1")
    assert "maybe" in problem.message
    assert not Catalogue.objects.exists() and not Program.objects.exists()


def test_it_rejects_a_malformed_row_on_the_command_line(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "mine.csv"
    path.write_text(malformed_csv(), encoding="utf-8")
    assert main(["catalogue", "import", str(path)]) != 0
    err = capsys.readouterr().err
    assert "mine.csv:3: visa_j1: expected yes or no, got 'maybe'" in err
    assert "nothing imported" in err and err.count("\n") == 1
    assert not Program.objects.exists()


def test_it_rejects_a_malformed_row_on_the_page(client: Client) -> None:
    upload = SimpleUploadedFile("mine.csv", malformed_csv().encode(), content_type="text/csv")
    response = client.post(reverse("programs:catalogues"), {"file": upload, "name": "Mine"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Nothing was imported" in page
    assert "line 3, column <code>visa_j1</code>" in page
    assert not Catalogue.objects.exists()


def test_it_lists_every_problem_of_the_fixture_at_once() -> None:
    data = (SELECTION_FIXTURES / "bad_catalogue.csv").read_bytes()
    with pytest.raises(selection.CatalogueError) as caught:
        import_catalogue(data, "bad_catalogue.csv", "bad")
    found = {(p.line, p.column) for p in caught.value.problems}
    assert {(2, "setting"), (3, "visa_j1"), (4, "as_of")} <= found
    assert not Program.objects.exists()


def test_it_imports_a_good_file_and_reads_it_back_unchanged() -> None:
    programs = [invented(1), invented(2, visa_j1=None, step2_invited=None, city=None)]
    text = selection.catalogue_csv_text(programs)
    catalogue = import_catalogue(text.encode(), "mine.csv", "Mine")
    assert catalogue.source == "test catalogue (invented)" and catalogue.layout == "csv"
    choice = find_catalogue("Mine")
    assert choice is not None and choice.program_count == 2 and choice.label is None
    assert programs_of(choice, ["Internal Medicine"]) == programs


def test_it_imports_from_the_page_and_the_command_line(
    client: Client, capsys: pytest.CaptureFixture[str]
) -> None:
    upload = SimpleUploadedFile("good.csv", GOOD.read_bytes(), content_type="text/csv")
    response = client.post(reverse("programs:catalogues"), {"file": upload, "name": "Web"})
    assert response.status_code == 302
    assert "Web" in client.get(response["Location"]).content.decode()
    assert main(["catalogue", "import", str(GOOD), "--name", "Terminal"]) == 0
    assert "Imported 3 program(s)" in capsys.readouterr().out
    assert sorted(Catalogue.objects.values_list("name", flat=True)) == ["Terminal", "Web"]


@pytest.mark.parametrize("name", ["sample", "Sample", "taken", ""])
def test_it_refuses_a_name_in_use(name: str, store: Callable[..., Catalogue]) -> None:
    store([invented(1)], name="taken")
    with pytest.raises(CatalogueNameError):
        import_catalogue(GOOD.read_bytes(), "good.csv", name)
    assert Catalogue.objects.count() == 1


def test_it_reads_the_published_layouts() -> None:
    nrmp = (
        "nrmp_program_code,program_name,institution_code,institution_name,acgme_specialty_code,"
        "specialty,track_type,state,state_source\n"
        "9999140C0,Internal Medicine,9999,Invented Clinic-OH,140,Internal Medicine,Categorical,OH,"
        "name_suffix\n"
    )
    options = ImportOptions("nrmp", as_of=date(2024, 3, 15), source="NRMP list (invented)")
    import_catalogue(nrmp.encode(), "nrmp.csv", "nrmp", options)
    acgme = (
        "program_code,program_name,sponsoring_institution_name,city,state,zip\n"
        "2209999001,Invented Program,Invented Sponsor,Lakeside,Ohio,43215\n"
    )
    with pytest.raises(selection.CatalogueError, match="one specialty"):
        import_catalogue(acgme.encode(), "acgme.csv", "acgme", ImportOptions("acgme"))
    options = ImportOptions("acgme", specialty="Obstetrics and Gynecology")
    import_catalogue(acgme.encode(), "acgme.csv", "acgme", options)
    with pytest.raises(selection.CatalogueError, match="not valid JSON"):
        import_catalogue(b"{", "records.json", "records", ImportOptions("explorer"))
    program = Program.objects.get(catalogue__name="acgme")
    assert (program.state, program.zip, program.as_of) == ("OH", "43215", date.today())


def test_it_imports_the_real_nrmp_list_when_it_is_at_hand(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = shared_file("nrmp_programs_2024.csv")
    args = ["catalogue", "import", str(path), "--format", "nrmp", "--as-of", "2024-03-15"]
    assert main([*args, "--name", "NRMP 2024"]) == 0
    assert Program.objects.filter(catalogue__name="NRMP 2024").count() > 6000
    assert main(["catalogue", "list"]) == 0
    assert "NRMP 2024:" in capsys.readouterr().out


def test_it_imports_the_real_acgme_and_per_program_files_when_at_hand(
    capsys: pytest.CaptureFixture[str],
) -> None:
    acgme = shared_file("acgme_obgyn_programs.csv")
    records = shared_file("residency_explorer_sample.json")
    specialty = "Obstetrics and Gynecology"
    assert (
        main(["catalogue", "import", str(acgme), "--format", "acgme", "--specialty", specialty])
        == 0
    )
    assert main(["catalogue", "import", str(records), "--format", "explorer"]) == 0
    assert Program.objects.filter(catalogue__name="acgme_obgyn_programs").count() > 250
    explorer = Program.objects.filter(catalogue__name="residency_explorer_sample")
    assert explorer.count() == 3 and explorer.exclude(interview_rate_non_us_img=None).exists()
