"""Whether a database error means "busy with another change, try again" rather than a fault.

SQLite says so in its message when another connection holds the lock past the busy timeout;
PostgreSQL gives a SQLSTATE on the driver's error, which Django keeps as the cause."""

from __future__ import annotations

SQLITE_BUSY_MESSAGES = ("database is locked", "database table is locked", "database is busy")
POSTGRESQL_BUSY_STATES = frozenset(
    {
        "55P03",  # lock_not_available: a lock or statement timeout ran out
        "40001",  # serialization_failure
        "40P01",  # deadlock_detected
    }
)


def is_busy(error: BaseException) -> bool:
    message = str(error).lower()
    if any(busy in message for busy in SQLITE_BUSY_MESSAGES):
        return True
    return getattr(error.__cause__, "sqlstate", None) in POSTGRESQL_BUSY_STATES
