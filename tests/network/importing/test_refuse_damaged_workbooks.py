"""A damaged XLSX workbook is refused in one line naming the file, sheet and cell."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from matchwise.cli import main
from matchwise.network.importing.sheet import read_headers
from matchwise.network.models import Contact, PendingImport
from matchwise.textfiles.errors import ImportFileError
from tests.network.importing.workbooks import damaged, sound

EXPECTED = {
    "no_sheet_xml": r"people\.xlsx: the workbook has no sheet .*missing",
    "truncated_sheet_xml": r"people\.xlsx(, sheet 'People')?: the sheet's XML is damaged",
    "garbage_sheet_xml": r"people\.xlsx(, sheet 'People')?: the sheet's XML is damaged",
    "text_in_a_number_cell": r"people\.xlsx, sheet 'People', cell D2: 'abc' is stored as a number",
    "infinite_number": r"people\.xlsx, sheet 'People', cell D2: inf is not a number",
    "cell_reference_past_the_last_column": r"people\.xlsx, sheet 'People': .*'ZZZZZZ9' is not",
    "row_number_not_a_number": r"people\.xlsx, sheet 'People': the row number 'x' is not a number",
}


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_it_names_the_file_sheet_and_cell(kind: str) -> None:
    with pytest.raises(ImportFileError, match=f"^{EXPECTED[kind]}"):
        read_headers("people.xlsx", damaged(kind))


def test_it_still_reads_the_sound_workbook() -> None:
    assert read_headers("people.xlsx", sound()) == ["Name", "Institution", "Email", "Phone"]


@pytest.mark.django_db
@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_it_ends_the_command_with_one_line_and_a_non_zero_exit(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "people.xlsx"
    path.write_bytes(damaged(kind))

    assert main(["import", "sheet", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("matchwise: people.xlsx") and err.count("\n") == 1
    assert not Contact.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_it_shows_a_form_error_on_the_upload_page(kind: str, client: Client) -> None:
    upload = SimpleUploadedFile("people.xlsx", damaged(kind))
    response = client.post(reverse("network:import"), {"kind": "sheet", "file": upload})

    assert response.status_code == 200
    assert "people.xlsx" in response.content.decode()
    assert not PendingImport.objects.exists()
