"""Fuzzing the catalogue readers: every file ends in an import or a one-line refusal.

Two parts, both bounded so that they run in `make test`:
- the corpus in `catalogue_corpus/`: damaged files kept with the tests (a name starting with
  `ok-` must import; `nrmp` or `explorer` in the name picks that layout), each run through the
  real command line and uploaded on the catalogues page;
- hypothesis: catalogue CSV and JSON built from good and hostile cells, and good files with
  bytes changed, read by the import service's parser.
"""

from __future__ import annotations

import json
import math
import time
from datetime import date
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matchwise import selection
from matchwise.cli import main
from matchwise.programs.catalogues import ImportOptions, parse_programs
from matchwise.programs.models import Catalogue, Program
from matchwise.selection.catalogue_fields import COLUMNS
from matchwise.selection.catalogue_limits import MAX_COUNTS, MAX_TEXT_CHARS
from matchwise.selection.states import STATE_CODES

from .conftest import SELECTION_FIXTURES

CORPUS = Path(__file__).parent / "catalogue_corpus"
CORPUS_FILES = sorted(CORPUS.iterdir())
SECONDS_PER_FILE = 20
FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,  # the same examples on every run: CI stays reproducible
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def layout_of(path: Path) -> str:
    for layout in ("nrmp", "explorer"):
        if layout in path.name:
            return layout
    return "json" if path.suffix == ".json" else "csv"


@pytest.mark.django_db
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_it_imports_or_refuses_every_corpus_file_in_one_line(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    started = time.perf_counter()
    status = main(["catalogue", "import", str(path), "--format", layout_of(path)])
    assert time.perf_counter() - started < SECONDS_PER_FILE
    captured = capsys.readouterr()
    if path.name.startswith("ok-"):
        assert status == 0, captured.err
        assert Program.objects.exists()
        return
    assert status == 1
    assert captured.out == "" and captured.err.count("\n") == 1, captured.err
    assert captured.err.startswith("matchwise: nothing imported: " + path.name + ":")
    assert not Catalogue.objects.exists() and not Program.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_it_imports_or_refuses_every_corpus_file_on_the_page(path: Path, client: Client) -> None:
    upload = SimpleUploadedFile(path.name, path.read_bytes())
    form = {"file": upload, "name": "Mine", "layout": layout_of(path), "specialty": "Pediatrics"}
    response = client.post(reverse("programs:catalogues"), form)
    if path.name.startswith("ok-"):
        assert response.status_code == 302
        return
    assert response.status_code == 400
    page = response.content.decode()  # the problems listed, or the file field's own error
    assert "Nothing was imported" in page or '<small class="error">' in page
    assert not Catalogue.objects.exists() and not Program.objects.exists()


def assert_sound(programs: list[selection.Program]) -> None:
    """What a reader lets through is safe to store and to compute with."""
    for program in programs:
        for name, value in vars(program).items():
            if isinstance(value, str):
                assert len(value) <= MAX_TEXT_CHARS
                assert not any(0xD800 <= ord(c) <= 0xDFFF or c == "\x00" for c in value)
            elif isinstance(value, float):
                assert math.isfinite(value), name
            elif isinstance(value, int) and not isinstance(value, bool):
                assert 0 <= value <= MAX_COUNTS.get(name, 10**6), name
        assert program.state is None or program.state in STATE_CODES.values()
        for box in (program.step2_invited, program.step2_img_invited):
            assert box is None or all(math.isfinite(v) for v in box.as_tuple())


AS_OF = date(2026, 3, 1)


def read(data: bytes, name: str, layout: str) -> list[selection.Program] | None:
    """The programs, or None for a refusal; any other exception fails the test."""
    try:
        # An explicit as-of date: by default it is today in the user's zone, a database read.
        options = ImportOptions(layout, specialty="Pediatrics", as_of=AS_OF)
        programs = parse_programs(data, name, options)
    except selection.CatalogueError as error:
        assert error.problems and all(str(p).startswith(name + ":") for p in error.problems)
        assert all(len(p.message) < 1000 for p in error.problems)
        return None
    assert_sound(programs)
    return programs


HOSTILE_TEXT = [
    "1e400",
    "-1e400",
    "inf",
    "-Infinity",
    "NaN",
    "9" * 5000,
    "0x1F",
    "1_000",
    "-0",
    "ZZ",
    "zz",
    "yes ",
    "\x00",
    "\ud800",
    "\u2028",
    "x" * (MAX_TEXT_CHARS + 1),
    '"',
    "\n",
]
GOOD_CELLS = {
    "program_id": st.sampled_from(["A-1", "A-2", "B-1"]),
    "name": st.just("Invented Program"),
    "specialty": st.sampled_from(["Internal Medicine", "Pediatrics"]),
    "source": st.just("invented"),
    "as_of": st.sampled_from(["2025-06-30", "2024-01-01"]),
    "state": st.sampled_from(["NY", "oh", "PR", "DC"]),
    "positions": st.integers(0, 1000).map(str),
    "filled": st.integers(0, 1000).map(str),
    "visa_j1": st.sampled_from(["yes", "no", ""]),
}
cell_text = st.one_of(
    st.just(""),
    st.sampled_from(HOSTILE_TEXT),
    st.text(max_size=20),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(-(10**30), 10**30).map(str),
)


def cells_for(column: str) -> st.SearchStrategy[str]:
    good = GOOD_CELLS.get(column)
    return st.one_of(good, cell_text) if good is not None else cell_text


rows = st.lists(st.fixed_dictionaries({c: cells_for(c) for c in COLUMNS}), max_size=4)


@FUZZ
@given(rows)
def test_it_reads_or_refuses_any_catalogue_csv(records: list[dict[str, str]]) -> None:
    text = selection.catalogue_csv_text([])
    lines = [",".join('"' + cell.replace('"', '""') + '"' for cell in r.values()) for r in records]
    data = (text + "\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
    read(data, "fuzz.csv", "csv")


json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**20), 10**20),
        st.floats(allow_nan=False, allow_infinity=False),
        st.sampled_from(HOSTILE_TEXT),
        st.text(max_size=20),
    ),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)
json_records = st.lists(
    st.dictionaries(st.sampled_from([*COLUMNS, "colour"]), json_values, max_size=12)
    .map(lambda r: {"program_id": "A-1", "name": "N", "specialty": "IM", **r})
    .map(lambda r: {"source": "s", "as_of": "2025-01-01", **r}),
    max_size=3,
)
RAW_NUMBERS = ["1e400", "NaN", "-Infinity", "7" * 5000, "[" * 3000 + "]" * 3000]


@FUZZ
@given(json_records, st.sampled_from(COLUMNS), st.sampled_from(["", *RAW_NUMBERS]))
def test_it_reads_or_refuses_any_catalogue_json(
    records: list[dict[str, object]], column: str, raw: str
) -> None:
    text = json.dumps(records)
    if raw and records:  # splice a value json.dumps cannot write into the first record
        text = text.replace("{", "{" + json.dumps(column) + ": " + raw + ", ", 1)
    read(text.encode("utf-8", "surrogatepass"), "fuzz.json", "json")


GOOD_FILES = {
    "csv": (SELECTION_FIXTURES / "good_catalogue.csv").read_bytes(),
    "json": (SELECTION_FIXTURES / "good_catalogue.json").read_bytes(),
    "nrmp": (CORPUS / "ok-nrmp.csv").read_bytes(),
    "explorer": (CORPUS / "ok-explorer.json").read_bytes(),
}
damage = st.lists(
    st.tuples(
        st.sampled_from(["set", "insert", "delete"]),
        st.floats(0, 1),
        st.binary(min_size=1, max_size=3),
    ),
    min_size=1,
    max_size=6,
)


def damaged(data: bytes, changes: list[tuple[str, float, bytes]]) -> bytes:
    for kind, where, value in changes:
        at = int(where * (len(data) - 1))
        if kind == "set":
            data = data[:at] + value + data[at + len(value) :]
        elif kind == "insert":
            data = data[:at] + value + data[at:]
        else:
            data = data[:at] + data[at + len(value) :]
    return data


@FUZZ
@given(st.sampled_from(sorted(GOOD_FILES)), damage)
def test_it_reads_or_refuses_a_good_file_with_bytes_changed(
    layout: str, changes: list[tuple[str, float, bytes]]
) -> None:
    read(damaged(GOOD_FILES[layout], changes), f"damaged.{layout}", layout)


headers = st.lists(st.one_of(st.sampled_from(COLUMNS), st.text(max_size=8)), max_size=60)


@FUZZ
@given(headers, st.sampled_from(["csv", "nrmp"]))
def test_it_reads_or_refuses_any_header(header: list[str], layout: str) -> None:
    row = ",".join("1" for _ in header)
    text = ",".join('"' + name.replace('"', '""') + '"' for name in header) + "\n" + row + "\n"
    read(text.encode("utf-8", "surrogatepass"), f"header.{layout}", layout)
