"""Shared fixtures for the API: its published contract, and a database held busy by another
connection, so that a request meets a real lock (SQLite's table lock, PostgreSQL's lock timeout)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from django.db import connection
from django.test import Client

from tests.api.contract import Contract


@pytest.fixture
def contract(client: Client) -> Contract:
    document: dict[str, Any] = client.get("/api/openapi.json").json()
    return Contract(document)


@pytest.fixture
def busy_database(db: None) -> Iterator[None]:
    """Every table of the app locked by another connection until the test ends.

    On SQLite nothing can be read or written. On PostgreSQL readers never wait, so only writes
    are held (a lock the request cannot get within 50 ms fails its query); take the fixture
    before the test writes anything, and make one request per test, since the failed query
    leaves this test's transaction unusable."""
    tables = [t for t in connection.introspection.table_names() if not t.startswith("django_")]
    if connection.vendor == "sqlite":
        # The test database is in memory with a shared cache, where a table written by one
        # connection is locked for the others at once (SQLITE_LOCKED, no busy timeout).
        lite = sqlite3.connect(connection.settings_dict["NAME"], uri=True, isolation_level=None)
        lite.execute("BEGIN IMMEDIATE")
        for table in tables:
            lite.execute(f'DELETE FROM "{table}" WHERE 0')  # noqa: S608 (table names)
        yield
        lite.execute("ROLLBACK")
        lite.close()
        return
    settings = connection.settings_dict
    with psycopg.connect(
        dbname=settings["NAME"],
        user=settings["USER"],
        password=settings["PASSWORD"],
        host=settings["HOST"],
        port=settings["PORT"] or None,
    ) as other:
        quoted = ", ".join(f'"{table}"' for table in tables)
        other.execute(f"LOCK TABLE {quoted} IN EXCLUSIVE MODE NOWAIT")
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL lock_timeout = '50ms'")
        yield
        other.rollback()
