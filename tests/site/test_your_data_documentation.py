"""docs/your-data.md cannot drift from the permissions, timeout and messages it describes."""

from __future__ import annotations

from pathlib import Path

from matchwise.api.errors import BUSY_MESSAGE as API_BUSY_MESSAGE
from matchwise.api.errors import RETRY_AFTER_SECONDS
from matchwise.cli.base import BUSY_EXIT_CODE, BUSY_MESSAGE
from matchwise.site.config import BUSY_TIMEOUT_SECONDS
from matchwise.site.data_folder import DATABASE_COMPANIONS, FILE_MODE, FOLDER_MODE

ROOT = Path(__file__).parents[2]
GUIDE = " ".join((ROOT / "docs" / "your-data.md").read_text(encoding="utf-8").split())


def test_it_gives_the_permissions_of_the_folder_and_its_files() -> None:
    assert f"`0{FOLDER_MODE:o}` (`drwx------`)" in GUIDE
    assert f"`0{FILE_MODE:o}` (`-rw-------`)" in GUIDE
    for suffix in DATABASE_COMPANIONS[:2]:
        assert f"`{suffix}`" in GUIDE


def test_it_gives_the_busy_timeout_and_how_to_change_it() -> None:
    assert f"up to {BUSY_TIMEOUT_SECONDS:g} seconds (`MATCHWISE_BUSY_TIMEOUT`" in GUIDE


def test_it_quotes_what_each_side_answers_when_the_database_stays_busy() -> None:
    assert f"`matchwise: {BUSY_MESSAGE.split(' (')[0]} …`" in GUIDE
    assert f"exits with status {BUSY_EXIT_CODE}" in GUIDE
    assert f'{{"detail": "{API_BUSY_MESSAGE}"}}' in GUIDE
    assert f"`Retry-After: {RETRY_AFTER_SECONDS}`" in GUIDE
    assert "Busy for a moment" in GUIDE and "(HTTP status 503)" in GUIDE


def test_it_names_a_bench_script_that_exists() -> None:
    assert "`.venv/bin/python bench/import_while_writing.py`" in GUIDE
    assert (ROOT / "bench" / "import_while_writing.py").is_file()
