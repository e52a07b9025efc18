"""One typed settings object, read from the environment once."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from matchwise.site.data_folder import read_or_make_key

# Every environment variable the project reads; the README documents each one (a test checks).
ENVIRONMENT_VARIABLES = {
    "MATCHWISE_DATA_DIR": "Folder for the SQLite database and the secret key.",
    "DATABASE_URL": "PostgreSQL URL (postgresql://user@host:port/name); SQLite when unset.",
    "MATCHWISE_DEBUG": "Set to 1 for Django's debug pages while developing.",
    "MATCHWISE_BUSY_TIMEOUT": "Seconds a change waits for another writer before giving up.",
    "TZ": "The machine's time zone, the default of the time zone in Preferences.",
}
# How long a change waits for another program's change to finish (SQLite's busy timeout).
# A 50,000-row import holds the write lock for a few seconds; anything waiting longer than
# this is told the database is busy and can try again.
BUSY_TIMEOUT_SECONDS = 30.0


@dataclass(frozen=True)
class Config:
    data_dir: Path
    database_url: str | None
    debug: bool
    busy_timeout: float = BUSY_TIMEOUT_SECONDS

    @classmethod
    def from_environment(cls) -> Config:
        data_dir = os.environ.get("MATCHWISE_DATA_DIR") or platformdirs.user_data_dir("matchwise")
        return cls(
            data_dir=Path(data_dir).expanduser(),
            database_url=os.environ.get("DATABASE_URL") or None,
            debug=os.environ.get("MATCHWISE_DEBUG") == "1",
            busy_timeout=_seconds("MATCHWISE_BUSY_TIMEOUT", BUSY_TIMEOUT_SECONDS),
        )

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / "matchwise.sqlite3"


def database_settings(config: Config) -> dict[str, object]:
    """Django's DATABASES['default'] for SQLite or a postgresql:// URL."""
    if config.database_url is None:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(config.sqlite_path),
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                # A transaction takes the write lock when it begins, waiting up to the timeout
                # for another writer: one that read first and wrote later could fail at once.
                "transaction_mode": "IMMEDIATE",
                "timeout": config.busy_timeout,
            },
        }
    from urllib.parse import unquote, urlsplit

    url = urlsplit(config.database_url)
    if url.scheme not in {"postgres", "postgresql"}:
        raise ValueError(f"DATABASE_URL: unsupported scheme {url.scheme!r} (use postgresql://)")
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(url.path.lstrip("/")) or "postgres",
        "USER": unquote(url.username or ""),
        "PASSWORD": unquote(url.password or ""),
        "HOST": url.hostname or "",
        "PORT": str(url.port or ""),
        # A change that waits this long for a row another program is changing gives up.
        "OPTIONS": {"options": f"-c lock_timeout={round(config.busy_timeout * 1000)}"},
    }


def secret_key(config: Config) -> str:
    """A per-installation key kept beside the data, made on first use (see `data_folder`)."""
    return read_or_make_key(config.data_dir / "secret_key")


def _seconds(variable: str, default: float) -> float:
    text = os.environ.get(variable, "").strip()
    if not text:
        return default
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not 0 < seconds <= 3600:  # also refuses nan and inf
        raise ValueError(f"{variable}: expected a number of seconds from 0 to 3600, got {text!r}")
    return seconds
