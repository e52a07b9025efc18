"""Bytes to text for the text-based formats (LinkedIn CSV, CSV sheets, vCard).

The rule, the same for every text import:

1. A UTF-16 byte-order mark: the file is UTF-16 and must be valid UTF-16 throughout.
2. Otherwise strict UTF-8, with or without a byte-order mark.
3. Otherwise Windows-1252 (what spreadsheet programs on Windows still save as CSV), but only when
   no byte sequence in the file is valid multi-byte UTF-8: a file that mixes the two (one stray
   Latin-1 byte among UTF-8 names) is refused rather than turned into 'ZoÃ« MÃ¼ller'. The
   Windows-1252 reading must also look like text in a Western language: bytes that read as
   stray symbols (such as Shift-JIS Japanese) are refused, never stored as garbage. Shift-JIS
   half-width katakana read as Windows-1252 give capitals and signs such as 'ÔÏÀÞ' or '±²³',
   which pass for Western text: a file that is valid Shift-JIS and holds such bytes (0xA1-0xDF)
   in runs of two or more, away from any ASCII letter, three or more of them in all, is refused
   too. Western text writes its accented capitals inside words ('MÜLLER', 'Élise'), so it does
   not meet this rule.

A refusal names the line of the first byte that is not UTF-8. Text with a NUL character is
refused too (usually UTF-16 saved without its byte-order mark).
"""

from __future__ import annotations

import codecs
import re

from matchwise.textfiles.errors import ImportFileError

# One valid multi-byte UTF-8 sequence (RFC 3629): no overlong forms, no surrogates.
UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
# Besides letters, what Western text saved as Windows-1252 holds outside ASCII.
WESTERN_MARKS = frozenset("‘’“”„–—…•€™‹›«»°·¿¡£¢¥©®§¶±×÷½¼¾¹²³\xa0\xad¦¨¯´¸¤")
SHIFT_JIS_PAIRS = 2  # double-byte characters with a lead byte of 0x81–0x9F that give it away
# Half-width katakana (single bytes 0xA1-0xDF) in runs that no ASCII letter touches.
HALF_WIDTH_KATAKANA_RUN = re.compile(rb"(?<![A-Za-z])[\xa1-\xdf]{2,}(?![A-Za-z])")
HALF_WIDTH_KATAKANA = 3  # bytes in such runs that give a file away
SAVE_AS_UTF8 = "save it as CSV UTF-8 (or UTF-8 text) and try again"


def decode_text(filename: str, data: bytes) -> str:
    """The file's text, with any byte-order mark removed; `ImportFileError` when it is not text."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ImportFileError(
                filename, "the file is not valid UTF-16 text", line=_utf16_line(data, error.start)
            ) from error
    else:
        text = _utf8_or_windows_1252(filename, data)
    if "\x00" in text:
        raise ImportFileError(
            filename,
            f"the file holds NUL characters, so it is not plain text; {SAVE_AS_UTF8}",
            line=text.count("\n", 0, text.index("\x00")) + 1,
        )
    return text


def _utf8_or_windows_1252(filename: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        failure = error
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if not text or not _western(text) or _looks_like_shift_jis(data):
        raise ImportFileError(
            filename, f"the file is not text in UTF-8 or Windows-1252; {SAVE_AS_UTF8}", line=line
        ) from failure
    if UTF8_SEQUENCE.search(data):
        raise ImportFileError(
            filename,
            "the file mixes UTF-8 with another encoding (a byte on this line is not UTF-8); "
            + SAVE_AS_UTF8,
            line=line,
        ) from failure
    return text


def _western(text: str) -> bool:
    """Every character outside ASCII is a letter or a mark Western text uses."""
    return all(c < "\x80" or c.isalpha() or c in WESTERN_MARKS for c in set(text))


def _looks_like_shift_jis(data: bytes) -> bool:
    """Valid Shift-JIS with double-byte characters whose lead byte Western text hardly uses, or
    with half-width katakana standing as words of their own."""
    try:
        data.decode("shift_jis")
    except UnicodeDecodeError:
        return False
    runs = HALF_WIDTH_KATAKANA_RUN.findall(data)
    if sum(len(run) for run in runs) >= HALF_WIDTH_KATAKANA:
        return True
    pairs, index = 0, 0
    while index < len(data) and pairs < SHIFT_JIS_PAIRS:
        byte = data[index]
        if byte < 0x80 or 0xA1 <= byte <= 0xDF:
            index += 1
            continue
        pairs += byte <= 0x9F
        index += 2
    return pairs >= SHIFT_JIS_PAIRS


def _utf16_line(data: bytes, start: int) -> int:
    newline = "\n".encode("utf-16-be" if data.startswith(codecs.BOM_UTF16_BE) else "utf-16-le")
    return data.count(newline, 0, start) + 1
