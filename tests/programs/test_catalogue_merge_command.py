"""`matchwise catalogue merge` and `show`: review, confirm, dry run, refusals, coverage."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from matchwise import selection
from matchwise.cli import main
from matchwise.programs.models import Catalogue, Program, ProgramFact

from .conftest import invented

pytestmark = pytest.mark.django_db
HEADER = "Sponsoring Institution,City,Specialty,Program Code,2026 Quota,2026 Matched\n"


@pytest.fixture
def merged_into(store: Callable[..., Catalogue]) -> Catalogue:
    return store(
        [
            invented(1, program_id="1111140C0", institution="Invented Harbor Med Ctr-FL"),
            invented(2, program_id="2222140C0", institution="Invented Ridge Hosp-FL"),
        ]
    )


def results(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "results.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_it_merges_by_code_and_reports_the_rest(
    merged_into: Catalogue, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = results(
        tmp_path,
        "Invented Harbor Med Ctr-FL,Tampa,Internal Medicine,1111140C0,10,8\n"
        "Elsewhere Hosp-FL,Miami,Internal Medicine,9999140C0,4,4\n",
    )
    argv = ["catalogue", "merge", str(path), "--into", "invented", "--format", "nrmp-results"]
    assert main([*argv, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"] == {"confident": 1, "uncertain": 0, "unmatched": 1}
    assert data["unmatched"][0]["line"] == 3
    assert Program.objects.get(program_id="1111140C0").positions == 10
    assert main(["catalogue", "show", "invented"]) == 0
    out = capsys.readouterr().out
    assert "fill history" in out and "NRMP results 2026 (1)" in out
    assert "Sources disagree on 1 value(s)" in out  # the city: Lakeside as imported, now Tampa
    assert "city is Tampa per NRMP results 2026" in out


def test_it_stores_nothing_on_a_dry_run(merged_into: Catalogue, tmp_path: Path) -> None:
    path = results(tmp_path, "Invented Harbor Med Ctr-FL,Tampa,Internal Medicine,1111140C0,10,8\n")
    argv = ["catalogue", "merge", str(path), "--into", "invented", "--format", "nrmp-results"]
    assert main([*argv, "--dry-run"]) == 0
    assert ProgramFact.objects.count() == 0


def test_it_refuses_a_bad_file_with_line_and_column(
    merged_into: Catalogue, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = results(
        tmp_path,
        "Invented Harbor Med Ctr-FL,Tampa,Internal Medicine,1111140C0,10,8\n"
        "Invented Ridge Hosp-FL,Ocala,Internal Medicine,2222140C0,ten,8\n",
    )
    argv = ["catalogue", "merge", str(path), "--into", "invented", "--format", "nrmp-results"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "results.csv, line 3, column 2026 Quota" in err and "nothing merged" in err
    assert ProgramFact.objects.count() == 0


def test_it_applies_uncertain_matches_only_as_the_review_file_says(
    merged_into: Catalogue, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "mine.csv"

    lookalike = invented(9, program_id="X-9", institution="Invented Harbor Medical Center",
                         state=None, visa_h1b=True)  # fmt: skip
    sheet.write_text(selection.catalogue_csv_text([lookalike]), encoding="utf-8")
    review = tmp_path / "review.csv"
    argv = ["catalogue", "merge", str(sheet), "--into", "invented", "--format", "csv"]
    assert main([*argv, "--review", str(review)]) == 0
    assert "Uncertain" in capsys.readouterr().out
    assert Program.objects.get(program_id="1111140C0").visa_h1b is False
    text = review.read_text(encoding="utf-8")
    assert text.count("\n") == 2 and text.endswith(",\n")
    review.write_text(text.replace(",\n", ",maybe\n"), encoding="utf-8")
    assert main([*argv, "--confirm", str(review)]) == 1
    assert "review.csv, line 2, column decision" in capsys.readouterr().err
    review.write_text(text.replace(",\n", ",yes\n"), encoding="utf-8")
    assert main([*argv, "--confirm", str(review)]) == 0
    assert Program.objects.get(program_id="1111140C0").visa_h1b is True


def test_it_names_an_unknown_catalogue(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = results(tmp_path, "")
    assert main(["catalogue", "merge", str(path), "--into", "nope", "--format", "csv"]) == 1
    assert "no stored catalogue named 'nope'" in capsys.readouterr().err
