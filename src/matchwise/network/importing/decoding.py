"""Bytes to text for the text-based formats (CSV, vCard)."""

from __future__ import annotations

import codecs

from matchwise.network.importing.errors import ImportFileError


def decode_text(filename: str, data: bytes) -> str:
    """The file's text, with any byte-order mark removed.

    UTF-8 is what LinkedIn and address books write. Spreadsheet programs on Windows still save
    CSV in the Windows-1252 code page, so that is tried next; anything else is refused with the
    line of the first byte that is not UTF-8 rather than imported as garbled names.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ImportFileError(filename, "the file is not valid UTF-16 text") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        utf8_error = error
    if b"\x00" not in data:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    line = data.count(b"\n", 0, utf8_error.start) + 1
    raise ImportFileError(
        filename, "the file is not text in UTF-8 (save it as CSV UTF-8 and try again)", line=line
    ) from utf8_error
