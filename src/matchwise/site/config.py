"""One typed settings object, read from the environment once."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

# Every environment variable the project reads; the README documents each one (a test checks).
ENVIRONMENT_VARIABLES = {
    "MATCHWISE_DATA_DIR": "Folder for the SQLite database and the secret key.",
    "DATABASE_URL": "PostgreSQL URL (postgresql://user@host:port/name); SQLite when unset.",
    "MATCHWISE_DEBUG": "Set to 1 for Django's debug pages while developing.",
}


@dataclass(frozen=True)
class Config:
    data_dir: Path
    database_url: str | None
    debug: bool

    @classmethod
    def from_environment(cls) -> Config:
        data_dir = os.environ.get("MATCHWISE_DATA_DIR") or platformdirs.user_data_dir("matchwise")
        return cls(
            data_dir=Path(data_dir).expanduser(),
            database_url=os.environ.get("DATABASE_URL") or None,
            debug=os.environ.get("MATCHWISE_DEBUG") == "1",
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
            "OPTIONS": {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"},
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
    }


def secret_key(config: Config) -> str:
    """A per-installation key kept beside the data, made on first use."""
    import secrets

    path = config.data_dir / "secret_key"
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    config.data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    path.write_text(key, encoding="utf-8")
    path.chmod(0o600)
    return key
