"""Which bytes are read as text, and how: strict UTF-8 or UTF-16, Windows-1252 never mixed in."""

from __future__ import annotations

import codecs

import pytest

from matchwise.textfiles.decoding import decode_text
from matchwise.textfiles.errors import ImportFileError

UTF8_NAMES = "Name\nZoë Müller\nJosé Pérez\n"


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (UTF8_NAMES.encode(), UTF8_NAMES),
        (codecs.BOM_UTF8 + UTF8_NAMES.encode(), UTF8_NAMES),
        (codecs.BOM_UTF16_LE + UTF8_NAMES.encode("utf-16-le"), UTF8_NAMES),
        (codecs.BOM_UTF16_BE + UTF8_NAMES.encode("utf-16-be"), UTF8_NAMES),
        ("Name\n山田 太郎\n".encode(), "Name\n山田 太郎\n"),
        (UTF8_NAMES.encode("cp1252"), UTF8_NAMES),
        ("Name,Note\nFrançoise Œuvray,“great” – met at ACP\n".encode("cp1252"), None),
        ("Name\nConceição São Paulo\n".encode("cp1252"), None),
        # Accented capitals inside words, and signs between figures, are Western text.
        ("Name,Note\nÉLISE MÜLLER,±2°C «Ça va» ¿Qué? ÀÉ\n".encode("cp1252"), None),
        (b"plain ASCII\n", "plain ASCII\n"),
    ],
)
def test_it_reads_utf8_utf16_and_windows_1252_text(data: bytes, text: str | None) -> None:
    expected = text if text is not None else data.decode("cp1252")
    assert decode_text("people.csv", data) == expected


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        # One Latin-1 byte among UTF-8 names: never decoded as Windows-1252 for the whole file.
        ("Name\nZoë Müller\n".encode() + b"Jos\xe9 P\xe9rez\n", r"line 3: .*mixes UTF-8"),
        ("Name\n山田太郎\n田中 花子\n".encode("shift_jis"), r"line 2: .*not text in UTF-8"),
        ("Name\n内科 医師\n".encode("shift_jis"), r"line 2: .*not text in UTF-8"),
        ("Name\nすずき いちろう\n".encode("shift_jis"), r"line 2: .*not text in UTF-8"),
        # Half-width katakana, one byte each, read as Windows-1252 capitals and signs.
        ("Name\nｱｲｳｴｵ\n".encode("shift_jis"), r"line 2: .*not text in UTF-8"),
        ("Name,Kana\nTanaka,ｶﾀｶﾅ\n".encode("shift_jis"), r"line 2: .*not text in UTF-8"),
        ("Name,Kana\nOno Ken,ｵﾉ ｹﾝ\n".encode("shift_jis"), r"line 2: .*not text in UTF-8"),
        ("Name\nﾔﾏﾀﾞ ﾀﾛｳ\n".encode("shift_jis"), r"line 2: .*not text in UTF-8"),
        (b"Name\nAmara\n\x81\x8d,\x90\n", r"line 3: .*not text in UTF-8"),
        ("Name\nAna\n".encode("utf-16-le"), r"line 1: .*NUL"),
        (codecs.BOM_UTF16_LE + b"N\x00\x00\xd8", r"line 1: .*not valid UTF-16"),
        (b"Name\nAna\x00Silva\n", r"line 2: .*NUL"),
    ],
)
def test_it_refuses_text_that_is_neither_naming_the_first_bad_line(
    data: bytes, problem: str
) -> None:
    with pytest.raises(ImportFileError, match=rf"^people\.csv, {problem}"):
        decode_text("people.csv", data)


def test_it_refuses_a_mixed_file_from_every_text_import() -> None:
    from matchwise.network.importing.linkedin import parse_linkedin
    from matchwise.network.importing.sheet import read_headers
    from matchwise.network.importing.vcard import parse_vcard

    mixed = "First Name,Last Name\nZoë,Müller\n".encode() + b"Jos\xe9,P\xe9rez\n"
    card = "BEGIN:VCARD\nFN:Zoë\nEND:VCARD\n".encode() + b"BEGIN:VCARD\nFN:Jos\xe9\nEND:VCARD\n"
    for read, data, line in (
        (parse_linkedin, mixed, 3),
        (read_headers, mixed, 3),
        (parse_vcard, card, 5),
    ):
        with pytest.raises(ImportFileError, match=rf"line {line}: .*mixes UTF-8"):
            read("people.csv", data)
