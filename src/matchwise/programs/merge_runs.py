"""Merging a source file into a stored catalogue in one call, as `matchwise catalogue merge`
and the API do it: find the catalogue, read the file, then preview or apply.

A merge that is refused (an unknown catalogue, a reader missing, a file with problems) writes
nothing: `merging.apply_merge` runs in one transaction."""

from __future__ import annotations

import tempfile
from collections.abc import Collection, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from matchwise.programs.merging import MergePreview, apply_merge, preview_merge
from matchwise.programs.models import Catalogue
from matchwise.programs.source_matching import Outcome
from matchwise.sources.formats import Progress, read_source
from matchwise.sources.rows import Problem, Source


class NoSuchCatalogueError(LookupError):
    """No stored catalogue has the name given (the built-in sample cannot be merged into)."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(
            f"no stored catalogue named {name!r} (the built-in sample cannot be merged into; "
            "see `matchwise catalogue list`)"
        )


def stored_catalogue(name: str) -> Catalogue:
    found = Catalogue.objects.filter(name=name).first()
    if found is None:
        raise NoSuchCatalogueError(name)
    return found


def merge_file(
    catalogue: Catalogue,
    source_format: str,
    path: Path,
    confirmed: Collection[int] = (),
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    mapping: Mapping[str, str] | None = None,
) -> MergePreview:
    """Read the file with its format's reader, then preview (dry run) or apply the merge:
    the confident matches and the uncertain ones whose source lines are `confirmed`.
    `mapping` tells a program sheet how to read headers it does not recognise (a field, or
    `notes` or `ignore`), as the page's mapping step does; the reader checks it.
    MergeError, naming file, line and column, when the file cannot be merged."""
    source = read_file(source_format, path, progress=progress, mapping=mapping)
    if dry_run:
        return preview_merge(catalogue, source, confirmed)
    return apply_merge(catalogue, source, confirmed).preview


def merge_content(
    catalogue: Catalogue,
    source_format: str,
    file_name: str,
    content: bytes,
    confirmed: Collection[int] = (),
    *,
    dry_run: bool = False,
    mapping: Mapping[str, str] | None = None,
) -> MergePreview:
    """The same, for a file's content sent rather than named."""
    source = read_content(source_format, file_name, content, mapping)
    if dry_run:
        return preview_merge(catalogue, source, confirmed)
    return apply_merge(catalogue, source, confirmed).preview


def read_file(
    source_format: str,
    path: Path,
    *,
    progress: Progress | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Source:
    """The file read by its format's reader; a reader missing from this version is a problem
    of the source (the merge then refuses it, naming the file), as any other is."""
    try:
        return read_source(source_format, path, progress=progress, mapping=mapping or None)
    except ModuleNotFoundError:
        message = f"the {source_format} reader is not part of this version"
        return Source(path.name, date.today(), problems=[Problem(path.name, 1, "-", message)])


def read_content(
    source_format: str,
    file_name: str,
    content: bytes,
    mapping: Mapping[str, str] | None = None,
) -> Source:
    """A file's content sent rather than named (an upload on the page, a body in the API),
    read from a private copy under the name given, whose extension tells CSV from XLSX."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / _private_name(file_name)
        path.write_bytes(content)
        return read_file(source_format, path, mapping=mapping)


def _private_name(file_name: str) -> str:
    """The name to keep a sent file under: its last part, without what no file name may hold,
    short enough for any file system, and never a folder's."""
    name = Path(file_name.replace("\x00", "")).name
    if len(name.encode()) > 200:
        name = "source" + Path(name).suffix[:20]
    return name if name not in ("", ".", "..") else "source"


def preview_json(preview: MergePreview, dry_run: bool) -> dict[str, Any]:
    """What a merge did (or would do), for `--json` and the API; one shape for both."""

    def listed(outcome: Outcome) -> list[dict[str, Any]]:
        return [
            {"line": m.row.line, "institution": m.row.institution or m.row.program_name,
             "city": m.row.city, "state": m.row.state, "specialty": m.row.specialty,
             "matched_as": m.matched_as, "programs": list(m.program_ids), "why": m.why}
            for m in preview.of(outcome)
        ]  # fmt: skip

    return {
        "catalogue": preview.catalogue,
        "source": preview.source,
        "as_of": preview.as_of.isoformat(),
        "stored": not dry_run,
        "counts": {o.value: preview.count(o) for o in Outcome},
        "facts_per_attribute": preview.facts_per_attribute,
        "disagreements": preview.disagreements,
        "unrecognised_columns": preview.unrecognised_columns,
        "uncertain": listed(Outcome.UNCERTAIN),
        "unmatched": listed(Outcome.UNMATCHED),
    }
