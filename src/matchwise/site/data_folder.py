"""The data folder holds other people's personal data: only its owner may read it.

The folder is made 0700, and the SQLite database and the secret key 0600, when they are created
(the mode is given to `mkdir` and `os.open`, so there is no moment when they are readable by
others). A folder or file left looser by an older version is tightened when the app starts.
SQLite gives the journal files it makes beside the database the database file's own mode.
On Windows, where these modes mean little, the folder inherits the user profile's permissions.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600
# SQLite's companions of a database file: the write-ahead log, its index, the rollback journal.
DATABASE_COMPANIONS = ("-wal", "-shm", "-journal")


def prepare_folder(folder: Path) -> None:
    """Create the folder (and any missing parents) with only the owner allowed in, or tighten it."""
    if not folder.is_dir():
        folder.parent.mkdir(parents=True, exist_ok=True)
        folder.mkdir(mode=FOLDER_MODE, exist_ok=True)
    _tighten(folder, FOLDER_MODE)


def prepare_database_file(path: Path) -> None:
    """Create an empty SQLite database file readable by its owner alone, or tighten the one there.

    An empty file is a valid empty database: SQLite writes its header on the first change."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        _tighten(path, FILE_MODE)
    for suffix in DATABASE_COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            _tighten(companion, FILE_MODE)


def read_or_make_key(path: Path) -> str:
    """The key in `path`, or a new random one written there, readable by its owner alone.

    The new key is written to a private temporary file first and then linked into place, so
    that two programs starting at once agree on one key and never read half of one."""
    if not path.exists():
        partial = path.with_name(f".{path.name}.{secrets.token_hex(8)}")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(secrets.token_urlsafe(50))
        try:
            os.link(partial, path)
        except FileExistsError:
            pass  # another program made the key first: use theirs
        except OSError:  # a file system without hard links: move the key into place instead
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
    _tighten(path, FILE_MODE)
    return path.read_text(encoding="utf-8").strip()


def _tighten(path: Path, mode: int) -> None:
    """Take away whatever `mode` does not allow (group and others); never add permissions."""
    if os.name == "nt":
        return
    current = stat.S_IMODE(path.stat().st_mode)
    if current & ~mode:
        path.chmod(current & mode)
