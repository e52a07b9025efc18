"""A merge on the page: the uploaded source is kept until the user has mapped its columns,
looked at the preview and confirmed; then `merging.apply_merge` runs, as on the command line."""

from __future__ import annotations

import tempfile
from collections.abc import Collection, Mapping
from datetime import date
from pathlib import Path

from django.db import transaction

from matchwise.programs.merging import MergeResult, apply_merge
from matchwise.programs.models import Catalogue, PendingMerge
from matchwise.sources.formats import IGNORE, NOTES, read_source
from matchwise.sources.from_programs import ATTRIBUTES
from matchwise.sources.rows import Problem, Source

# What a column the reader did not recognise may become, for the mapping step.
MAPPING_CHOICES: tuple[tuple[str, str], ...] = (
    (NOTES, "Keep in the program's notes"),
    (IGNORE, "Ignore"),
    *((a, a.replace("_", " ")) for a in ATTRIBUTES),
)


def start_merge(
    catalogue: Catalogue, file_name: str, data: bytes, source_format: str
) -> PendingMerge:
    return PendingMerge.objects.create(
        catalogue=catalogue, file_name=file_name, content=data, source_format=source_format
    )


def read_pending(pending: PendingMerge, mapping: Mapping[str, str] | None = None) -> Source:
    """The source, read by its format's reader from a private copy named as uploaded."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / Path(pending.file_name).name
        path.write_bytes(bytes(pending.content))
        wanted = mapping if mapping is not None else pending.mapping
        try:
            return read_source(pending.source_format, path, mapping=wanted or None)
        except ModuleNotFoundError:
            message = f"the {pending.source_format} reader is not part of this version"
            return Source(pending.file_name, date.today(), problems=[
                Problem(pending.file_name, 1, "-", message)
            ])  # fmt: skip


def needs_mapping(pending: PendingMerge, source: Source) -> bool:
    return bool(source.unrecognised_columns) and not pending.mapping


def save_mapping(pending: PendingMerge, mapping: Mapping[str, str]) -> None:
    allowed = {value for value, _ in MAPPING_CHOICES}
    pending.mapping = {k: v for k, v in mapping.items() if v in allowed}
    pending.save(update_fields=["mapping"])


def finish_merge(pending: PendingMerge, confirmed: Collection[int]) -> MergeResult:
    """Apply it and forget the upload, in one transaction."""
    with transaction.atomic():
        result = apply_merge(pending.catalogue, read_pending(pending), confirmed)
        pending.delete()
    return result
