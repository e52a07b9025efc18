"""What every subcommand shares: its description, Django start-up, and one-line errors."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

BUSY_MESSAGE = (
    "the database is busy with another change (the app, or another import); "
    "nothing was written, try again in a moment"
)
BUSY_EXIT_CODE = 75  # EX_TEMPFAIL: a temporary failure, worth trying again


class CliError(Exception):
    """A problem with the user's input: printed as one line, exit status non-zero."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def day(text: str) -> date:
    """An argument given as a date, YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from error


def start_django(*, migrate: bool = True) -> None:
    """Load the settings, and bring the database up to date for commands that touch data.

    A data folder that cannot be written or a database that cannot be reached ends the command
    with one line saying so, not a traceback."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "matchwise.site.settings")
    import django
    from django.apps import apps
    from django.db import DatabaseError

    try:
        if not apps.ready:
            django.setup()
        if migrate:
            apply_migrations()
    except (OSError, ValueError) as error:  # the data folder, or a malformed DATABASE_URL
        raise CliError(f"cannot start: {error}") from error
    except DatabaseError as error:
        if database_busy(error):
            raise CliError(BUSY_MESSAGE, BUSY_EXIT_CODE) from error
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error)
        raise CliError(f"cannot use the database: {first_line}") from error


def apply_migrations() -> None:
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        call_command("migrate", interactive=False, verbosity=0)


def database_busy(error: BaseException) -> bool:
    """A database error saying another program holds the lock past the busy timeout."""
    from django.db import OperationalError

    from matchwise.api.busy import is_busy

    return isinstance(error, OperationalError) and is_busy(error)
