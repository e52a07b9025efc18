"""Writers on SQLite take the lock when their transaction begins and wait for one another up to
the busy timeout; the same timeout bounds PostgreSQL's wait for a lock."""

from __future__ import annotations

from pathlib import Path

import pytest

from matchwise.site.config import BUSY_TIMEOUT_SECONDS, Config, database_settings


def config(busy_timeout: float = BUSY_TIMEOUT_SECONDS, url: str | None = None) -> Config:
    return Config(data_dir=Path("/data"), database_url=url, debug=False, busy_timeout=busy_timeout)


def test_it_begins_sqlite_transactions_immediate_with_a_busy_timeout() -> None:
    options = database_settings(config(12.5))["OPTIONS"]
    assert options == {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 12.5,
    }


def test_it_bounds_postgresql_lock_waits_by_the_same_timeout() -> None:
    settings = database_settings(config(2.5, "postgresql://me@127.0.0.1:5432/mine"))
    assert settings["OPTIONS"] == {"options": "-c lock_timeout=2500"}


@pytest.mark.parametrize(
    ("value", "seconds"), [("", BUSY_TIMEOUT_SECONDS), ("5", 5.0), (" 0.5 ", 0.5), ("3600", 3600)]
)
def test_it_reads_the_busy_timeout(
    monkeypatch: pytest.MonkeyPatch, value: str, seconds: float
) -> None:
    monkeypatch.setenv("MATCHWISE_BUSY_TIMEOUT", value)
    assert Config.from_environment().busy_timeout == seconds


@pytest.mark.parametrize("value", ["soon", "0", "-1", "nan", "inf", "3601"])
def test_it_refuses_a_busy_timeout_that_is_not_a_number_of_seconds(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("MATCHWISE_BUSY_TIMEOUT", value)
    with pytest.raises(ValueError, match=r"^MATCHWISE_BUSY_TIMEOUT: expected a number of seconds"):
        Config.from_environment()
