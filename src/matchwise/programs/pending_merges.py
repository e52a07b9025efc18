"""A merge on the page: the uploaded source is kept until the user has mapped its columns,
looked at the preview and confirmed; then `merging.apply_merge` runs, as on the command line."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from django.db import transaction

from matchwise.programs.merge_runs import read_content
from matchwise.programs.merging import MergeResult, apply_merge
from matchwise.programs.models import Catalogue, PendingMerge
from matchwise.sources.formats import IGNORE, NOTES
from matchwise.sources.from_programs import ATTRIBUTES
from matchwise.sources.rows import Source

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
    """The source, read as the command line and the API read a sent file."""
    wanted = mapping if mapping is not None else pending.mapping
    return read_content(pending.source_format, pending.file_name, bytes(pending.content), wanted)


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
