"""Every damaged file ends in an import or a one-line refusal: never a traceback, never a hang.

The kept corpus (`fuzz_corpus/`, written by `fuzz_files.py`) goes through the `matchwise import`
command and the upload pages; hypothesis then damages the sound seeds at random (bytes flipped,
cut, inserted or repeated, in the file or inside the workbook's sheet XML). Bounded: a fixed
number of examples, derandomised, each given at most DEADLINE seconds.
"""

from __future__ import annotations

import io
import signal
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matchwise.cli import main
from matchwise.network.models import PendingImport
from tests.network.importing.fuzz_files import CORPUS
from tests.network.importing.workbooks import SHEET_XML

pytestmark = pytest.mark.django_db
DEADLINE = 20  # seconds, for one file
FILES = sorted(CORPUS.iterdir())
SEEDS = {path.name: path.read_bytes() for path in FILES if "--sound." in path.name}
Mutation = tuple[str, float, float, bytes]


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    def too_slow(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"the import took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def kind_of(name: str) -> str:
    return name.split("--", 1)[0]


def import_ends_cleanly(
    name: str, data: bytes, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = folder / name.split("--", 1)[1]
    path.write_bytes(data)
    capsys.readouterr()
    with deadline(DEADLINE):
        code = main(["import", kind_of(name), str(path)])
    out, err = capsys.readouterr()
    if code == 0:
        assert out.startswith(f"{path.name}: ") and "new contact" in out, out[:300]
    else:
        assert code == 1, (code, err)
        assert err.startswith(f"matchwise: {path.name}"), err[:300]
        assert err.count("\n") == 1 and "Traceback" not in err, err[:300]


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_it_imports_or_refuses_every_file_of_the_corpus(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_ends_cleanly(path.name, path.read_bytes(), tmp_path, capsys)


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_it_never_answers_a_corpus_upload_with_a_server_error(path: Path, client: Client) -> None:
    upload = SimpleUploadedFile(path.name.split("--", 1)[1], path.read_bytes())
    with deadline(DEADLINE):
        response = client.post(
            reverse("network:import"), {"kind": kind_of(path.name), "file": upload}
        )
        assert response.status_code in (200, 302)
        pending = PendingImport.objects.order_by("pk").last()
        if response.status_code == 302 and pending is not None:
            page = client.get(reverse("network:import_preview", args=[pending.pk]))
            assert page.status_code == 200
            done = client.post(reverse("network:import_commit", args=[pending.pk]))
            assert done.status_code in (200, 400)


def mutations() -> st.SearchStrategy[list[Mutation]]:
    one = st.tuples(
        st.sampled_from(["flip", "cut", "insert", "repeat"]),
        st.floats(0, 1),
        st.floats(0, 1),
        st.binary(min_size=1, max_size=8),
    )
    return st.lists(one, min_size=1, max_size=4)


def mutate(data: bytes, changes: list[Mutation]) -> bytes:
    for how, where, length, extra in changes:
        at = int(where * len(data))
        if how == "flip" and data:
            at = min(at, len(data) - 1)
            data = data[:at] + bytes([data[at] ^ extra[0]]) + data[at + 1 :]
        elif how == "cut":
            data = data[:at]
        elif how == "insert":
            data = data[:at] + extra + data[at:]
        else:
            end = at + int(length * (len(data) - at) / 4)
            data = data[:end] + data[at:end] * 3 + data[end:]
    return data


def mutate_sheet_xml(data: bytes, changes: list[Mutation]) -> bytes:
    """The workbook rebuilt around a damaged sheet, so the damage reaches openpyxl's parser."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == SHEET_XML:
                content = mutate(content, changes)
            target.writestr(info.filename, content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(seed=st.sampled_from(sorted(SEEDS)), changes=mutations(), inside=st.booleans())
def test_it_imports_or_refuses_randomly_damaged_files(
    seed: str,
    changes: list[Mutation],
    inside: bool,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = SEEDS[seed]
    if inside and seed.endswith(".xlsx"):
        data = mutate_sheet_xml(data, changes)
    else:
        data = mutate(data, changes)
    import_ends_cleanly(seed, data, tmp_path, capsys)
