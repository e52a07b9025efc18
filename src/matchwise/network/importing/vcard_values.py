"""One vCard property: its name, group and parameters (read by vobject), and its value as text.

Values are decoded the way each vCard version writes them: quoted-printable (vCard 2.1, with
CHARSET), base64, and the backslash escapes of 3.0 and 4.0 (`\\n`, `\\,`, `\\;`, `\\\\`, and
Apple's `\\:` in web addresses). A value that cannot be decoded raises `PropertyError`, which
costs that property only.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
from dataclasses import dataclass

from vobject.base import ParseError, parseLine

ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
ESCAPE = re.compile(r"\\(.)", re.DOTALL)
ESCAPED = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", ":": ":"}
# A valid UTF-8 sequence of two or more bytes: text holding one is UTF-8, never Windows-1252.
MULTI_BYTE_UTF8 = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


class PropertyError(Exception):
    """A property that cannot be read; the message says why, in a few words."""


@dataclass(frozen=True)
class Property:
    line: int
    name: str  # upper case: `EMAIL`, `X-ABLABEL`
    group: str  # lower case, '' when none: Apple's `item1`
    params: dict[str, list[str]]  # upper-case names; a bare vCard 2.1 parameter is a TYPE
    raw: str  # the value as written

    @property
    def types(self) -> set[str]:
        """TYPE values in lower case, `TYPE=work,pref` and `TYPE=work;TYPE=pref` alike."""
        return {t.strip().lower() for v in self.params.get("TYPE", []) for t in v.split(",")}

    @property
    def preferred(self) -> bool:
        """Marked as the one to use: TYPE=pref (2.1, 3.0) or PREF=1 (4.0)."""
        return "pref" in self.types or "PREF" in self.params

    @property
    def encoding(self) -> str:
        values = self.params.get("ENCODING", [])
        return values[0].strip().upper() if values else ""

    def decoded(self) -> str:
        """The value with its transfer encoding undone but its escapes kept."""
        if self.encoding == "QUOTED-PRINTABLE":
            return self._text_of(quopri.decodestring(self.raw.encode("utf-8")))
        if self.encoding in ("B", "BASE64"):
            try:
                data = base64.b64decode("".join(self.raw.split()), validate=True)
            except (binascii.Error, ValueError) as error:
                raise PropertyError("its base64 value is damaged") from error
            return self._text_of(data)
        return self.raw

    def _text_of(self, data: bytes) -> str:
        charset = (self.params.get("CHARSET") or [""])[0].strip()
        if charset:
            try:
                return data.decode(codecs.lookup(charset).name)
            except LookupError as error:
                raise PropertyError(f"unknown character set {charset!r}") from error
            except UnicodeError as error:  # idna and punycode raise more than decode errors
                raise PropertyError(f"the value is not valid {charset} text") from error
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as error:
            if MULTI_BYTE_UTF8.search(data):  # part UTF-8, part not: any reading would garble
                raise PropertyError("the value mixes UTF-8 with other bytes") from error
            utf8_error = error
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise PropertyError("the value is neither UTF-8 nor Windows-1252 text") from utf8_error


def parse_property(number: int, text: str) -> Property:
    """The property on this logical line; `PropertyError` when it is not one."""
    try:
        name, params, value, group = parseLine(text)
    except ParseError as error:
        raise PropertyError("not a vCard property (no NAME: at its start)") from error
    named: dict[str, list[str]] = {}
    for param in params:
        key, values = param[0].upper(), list(param[1:])
        if not values:  # vCard 2.1: `TEL;CELL;PREF:` and `NOTE;QUOTED-PRINTABLE:`
            key, values = ("ENCODING" if key in ENCODINGS else "TYPE"), [param[0]]
        named.setdefault(key, []).extend(values)
    return Property(number, name.upper(), (group or "").lower(), named, value)


def components(value: str) -> list[list[str]]:
    """A structured value (N, ADR): its `;` parts, each a list of its `,` items, unescaped."""
    return [listed(part) for part in split_unescaped(value, ";")]


def units(value: str) -> list[str]:
    """ORG: its `;` parts, unescaped (a comma inside a unit is part of its name)."""
    return [unescape(part) for part in split_unescaped(value, ";")]


def listed(value: str) -> list[str]:
    """A list value (CATEGORIES): its `,` items, unescaped."""
    return [unescape(item) for item in split_unescaped(value, ",")]


def unescape(text: str) -> str:
    """`\\n` → line break, `\\,` → `,` and so on; an unknown escape is kept as written."""
    if "\\" not in text:
        return text
    return ESCAPE.sub(lambda match: ESCAPED.get(match.group(1), match.group(0)), text)


def split_unescaped(text: str, separator: str) -> list[str]:
    """Split at each separator that is not escaped by a backslash; escapes are kept."""
    if "\\" not in text:
        return text.split(separator)
    parts: list[str] = []
    current: list[str] = []
    index = 0
    while index < len(text):
        character = text[index]
        if character == "\\":
            current.append(text[index : index + 2])
            index += 2
            continue
        if character == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(character)
        index += 1
    parts.append("".join(current))
    return parts
