"""A source file's text: UTF-8 (with or without its byte-order mark) or UTF-16 with one."""

from __future__ import annotations

import codecs
from pathlib import Path

from matchwise.sources.rows import Problem


def decoded(path: Path) -> tuple[str, Problem | None]:
    """The text, or a Problem naming the line where the file stops being text."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return "", Problem(path.name, 1, "-", f"cannot read the file: {error.strerror}")
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    try:
        text = data.decode("utf-16" if utf16 else "utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return "", Problem(path.name, line, "-", "not UTF-8 text (save the file as UTF-8)")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        return "", Problem(path.name, line, "-", "holds a NUL character: not a text file")
    return text, None
