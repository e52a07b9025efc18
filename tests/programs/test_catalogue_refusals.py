"""A damaged catalogue file is refused whole: one line on the command line, a listed problem on
the page, never a traceback or a server error, and nothing stored."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from matchwise import selection
from matchwise.cli import main
from matchwise.programs import forms
from matchwise.programs.catalogues import (
    ImportOptions,
    import_catalogue,
    layout_for,
    parse_programs,
)
from matchwise.programs.models import Catalogue, Program
from matchwise.selection import catalogue_limits
from matchwise.selection.catalogue_fields import COLUMNS

from .conftest import PROFILE, invented, shared_file

pytestmark = pytest.mark.django_db


def good_csv() -> str:
    return selection.catalogue_csv_text([invented(1), invented(2)])


def with_cell(column: str, cell: str) -> str:
    """The good file with one cell of its second program (line 3) replaced."""
    lines = good_csv().splitlines()
    cells = lines[2].split(",")
    cells[COLUMNS.index(column)] = cell
    lines[2] = ",".join(cells)
    return "\n".join(lines) + "\n"


def json_with(key: str, written: str) -> str:
    """The good file as JSON, with the second program's key set to raw JSON text."""
    records = selection.catalogue_json_records([invented(1), invented(2)])
    text = json.dumps(records[1])[:-1] + f', "{key}": {written}}}'
    return "[" + json.dumps(records[0]) + ",\n" + text + "]"


ANY_COLUMN = ""
# (file name, content, line, column, words in the problem)
DAMAGED: list[tuple[str, bytes, int, str, str]] = [
    ("big.csv", with_cell("positions", "1e400").encode(), 3, "positions", "finite"),
    ("inf.csv", with_cell("positions", "inf").encode(), 3, "positions", "finite"),
    ("nan.csv", with_cell("positions", "NaN").encode(), 3, "positions", "finite"),
    ("digits.csv", with_cell("positions", "7" * 5000).encode(), 3, "positions", "at most"),
    ("state.csv", with_cell("state", "ZZ").encode(), 3, "state", "US state"),
    ("long.csv", with_cell("city", "y" * 131_073).encode(), 3, "-", "longer than 131,072"),
    ("longer.csv", with_cell("city", "y" * 501).encode(), 3, "city", "at most 500"),
    ("escape.csv", with_cell("city", "Lake\x1bside").encode(), 3, "city", "control"),
    # Refused as it is read (no text import takes NUL) or as the city's cell: either names line 3.
    ("nul.csv", with_cell("city", "Lake\x00side").encode(), 3, ANY_COLUMN, ""),
    ("big.json", json_with("positions", "1e400").encode(), 2, "positions", "finite"),
    ("nan.json", json_with("positions", "NaN").encode(), 2, "positions", "finite"),
    ("digits.json", json_with("positions", "7" * 5000).encode(), 2, "positions", "5,000 digits"),
    ("lone.json", json_with("name", '"\\udc80 name"').encode(), 2, "name", "lone surrogate"),
    ("state.json", json_with("state", '"ZZ"').encode(), 2, "state", "US state"),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, 1, "-", "nested too deeply"),
    ("latin.csv", good_csv().encode() + b"\xff\x00\n", 4, "-", ""),
]
IDS = [case[0] for case in DAMAGED]


@pytest.mark.parametrize(("name", "data", "line", "column", "words"), DAMAGED, ids=IDS)
def test_it_refuses_a_damaged_file_and_stores_nothing(
    name: str, data: bytes, line: int, column: str, words: str
) -> None:
    with pytest.raises(selection.CatalogueError) as caught:
        import_catalogue(data, name, "mine", ImportOptions(layout_for(name, None)))
    problems = [
        p for p in caught.value.problems if p.line == line and column in (ANY_COLUMN, p.column)
    ]
    assert problems and words in problems[0].message, caught.value.problems
    assert problems[0].file == name
    assert not Catalogue.objects.exists() and not Program.objects.exists()


@pytest.mark.parametrize(("name", "data", "line", "column", "words"), DAMAGED, ids=IDS)
def test_it_refuses_a_damaged_file_on_the_command_line_in_one_line(
    name: str,
    data: bytes,
    line: int,
    column: str,
    words: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert main(["catalogue", "import", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert f"{name}:{line}: {column}" in captured.err and "Traceback" not in captured.err
    assert not Program.objects.exists()


@pytest.mark.parametrize(("name", "data", "line", "column", "words"), DAMAGED, ids=IDS)
def test_it_refuses_a_damaged_file_on_the_page(
    name: str, data: bytes, line: int, column: str, words: str, client: Client
) -> None:
    upload = SimpleUploadedFile(name, data)
    response = client.post(reverse("programs:catalogues"), {"file": upload, "name": "Mine"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Nothing was imported" in page and f"line {line}, column <code>{column}" in page
    assert not Catalogue.objects.exists()


def test_it_refuses_a_file_over_the_size_limit_everywhere(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    client: Client,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(catalogue_limits, "MAX_FILE_BYTES", 100)
    monkeypatch.setattr(forms, "MAX_FILE_BYTES", 100)
    data = good_csv().encode()
    with pytest.raises(selection.CatalogueError, match="a catalogue may be"):
        import_catalogue(data, "mine.csv", "mine")
    path = tmp_path / "mine.csv"
    path.write_bytes(data)
    assert main(["catalogue", "import", str(path)]) == 1
    assert "mine.csv:1: -: the file is" in capsys.readouterr().err
    upload = SimpleUploadedFile("mine.csv", data)
    response = client.post(reverse("programs:catalogues"), {"file": upload, "name": "Mine"})
    assert response.status_code == 400 and "larger than" in response.content.decode()
    assert not Catalogue.objects.exists()


@pytest.mark.parametrize(
    "encoded",
    [
        lambda text: text.encode("utf-8"),
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
        lambda text: text.encode("utf-16"),  # with its byte-order mark
        lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-be-bom"],
)
def test_it_reads_utf8_and_utf16_with_its_mark(encoded: object) -> None:
    programs = [invented(1, city="Zoë Müllerville"), invented(2)]
    text = selection.catalogue_csv_text(programs)
    assert callable(encoded)
    assert parse_programs(encoded(text), "mine.csv", ImportOptions()) == programs


def test_it_refuses_utf16_without_its_mark() -> None:
    data = good_csv().encode("utf-16-le")
    with pytest.raises(selection.CatalogueError):
        parse_programs(data, "mine.csv", ImportOptions())


def test_it_shortlists_from_a_damaged_catalogue_file_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = Path(__file__).parents[1] / "selection" / "fixtures" / "profile.toml"
    path = tmp_path / "mine.json"
    path.write_text(json_with("positions", "Infinity"), encoding="utf-8")
    assert main(["shortlist", "--profile", str(profile), "--catalogue", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "mine.json:2: positions: expected a finite number" in err


def test_it_reads_every_program_of_the_real_nrmp_list() -> None:
    path = shared_file("nrmp_programs_2024.csv")
    options = ImportOptions("nrmp", source="NRMP 2024")
    programs = parse_programs(path.read_bytes(), path.name, options)
    assert len(programs) == 6263  # 6,265 rows, two printed twice
    states = {p.state for p in programs if p.state is not None}
    assert "NY" in states and all(len(s) == 2 for s in states)
    assert sum(p.state is None for p in programs) > 0  # uncertain states stay unknown


def test_it_points_a_refusal_at_the_format_guide_on_the_page(client: Client) -> None:
    upload = SimpleUploadedFile("state.csv", with_cell("state", "ZZ").encode())
    page = client.post(reverse("programs:catalogues"), {"file": upload, "name": "Mine"})
    guide = reverse("help_guide", args=["catalogue-format"])
    assert f'href="{guide}#encodings-and-limits"' in page.content.decode()
    assert f'href="{guide}#columns"' in page.content.decode()
    rendered = client.get(guide).content.decode()
    assert 'id="encodings-and-limits"' in rendered and 'id="columns"' in rendered


def test_it_imports_a_file_whose_name_is_not_valid_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / os.fsdecode(b"list\xff.csv")  # as Python names a byte it cannot decode
    path.write_text(good_csv(), encoding="utf-8")
    assert main(["catalogue", "import", str(path)]) == 0
    assert Catalogue.objects.get().name == "list\ufffd"
    assert "list\ufffd.csv" in capsys.readouterr().out


def test_it_refuses_a_catalogue_name_that_is_not_plain_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(good_csv(), encoding="utf-8")
    assert main(["catalogue", "import", str(path), "--name", os.fsdecode(b"IM\xff")]) == 1
    assert "Use plain text for the name" in capsys.readouterr().err
    assert not Catalogue.objects.exists()


@pytest.mark.parametrize("name", ["\ud800", "Lake\x00side"])
def test_it_finds_no_catalogue_by_a_name_that_is_not_plain_text(
    name: str, client: Client, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = json.dumps({**PROFILE, "catalogue": name})  # \ud800 travels escaped, as JSON allows
    response = client.post("/api/shortlist", body, content_type="application/json")
    assert response.status_code in (404, 422)
    profile = Path(__file__).parents[1] / "selection" / "fixtures" / "profile.toml"
    assert main(["shortlist", "--profile", str(profile), "--catalogue", name]) == 1
    assert "no catalogue named" in capsys.readouterr().err
