"""Applications from a CSV file: every row, or nothing."""

from __future__ import annotations

from django.db import transaction

from matchwise.season.application_rows import (
    ApplicationRowsError,
    RowProblem,
    read_rows,
)
from matchwise.season.models import Application
from matchwise.season.programs import ProgramFacts
from matchwise.season.services import SeasonError, Submission, store_application
from matchwise.textfiles.decoding import decode_text
from matchwise.textfiles.errors import ImportFileError

MAX_BYTES = 5 * 2**20


def import_applications(data: bytes, file_name: str) -> list[Application]:
    """Store every application of the file, or raise ApplicationRowsError naming each bad
    line and column (then nothing is stored)."""
    if len(data) > MAX_BYTES:
        raise ApplicationRowsError(
            [RowProblem(file_name, 1, "-", f"larger than {MAX_BYTES // 2**20} MB")]
        )
    try:
        text = decode_text(file_name, data)
    except ImportFileError as error:
        raise ApplicationRowsError(
            [RowProblem(file_name, error.line or 1, "-", error.problem)]
        ) from None
    rows = read_rows(text, file_name)
    created: list[Application] = []
    problems: list[RowProblem] = []
    with transaction.atomic():
        for row in rows:
            values = row.values
            facts = ProgramFacts(
                program_id=values["program_id"],
                name=values["name"],
                institution=values.get("institution", ""),
                specialty=values.get("specialty", ""),
                track=values.get("track", ""),
                city=values.get("city", ""),
                state=values.get("state", "").upper(),
                zip=values.get("zip", ""),
            )
            submission = Submission(row.applied_on, row.fees_usd, values.get("time_zone", ""))
            try:
                with transaction.atomic():
                    created.append(store_application(facts, submission))
            except SeasonError as error:
                problems.append(RowProblem(file_name, row.line, error.field, error.message))
        if problems:
            transaction.set_rollback(True)
    if problems:
        raise ApplicationRowsError(problems)
    return created
