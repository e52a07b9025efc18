"""The source formats a catalogue can be merged from, and the one way to read any of them.

Each format is a module of this package with a function

    read_source(path: Path, *, progress: Progress | None = None,
                mapping: Mapping[str, str] | None = None) -> Source

`mapping` takes a header the reader did not recognise to a catalogue attribute, or to
`NOTES` (keep it in the program's notes) or `IGNORE`; readers without free-form headers ignore
it. `progress(done, total)` is called now and then on long files (`total` may be 0 when
unknown). Modules are imported when first used, so a slow import costs only who needs it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Protocol, cast

from matchwise.sources.rows import Source

Progress = Callable[[int, int], None]
NOTES = "notes"
IGNORE = "ignore"

# Format name (as the CLI's --format and the page's choice say it) -> module and label.
FORMATS: dict[str, tuple[str, str]] = {
    "sheet": ("matchwise.sources.sheet", "A program sheet (CSV or XLSX) in its author's words"),
    "lca": ("matchwise.sources.lca", "US Department of Labor LCA disclosure file (XLSX or CSV)"),
    "nrmp-results": ("matchwise.sources.nrmp_results", "NRMP program results by year (CSV)"),
    "csv": ("matchwise.sources.catalogue_csv", "matchwise catalogue CSV"),
    "explorer": ("matchwise.sources.explorer", "Per-program records (JSON with a records list)"),
}


class UnknownFormatError(ValueError):
    pass


class Reader(Protocol):
    def __call__(
        self,
        path: Path,
        *,
        progress: Progress | None = None,
        mapping: Mapping[str, str] | None = None,
    ) -> Source: ...


def reader(format_name: str) -> Reader:
    if format_name not in FORMATS:
        known = ", ".join(FORMATS)
        raise UnknownFormatError(f"unknown source format {format_name!r}; one of: {known}")
    module = importlib.import_module(FORMATS[format_name][0])
    return cast(Reader, module.read_source)


def read_source(
    format_name: str,
    path: Path,
    *,
    progress: Progress | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Source:
    return reader(format_name)(path, progress=progress, mapping=mapping)
