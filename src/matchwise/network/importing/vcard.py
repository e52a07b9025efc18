"""vCard 3.0 and 4.0 files (`.vcf`) from phones, Apple Contacts, Google Contacts and Outlook.

Cards are cut apart at BEGIN:VCARD / END:VCARD before vobject reads them, so that each card keeps
the line it starts on and a card vobject cannot read is rejected on its own.
"""

from __future__ import annotations

import re
from typing import Any

import vobject

from matchwise.network.importing.decoding import decode_text
from matchwise.network.importing.errors import ImportFileError
from matchwise.network.importing.vocabulary import read_role, split_honorific, split_tags
from matchwise.network.records import ContactRecord, ParsedFile, RejectedRow

LINKEDIN_PROFILE = re.compile(r"linkedin\.com/in/", re.IGNORECASE)


def parse_vcard(filename: str, data: bytes) -> ParsedFile:
    """One record per card, or a rejected row at the card's BEGIN:VCARD line."""
    parsed = ParsedFile(filename)
    cards = _cards(decode_text(filename, data))
    if not cards:
        raise ImportFileError(filename, "no BEGIN:VCARD found; is this a vCard (.vcf) file?")
    for line, text, closed in cards:
        result = _read_card(line, text) if closed else RejectedRow(line, "no END:VCARD")
        if isinstance(result, RejectedRow):
            parsed.rejected.append(result)
        else:
            parsed.records.append(result)
    return parsed


def _cards(text: str) -> list[tuple[int, str, bool]]:
    """(first line, text, closed) of each card; a card cut off by the end of the file is kept."""
    cards: list[tuple[int, str, bool]] = []
    start: int | None = None
    lines: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        keyword = line.strip().upper()
        if keyword == "BEGIN:VCARD" and start is None:
            start, lines = number, []
        if start is not None:
            lines.append(line)
        if keyword == "END:VCARD" and start is not None:
            cards.append((start, "\n".join(lines) + "\n", True))
            start = None
    if start is not None:
        cards.append((start, "\n".join(lines) + "\n", False))
    return cards


def _read_card(line: int, text: str) -> ContactRecord | RejectedRow:
    try:
        card = next(vobject.readComponents(text, ignoreUnreadable=False), None)
    except Exception as error:  # vobject raises many kinds; one bad card must not stop the file
        # vobject's own line numbers are off, so the message keeps only the text it quotes.
        return RejectedRow(line, f"the card cannot be read ({_short(error)})")
    if card is None or card.name.upper() != "VCARD":
        return RejectedRow(line, "the card cannot be read")
    return _record(line, card)


def _record(line: int, card: Any) -> ContactRecord | RejectedRow:
    prefix, built_name = _structured_name(card)
    full_name = _first(card, "fn") or built_name
    honorific, name = split_honorific(full_name)
    if not name:
        return RejectedRow(line, "FN and N are both empty: the card has no name")
    extra: list[str] = []
    org = [part.strip() for part in _listed(_value(card, "org")) if part.strip()]
    extra += [f"Department: {unit}" for unit in org[1:]]
    emails = _by_preference(card, "email")
    phones = [re.sub(r"^tel:", "", p, flags=re.IGNORECASE) for p in _by_preference(card, "tel")]
    extra += [f"Other email: {email}" for email in emails[1:]]
    extra += [f"Other phone: {phone}" for phone in phones[1:]]
    urls = [str(item.value).strip() for item in _lines(card, "url", "x-socialprofile")]
    linkedin = [url for url in urls if LINKEDIN_PROFILE.search(url)]
    extra += [f"Website: {url}" for url in urls if url and url not in linkedin[:1]]
    notes = [str(item.value).strip() for item in _lines(card, "note")]
    position = _first(card, "title") or _first(card, "role")
    role = read_role(position).value
    return ContactRecord(
        line=line,
        name=name,
        honorific=prefix or honorific,
        role="" if role == "other" else role,
        position=position,
        institution=org[0] if org else "",
        email=emails[0] if emails else "",
        phone=phones[0] if phones else "",
        linkedin_url=linkedin[0] if linkedin else "",
        country=_country(card),
        notes="\n".join(part for part in [*notes, *extra] if part),
        tags=split_tags(
            part for item in _lines(card, "categories") for part in _listed(item.value)
        ),
    )


def _structured_name(card: Any) -> tuple[str, str]:
    """(honorific prefix, 'Given Additional Family') from N, or blanks."""
    value = _value(card, "n")
    if value is None or isinstance(value, str):
        return "", ""
    parts = [_joined(getattr(value, part, "")) for part in ("given", "additional", "family")]
    return _joined(getattr(value, "prefix", "")), " ".join(p for p in parts if p)


def _country(card: Any) -> str:
    for item in _lines(card, "adr"):
        country = _joined(getattr(item.value, "country", ""))
        if country:
            return country
    return ""


def _lines(card: Any, *names: str) -> list[Any]:
    """Every property of these names, grouped ones (Apple's `item1.URL`) included."""
    return [item for name in names for item in card.contents.get(name, [])]


def _value(card: Any, name: str) -> Any:
    found = _lines(card, name)
    return found[0].value if found else None


def _first(card: Any, name: str) -> str:
    value = _value(card, name)
    return _joined(value) if value is not None else ""


def _by_preference(card: Any, name: str) -> list[str]:
    """Values with the preferred one (TYPE=pref in 3.0, PREF=1 in 4.0) first, blanks dropped."""
    items = _lines(card, name)

    def preferred(item: Any) -> bool:
        types = [t.lower() for value in item.params.get("TYPE", []) for t in value.split(",")]
        return "pref" in types or bool(item.params.get("PREF"))

    ordered = sorted(items, key=lambda item: not preferred(item))
    return [text for text in (str(item.value).strip() for item in ordered) if text]


def _listed(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(part) for part in value] if isinstance(value, list | tuple) else [str(value)]


def _joined(value: Any) -> str:
    return " ".join(" ".join(_listed(value)).split())


def _short(error: Exception) -> str:
    message = re.sub(r"^At line \d+:\s*", "", " ".join(str(error).split()))
    return message[:120] or type(error).__name__
