"""The one error an importer raises: the file as a whole cannot be read."""

from __future__ import annotations


class ImportFileError(Exception):
    """A file that cannot be imported at all (a bad row is a `RejectedRow`, never this).

    The message names the file and, when known, the line and the field, so that the CLI and the
    upload page can show it as it is.
    """

    def __init__(
        self, filename: str, problem: str, *, line: int | None = None, field: str = ""
    ) -> None:
        self.filename = filename
        self.problem = problem
        self.line = line
        self.field = field
        where = filename if line is None else f"{filename}, line {line}"
        if field:
            where = f"{where}, {field}"
        super().__init__(f"{where}: {problem}")
