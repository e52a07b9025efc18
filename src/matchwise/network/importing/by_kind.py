"""One entry to the importers for the web pages and the CLI: pick the parser by kind."""

from __future__ import annotations

from collections.abc import Mapping

from matchwise.network.importing.linkedin import parse_linkedin
from matchwise.network.importing.sheet import parse_sheet, read_headers
from matchwise.network.importing.sheet_mapping import suggest_mapping
from matchwise.network.importing.vcard import parse_vcard
from matchwise.network.records import ParsedFile
from matchwise.textfiles.errors import ImportFileError
from matchwise.textfiles.limits import MAX_BYTES

KINDS = {
    "linkedin": "LinkedIn connections (Connections.csv)",
    "vcard": "Address book (vCard .vcf)",
    "sheet": "Spreadsheet (CSV or XLSX)",
}


def parse_file(
    kind: str, filename: str, data: bytes, mapping: Mapping[str, str] | None = None
) -> ParsedFile:
    """Read a file of this kind; a sheet uses `mapping`, or the suggested one when None."""
    if kind not in KINDS:
        raise ImportFileError(filename, f"unknown kind of import {kind!r}")
    if len(data) > MAX_BYTES:
        raise ImportFileError(filename, f"the file is larger than {MAX_BYTES // 2**20} MB")
    if kind == "linkedin":
        return parse_linkedin(filename, data)
    if kind == "vcard":
        return parse_vcard(filename, data)
    if mapping is None:
        mapping = suggest_mapping(read_headers(filename, data))
    return parse_sheet(filename, data, mapping)
