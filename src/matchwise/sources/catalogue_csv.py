"""A file in matchwise's own catalogue format (CSV, or JSON by its ending), as a source.

It is read by the catalogue importer itself (`selection.read_catalogue`), so a file that could
not be imported cannot be merged either, with the same problems named.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from matchwise.selection.catalogue import CatalogueError
from matchwise.selection.catalogue_csv import read_catalogue
from matchwise.sources.formats import Progress
from matchwise.sources.from_programs import refused, source_of
from matchwise.sources.rows import Source


def read_source(
    path: Path,
    *,
    progress: Progress | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Source:
    try:
        programs = read_catalogue(path)
    except CatalogueError as error:
        return refused(error, path.name)
    return source_of(programs, path.name)
