"""Insert tens of thousands of rows while holding SQLite's write lock as briefly as possible.

Django's `bulk_create` turns each value into its database form and writes the SQL while the
transaction is open: for a 50,000-row LinkedIn export, some ten seconds (measured with
bench/import_while_writing.py) in which no other program can write to a SQLite database. Here
the values are converted before the transaction, with the fields' own conversions
(`pre_save`, `get_db_prep_save`, as `bulk_create` does), and inserted inside it with one
`executemany` per table, in well under a second.

SQLite lets one program write at a time, and the import's transaction holds that lock from
its start (IMMEDIATE), so the new rows' ids are given here: one past the largest id the table
has ever used. Columns that are only known inside the transaction (a new contact's id, for
its history) are named in `late` and read from the instances when the rows are inserted. On
PostgreSQL, where writers do not lock each other out, this is plain `bulk_create`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import connection
from django.db.models import Field, Model

BATCH = 500


class BulkInsert:
    def __init__(self, model: type[Model], objs: Sequence[Model], late: Sequence[str] = ()) -> None:
        self.model, self.objs = model, objs
        self.fast = connection.vendor == "sqlite"
        meta = model._meta
        self.late: list[Field[Any, Any]] = [meta.get_field(name) for name in late]  # type: ignore[misc]
        self.fields: list[Field[Any, Any]] = [
            field
            for field in meta.concrete_fields
            if not field.primary_key
            and field not in self.late
            and not getattr(field, "generated", False)
        ]
        self.values: list[list[Any]] = []
        if self.fast:
            self.values = [
                [
                    field.get_db_prep_save(field.pre_save(obj, True), connection)
                    for field in self.fields
                ]
                for obj in objs
            ]

    def run(self) -> None:
        """Insert the rows (inside the write transaction) and give each instance its id."""
        if not self.fast:
            self.model._default_manager.bulk_create(self.objs, batch_size=BATCH)
            return
        if not self.objs:
            return
        meta = self.model._meta
        quote = connection.ops.quote_name
        pk = meta.pk
        assert pk is not None
        columns = [pk.column, *(f.column for f in self.fields), *(f.column for f in self.late)]
        table = quote(meta.db_table)
        first = self._next_id(table, quote(pk.column))
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} ({', '.join(map(quote, columns))}) "  # noqa: S608
                f"VALUES ({', '.join(['%s'] * len(columns))})",
                [
                    [first + index, *values, *(getattr(obj, f.attname) for f in self.late)]
                    for index, (obj, values) in enumerate(zip(self.objs, self.values, strict=True))
                ],
            )
        alias = connection.alias
        for index, obj in enumerate(self.objs):
            obj.pk = first + index
            obj._state.adding = False
            obj._state.db = alias

    def _next_id(self, table: str, pk_column: str) -> int:
        """One past the largest id ever used: AUTOINCREMENT tables never reuse a deleted one."""
        largest = f"SELECT coalesce(max({pk_column}), 0) FROM {table}"  # noqa: S608
        with connection.cursor() as cursor:
            cursor.execute(largest)
            (first,) = cursor.fetchone()
            cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")
            if cursor.fetchone() is not None:
                cursor.execute(
                    "SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = %s",
                    [self.model._meta.db_table],
                )
                (sequence,) = cursor.fetchone()
                first = max(first, sequence)
        return int(first) + 1
