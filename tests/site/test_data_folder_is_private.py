"""Other people on the same computer cannot read the contacts: the data folder is 0700, the
database and the secret key 0600, from the moment they exist, and looser ones are tightened."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from matchwise.site.data_folder import prepare_database_file, prepare_folder, read_or_make_key

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The loosest umask there is: what is private under it was private from creation."""
    previous = os.umask(0)
    yield
    os.umask(previous)


@pytest.fixture
def no_chmod(monkeypatch: pytest.MonkeyPatch) -> None:
    """Creating a private file must not need a chmod afterwards (a moment when it is readable)."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("chmod after creation")

    monkeypatch.setattr(os, "chmod", refuse)
    monkeypatch.setattr(Path, "chmod", refuse)


def test_it_creates_the_folder_for_its_owner_only(
    tmp_path: Path, open_umask: None, no_chmod: None
) -> None:
    folder = tmp_path / "share" / "matchwise"
    prepare_folder(folder)
    assert mode(folder) == 0o700


def test_it_creates_the_database_file_for_its_owner_only(
    tmp_path: Path, open_umask: None, no_chmod: None
) -> None:
    path = tmp_path / "matchwise.sqlite3"
    prepare_database_file(path)
    assert mode(path) == 0o600
    assert path.read_bytes() == b""  # an empty file is an empty SQLite database


def test_it_creates_the_secret_key_for_its_owner_only(
    tmp_path: Path, open_umask: None, no_chmod: None
) -> None:
    key = read_or_make_key(tmp_path / "secret_key")
    assert len(key) >= 50
    assert mode(tmp_path / "secret_key") == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["secret_key"]  # no temporary file left


def test_it_makes_the_key_where_files_cannot_be_hard_linked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_umask: None
) -> None:
    def no_links(*args: object) -> None:
        raise PermissionError("hard links not supported")

    monkeypatch.setattr(os, "link", no_links)
    key = read_or_make_key(tmp_path / "secret_key")
    assert key and mode(tmp_path / "secret_key") == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["secret_key"]


def test_it_keeps_the_key_it_made(tmp_path: Path) -> None:
    assert read_or_make_key(tmp_path / "secret_key") == read_or_make_key(tmp_path / "secret_key")


def test_it_tightens_what_an_older_version_left_readable(tmp_path: Path) -> None:
    folder = tmp_path / "matchwise"
    folder.mkdir(mode=0o755)
    database, key = folder / "matchwise.sqlite3", folder / "secret_key"
    companions = [folder / f"matchwise.sqlite3{suffix}" for suffix in ("-wal", "-shm")]
    for path in (database, key, *companions):
        path.write_text("x")
        path.chmod(0o644)

    prepare_folder(folder)
    prepare_database_file(database)
    read_or_make_key(key)

    assert mode(folder) == 0o700
    assert {path.name: mode(path) for path in (database, key, *companions)} == {
        path.name: 0o600 for path in (database, key, *companions)
    }
    assert database.read_text() == "x" and key.read_text() == "x"  # tightened, not replaced


def test_it_never_adds_a_permission(tmp_path: Path) -> None:
    path = tmp_path / "secret_key"
    path.write_text("key")
    path.chmod(0o400)
    read_or_make_key(path)
    assert mode(path) == 0o400


def test_it_keeps_a_new_installation_private_end_to_end(tmp_path: Path) -> None:
    """The real command in a new process, with the usual umask: the folder, the database, the
    files SQLite makes beside it, and the key."""
    folder = tmp_path / "data"
    env = {**os.environ, "MATCHWISE_DATA_DIR": str(folder)}
    for name in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL"):
        env.pop(name, None)
    listed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; os.umask(0o022); from matchwise.cli import main;"
            " sys.exit(main(['contacts']))",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert listed.returncode == 0, listed.stderr
    assert mode(folder) == 0o700
    files = {path.name: mode(path) for path in folder.iterdir()}
    assert {"matchwise.sqlite3", "secret_key"} <= set(files)
    assert files == {name: 0o600 for name in files}
