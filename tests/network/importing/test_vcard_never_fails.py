"""Whatever a .vcf holds, reading it ends in records and warnings, or in one ImportFileError."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matchwise.network.importing.vcard import parse_vcard
from matchwise.network.plain_text import CONTROL_CHARACTERS
from matchwise.textfiles.errors import ImportFileError

PIECES = st.sampled_from(
    [
        "BEGIN:VCARD",
        "END:VCARD",
        "VERSION:2.1",
        "VERSION:4.0",
        "FN:Ana",
        "N:Souza;Ana;;Dr.;",
        "NOTE;ENCODING=QUOTED-PRINTABLE:caf=C3=A9 =",
        "NOTE;CHARSET=punycode;ENCODING=QUOTED-PRINTABLE:=FF=FE",
        "ORG;CHARSET=unicode_escape;ENCODING=QUOTED-PRINTABLE:\\\\ud800",
        "TITLE;CHARSET=base64;ENCODING=QUOTED-PRINTABLE:abc",
        "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQ",
        "NOTE;ENCODING=b:!!!",
        "item1.URL:https\\://www.linkedin.com/in/ana",
        "item1.X-ABLabel:LinkedIn",
        'EMAIL;TYPE="work,pref":ana@example.org',
        "CATEGORIES:a\\,b,c",
        "ADR:;;;;;;",
        "X-LINE-BREAKS",
        "NOTE;X-LINE-BREAKS=CRLF,XX:a\\nb",
        ":",
        ";;;",
        "\\",
        " folded",
        "\t",
        "",
    ]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=30)), max_size=30).map("\r\n".join)


@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_it_reads_any_text_without_failing(text: str) -> None:
    try:
        parsed = parse_vcard("any.vcf", text.encode("utf-8", "surrogatepass"))
    except ImportFileError:
        return
    for record in parsed.records:
        assert record.name
        texts = [value for value in vars(record).values() if isinstance(value, str)]
        assert not any(CONTROL_CHARACTERS.search(text) for text in [*texts, *record.tags])


@pytest.mark.parametrize("data", [b"\xff\xfe\x00", b"BEGIN:VCARD\r\n\xff\xfe", b"\x00" * 10])
def test_it_reads_any_bytes_without_failing(data: bytes) -> None:
    with contextlib.suppress(ImportFileError):
        parse_vcard("any.vcf", data)
