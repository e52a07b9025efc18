"""The lines of a vCard file: cards cut apart and folded lines joined, each with its line number.

Text work only (no Django). It takes the shapes address books write:

- line ends CRLF, LF or CR; any other separator (U+2028, U+2029, U+0085…) is text inside a value;
- folding (vCard 3.0 and 4.0): a line that starts with a space or a tab goes on from the line
  before, without that one character;
- quoted-printable soft line breaks (vCard 2.1): a QUOTED-PRINTABLE value that ends in `=` goes
  on on the next line, indented or not (the `=` and the line end are kept for the decoder);
- BASE64 blocks (vCard 2.1): the lines of base64 text that follow such a property, indented or
  not, until a blank line or the next property;
- a BEGIN:VCARD inside an open card closes that card as unclosed, so that a card whose
  END:VCARD is missing never swallows the next one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

LINE_END = re.compile(r"\r\n|\r|\n")
BASE64_TEXT = re.compile(r"[A-Za-z0-9+/]+=*")


@dataclass(frozen=True)
class Line:
    """A logical line (folded lines joined) and the number of its first physical line."""

    number: int
    text: str


@dataclass
class Card:
    line: int  # the BEGIN:VCARD line
    lines: list[Line] = field(default_factory=list)
    closed: bool = False
    cut_at: int | None = None  # the next card's BEGIN:VCARD line when this one has no END


def split_cards(text: str) -> list[Card]:
    """Every card of the file, in order; lines outside a card are ignored."""
    cards: list[Card] = []
    current: Card | None = None
    for line in logical_lines(text):
        keyword = line.text.strip().upper()
        if keyword == "BEGIN:VCARD":
            if current is not None:
                current.cut_at = line.number
                cards.append(current)
            current = Card(line.number)
        elif current is None:
            continue
        elif keyword == "END:VCARD":
            current.closed = True
            cards.append(current)
            current = None
        else:
            current.lines.append(line)
    if current is not None:
        cards.append(current)
    return cards


def logical_lines(text: str) -> Iterator[Line]:
    """The file's lines with folding undone; empty lines end a value and are left out."""
    parts: list[str] = []
    start = 0
    mode = ""  # "qp" or "base64" while the current property's value may go on unindented
    for number, raw in enumerate(LINE_END.split(text), start=1):
        if parts and raw:
            if mode == "qp" and parts[-1].endswith("=") and raw.strip():
                parts.append("\n" + raw)
                continue
            if raw[0] in " \t":
                parts.append(raw[1:])
                continue
            if mode == "base64" and BASE64_TEXT.fullmatch(raw.strip()):
                parts.append(raw.strip())
                continue
        if parts:
            yield Line(start, "".join(parts))
            parts = []
        if raw.strip():
            parts, start, mode = [raw], number, _mode(raw)
    if parts:
        yield Line(start, "".join(parts))


def _mode(first: str) -> str:
    """How the value begun on this line may go on, judged from its name and parameters."""
    head = first.split(":", 1)[0].upper()
    if "QUOTED-PRINTABLE" in head:
        return "qp"
    if "BASE64" in head:
        return "base64"
    return ""
