"""What counts as storable text (no Django import).

Text comes back from backups and files as well as from forms. A NUL cannot be stored by
PostgreSQL, a lone surrogate cannot be written as UTF-8 at all, and the other control
characters are invisible yet break exports and terminals. Tab, line feed and carriage return
are ordinary in notes.
"""

from __future__ import annotations

import re

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def control_character_problem(text: str) -> str | None:
    """Why the text cannot be stored as it is; None when it can."""
    found = CONTROL_CHARACTERS.search(text)
    if found is None:
        return None
    character = found.group()
    code = f"U+{ord(character):04X}"
    if "\ud800" <= character <= "\udfff":
        return f"contains a lone surrogate ({code}), which is not text"
    return f"contains a control character ({code}) at position {found.start() + 1}"


def shown(text: str, limit: int = 80) -> str:
    """Text safe to print in a message: control characters escaped, long text cut."""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return CONTROL_CHARACTERS.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
