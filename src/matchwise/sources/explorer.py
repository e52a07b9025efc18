"""Per-program records (a JSON object with a "records" list, as Residency Explorer shows a
program), as a source, read by the catalogue importer's own reader. The records carry no date:
the file's modification day stands for it. Rows and problems name a record by its number in
the list, from 1, and a field by its key."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from matchwise.selection.catalogue import CatalogueError
from matchwise.selection.catalogue_import import parse_program_records
from matchwise.sources.file_text import decoded
from matchwise.sources.formats import Progress
from matchwise.sources.from_programs import refused, source_of
from matchwise.sources.rows import Source


def read_source(
    path: Path,
    *,
    progress: Progress | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Source:
    text, problem = decoded(path)
    if problem is not None:
        return Source(path.name, date.today(), problems=[problem])
    as_of = date.fromtimestamp(path.stat().st_mtime)
    try:
        programs = parse_program_records(text, path.name, as_of=as_of, source=path.name)
    except CatalogueError as error:
        return refused(error, path.name)
    return source_of(programs, path.name, records=True)
