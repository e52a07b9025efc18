"""The import fuzz corpus: damaged and hostile files of every import format, and their seeds.

`python -m tests.network.importing.fuzz_files` writes them to `fuzz_corpus/` as
`<kind>--<what is wrong>.<ext>` (kind is the `matchwise import` kind); the files are kept in the
repository so that a change here shows in review. Every one must end in an import or a one-line
refusal (tests/network/importing/test_import_fuzz.py).
"""

from __future__ import annotations

import codecs
from pathlib import Path

from tests.network.importing.workbooks import DAMAGES, in_sheet, rewrite, sound, workbook

CORPUS = Path(__file__).parent / "fuzz_corpus"
LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
LINKEDIN_ROW = "Zoë,Müller,https://www.linkedin.com/in/zoe-mueller,,Riverside Medical Center,"
LINKEDIN_ROW += "Associate Program Director,08 Feb 2026\n"
SHEET = "Name,Institution,Email,Date of last contact,Notes\n"
SHEET += "Dr. Zoë Müller,Lakeside General,zoe@example.org,2026-01-20,Met on rounds\n"
CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Müller\r\nN:Müller;Zoë;;;\r\n"
    "ORG:Westfield Medical College\r\nEMAIL:grace@example.org\r\nEND:VCARD\r\n"
)


def seeds() -> dict[str, bytes]:
    """One sound file of each kind and format, for the fuzzer to damage."""
    return {
        "linkedin--sound.csv": (LINKEDIN_HEADER + LINKEDIN_ROW).encode(),
        "sheet--sound.csv": SHEET.encode(),
        "sheet--sound.xlsx": sound(),
        "vcard--sound.vcf": (CARD * 2).encode(),
    }


def _japanese(text: str) -> str:
    return text.replace("Zoë", "山田").replace("Müller", "太郎").replace("Dr. ", "")


def _text_damages(kind: str, ext: str, good: str) -> dict[str, bytes]:
    header, _, rest = good.partition("\n")
    return {
        f"{kind}--mixed_utf8_and_latin1.{ext}": good.encode()
        + "Jos\xe9 P\xe9rez\n".encode("cp1252"),
        f"{kind}--shift_jis.{ext}": _japanese(good).encode("shift_jis"),
        f"{kind}--utf16_without_bom.{ext}": good.encode("utf-16-le"),
        f"{kind}--utf16_bom_lone_surrogate.{ext}": codecs.BOM_UTF16_LE
        + good.encode("utf-16-le")
        + b"\x00\xd8",
        f"{kind}--nul_byte.{ext}": good.encode().replace(b"a", b"a\x00", 1),
        f"{kind}--control_characters.{ext}": good.replace("a", "a\x01\x1b", 2).encode(),
        f"{kind}--encoded_surrogate.{ext}": good.encode() + b"\xed\xa0\x80\n",
        f"{kind}--empty.{ext}": b"",
        f"{kind}--png_header.{ext}": b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        f"{kind}--header_only.{ext}": (header + "\n").encode(),
        f"{kind}--cut_mid_character.{ext}": good.encode()[: good.encode().index(b"\xc3") + 1],
        f"{kind}--very_long_line.{ext}": (good + "x" * 40_000 + "\n").encode(),
        f"{kind}--blank_lines.{ext}": b"\r\n" * 5_000 + rest.encode(),
    }


def damaged() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    files.update(_text_damages("linkedin", "csv", LINKEDIN_HEADER + LINKEDIN_ROW))
    files.update(_text_damages("sheet", "csv", SHEET))
    files.update(_text_damages("vcard", "vcf", CARD))
    files.update(
        {
            "linkedin--unterminated_quote.csv": (LINKEDIN_HEADER + '"Amara,Okafor\n').encode(),
            "linkedin--field_over_csv_limit.csv": (
                LINKEDIN_HEADER + "Amara," + "y" * 140_000 + "\n"
            ).encode(),
            "linkedin--cell_over_32767.csv": (LINKEDIN_HEADER + "Amara," + "y" * 33_000).encode(),
            "linkedin--1001_columns.csv": (LINKEDIN_HEADER + ",".join(["a"] * 1_001)).encode(),
            "linkedin--impossible_dates.csv": (
                LINKEDIN_HEADER + "Amara,Okafor,,,,,99 Foo 99999\nBen,Ali,,,,,31 Feb 2026\n"
            ).encode(),
            "linkedin--thousand_hidden_profiles.csv": (
                LINKEDIN_HEADER + ",,,,,,01 Jan 2026\n" * 1_000
            ).encode(),
            "sheet--20000_duplicate_headers.csv": (
                "Name," + ",".join(["Notes"] * 19_999) + "\nAna,x\n"
            ).encode(),
            "sheet--100000_blank_header_cells.csv": (
                "Name" + "," * 100_000 + "\nAna Silva\n"
            ).encode(),
            "sheet--semicolons_with_bom.csv": codecs.BOM_UTF8 + SHEET.replace(",", ";").encode(),
            "sheet--no_name_column.csv": b"Hospital,Mail\nLakeside,a@b.org\n",
            "sheet--xls_magic.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512),
            "sheet--not_a_zip.xlsx": b"PK\x03\x04" + bytes(100),
            "sheet--1001_columns.xlsx": workbook([["h"] * 1_001]),
            "sheet--last_row_1048576.xlsx": rewrite(
                sound(), in_sheet(b'<row r="2"', b'<row r="1048576"')
            ),
            "sheet--date_cell_out_of_range.xlsx": rewrite(
                sound(), in_sheet(b'<c r="D2" t="n">', b'<c r="D2" t="d">')
            ),
            "sheet--shared_string_index_missing.xlsx": rewrite(
                sound(),
                in_sheet(
                    b'<c r="A2" t="inlineStr"><is><t>Ana Silva</t></is>',
                    b'<c r="A2" t="s"><v>999</v>',
                ),
            ),
            "vcard--unclosed_then_good.vcf": (
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Off\r\n" + CARD
            ).encode(),
            "vcard--garbage_lines.vcf": CARD.replace("ORG:", ":::;;;\r\n=\r\nORG:").encode(),
            "vcard--bad_base64_photo.vcf": CARD.replace(
                "END:VCARD", "PHOTO;ENCODING=b;TYPE=JPEG:@@@notbase64@@@\r\nEND:VCARD"
            ).encode(),
            "vcard--deep_folding.vcf": CARD.replace(
                "FN:Zoë Müller", "FN:Zoë" + "\r\n a" * 5_000
            ).encode(),
            "vcard--no_begin.vcf": b"FN:Nobody\r\nEND:VCARD\r\n",
            "vcard--empty_names.vcf": b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nN:;;;;\r\n"
            b"END:VCARD\r\n",
            "vcard--quoted_printable_broken.vcf": b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
            b"FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Zo=C3=\r\nEND:VCARD\r\n",
        }
    )
    for name in DAMAGES:
        files[f"sheet--{name}.xlsx"] = rewrite(sound(), DAMAGES[name])
    return files


def write() -> None:
    CORPUS.mkdir(exist_ok=True)
    for old in CORPUS.iterdir():
        old.unlink()
    for name, data in {**seeds(), **damaged()}.items():
        (CORPUS / name).write_bytes(data)


if __name__ == "__main__":
    write()
