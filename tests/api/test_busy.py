"""Which database errors mean "busy, try again" (503) rather than a fault."""

from __future__ import annotations

import pytest

from matchwise.api.busy import is_busy


class DriverError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__("driver error")
        self.sqlstate = sqlstate


def raised_from(message: str, cause: BaseException | None) -> Exception:
    error = Exception(message)
    error.__cause__ = cause
    return error


@pytest.mark.parametrize(
    ("error", "busy"),
    [
        (raised_from("database is locked", None), True),
        (raised_from("database table is locked: network_contact", None), True),
        (raised_from("Database is busy", None), True),
        (raised_from("canceling statement due to lock timeout", DriverError("55P03")), True),
        (raised_from("could not serialize access", DriverError("40001")), True),
        (raised_from("deadlock detected", DriverError("40P01")), True),
        (raised_from("no such table: network_contact", None), False),
        (raised_from("connection refused", DriverError("08006")), False),
        (raised_from("unable to open database file", None), False),
    ],
)
def test_it_tells_busy_from_broken(error: Exception, busy: bool) -> None:
    assert is_busy(error) is busy
