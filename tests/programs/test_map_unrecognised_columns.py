"""The mapping step outside the page: a program sheet's header the reader does not recognise
is read as a field when the API's `mapping` or the command's `--map` says so, else kept in the
notes and reported; a mapping the sheet cannot take is refused and nothing changes."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from matchwise.cli import main
from matchwise.programs.models import Catalogue, Program

from .conftest import invented

pytestmark = pytest.mark.django_db
SHEET = (
    "Hospital,City,State,NRMP code,Sponsors work visas?\n"
    "Invented Harbor Med Ctr,Tampa,FL,1111140C0,yes\n"
)


@pytest.fixture
def catalogue(store: Callable[..., Catalogue]) -> Catalogue:
    return store([invented(1, program_id="1111140C0", visa_h1b=None)])


def merge(client: Client, **fields: Any) -> Any:
    body = {
        "catalogue": "invented",
        "format": "sheet",
        "file_name": "friendly.csv",
        "content": base64.b64encode(SHEET.encode()).decode(),
    } | fields
    return client.post("/api/catalogues/merge", json.dumps(body), content_type="application/json")


def harbor() -> Program:
    return Program.objects.get(program_id="1111140C0")


def test_it_reports_a_header_left_unmapped_and_keeps_it_in_the_notes(
    client: Client, catalogue: Catalogue
) -> None:
    response = merge(client)
    assert response.status_code == 200
    assert response.json()["unrecognised_columns"] == ["Sponsors work visas?"]
    assert harbor().visa_h1b is None
    assert "Sponsors work visas?: yes" in harbor().notes


def test_it_reads_a_mapped_header_as_the_field(client: Client, catalogue: Catalogue) -> None:
    response = merge(client, mapping={"Sponsors work visas?": "visa_h1b"})
    assert response.status_code == 200
    assert response.json()["unrecognised_columns"] == []
    assert harbor().visa_h1b is True


def test_it_refuses_a_mapping_the_sheet_cannot_take(client: Client, catalogue: Catalogue) -> None:
    for mapping in ({"Sponsors work visas?": "favourite colour"}, {"Nowhere": "notes"}):
        response = merge(client, mapping=mapping)
        assert response.status_code == 422
        [problem] = response.json()["detail"]
        assert problem["msg"].startswith("friendly.csv, line 1, column ")
    assert harbor().visa_h1b is None and harbor().notes == ""


def test_it_maps_on_the_command_line_too(
    catalogue: Catalogue, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "friendly.csv"
    path.write_text(SHEET, encoding="utf-8")
    argv = ["catalogue", "merge", str(path), "--into", "invented", "--format", "sheet"]
    assert main([*argv, "--dry-run"]) == 0
    assert "not recognised: “Sponsors work visas?”" in capsys.readouterr().out
    assert main([*argv, "--map", "Sponsors work visas?=ignore", "--map", "City=city"]) == 0
    assert harbor().visa_h1b is None and harbor().notes == ""
    assert "not recognised" not in capsys.readouterr().out
    assert main([*argv, "--map", "Sponsors work visas?=visa_h1b", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["unrecognised_columns"] == []
    assert harbor().visa_h1b is True


def test_it_refuses_a_bad_mapping_on_the_command_line(
    catalogue: Catalogue, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "friendly.csv"
    path.write_text(SHEET, encoding="utf-8")
    argv = ["catalogue", "merge", str(path), "--into", "invented", "--format", "sheet"]
    assert main([*argv, "--map", "Sponsors work visas?=colour"]) == 1
    refusal = "nothing merged: friendly.csv, line 1, column Sponsors work visas?"
    assert refusal in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*argv, "--map", "no equals sign"])
    assert harbor().visa_h1b is None
