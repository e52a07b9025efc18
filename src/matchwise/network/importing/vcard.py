"""vCard files (`.vcf`) from phones and address books: versions 2.1, 3.0 and 4.0.

`vcard_lines` cuts the file into cards and joins folded lines; `vcard_values` reads each property
(vobject's parser for the line, then quoted-printable, character sets and escapes). Here each card
becomes a `ContactRecord`. A property that cannot be read is left out with a warning naming its
line (`ContactRecord.warnings`); only a card with no name at all is rejected.

Where the tracker has one field and a card has several (emails, phones, web addresses, units of
the organisation), the preferred or first one fills the field and the others become lines of the
notes. The LinkedIn address is the web address labelled LinkedIn (Apple's `item1.URL` with
`item1.X-ABLabel:LinkedIn`, `TYPE=linkedin`, `X-SOCIALPROFILE;TYPE=linkedin`), or else the first
`linkedin.com/in/` address. Photos, logos, sounds, keys, birthdays and street addresses have no
place in the tracker and are skipped.

Cards written by matchwise come back as they were: the title is N's prefix, the role is ROLE,
the position TITLE, the specialty X-SPECIALTY, and NOTE's X-LINE-BREAKS parameter says which
line break each `\\n` was.
"""

from __future__ import annotations

import re
from collections import defaultdict

from matchwise.network.importing.vcard_lines import Card, split_cards
from matchwise.network.importing.vcard_values import (
    Property,
    PropertyError,
    components,
    listed,
    parse_property,
    unescape,
    units,
)
from matchwise.network.importing.vocabulary import read_role, split_honorific
from matchwise.network.plain_text import CONTROL_CHARACTERS
from matchwise.network.records import ContactRecord, FieldWarning, ParsedFile, RejectedRow
from matchwise.textfiles.decoding import decode_text
from matchwise.textfiles.errors import ImportFileError

LINKEDIN_PROFILE = re.compile(r"linkedin\.com/in/", re.IGNORECASE)
LINKEDIN_TYPES = frozenset({"linkedin", "x-linkedin"})
APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_")
LINE_BREAKS = {"CRLF": "\r\n", "CR": "\r", "LF": "\n"}
NO_NAME = "FN and N are both empty: the card has no name"


def parse_vcard(filename: str, data: bytes) -> ParsedFile:
    """One record per card (or a rejected row at its BEGIN:VCARD line when it has no name)."""
    parsed = ParsedFile(filename)
    cards = split_cards(decode_text(filename, data))
    if not cards:
        raise ImportFileError(filename, "no BEGIN:VCARD found; is this a vCard (.vcf) file?")
    for card in cards:
        result = CardReader(card).record()
        if isinstance(result, RejectedRow):
            parsed.rejected.append(result)
        else:
            parsed.records.append(result)
    return parsed


class CardReader:
    """The properties of one card, read once, and the warnings met on the way."""

    def __init__(self, card: Card) -> None:
        self.card = card
        self.warnings: list[FieldWarning] = []
        self.properties: dict[str, list[Property]] = defaultdict(list)
        for line in card.lines:
            try:
                found = parse_property(line.number, line.text)
            except PropertyError as error:
                self.warn(line.number, _start_of(line.text), f"{error}; dropped")
                continue
            self.properties[found.name].append(found)
        self.labels = {
            p.group: APPLE_LABEL.sub(r"\1", text).strip().lower()
            for p in self.properties["X-ABLABEL"]
            if p.group and (text := self.text(p)) is not None
        }
        if not card.closed:
            where = f"line {card.cut_at}, where the next card begins" if card.cut_at else "the end"
            self.warn(card.line, "END:VCARD", f"missing; the card was read up to {where}")

    def warn(self, line: int, field: str, message: str) -> None:
        self.warnings.append(FieldWarning(line, field, message))

    def decoded(self, found: Property) -> str | None:
        """The value, its encoding undone and escapes kept; None (with a warning) if unreadable."""
        try:
            value = found.decoded()
        except PropertyError as error:
            self.warn(found.line, found.name, f"{error}; dropped")
            return None
        if CONTROL_CHARACTERS.search(value):
            self.warn(found.line, found.name, "control characters removed")
            value = CONTROL_CHARACTERS.sub("", value)
        return value

    def text(self, found: Property) -> str | None:
        value = self.decoded(found)
        return None if value is None else unescape(value)

    def texts(self, name: str) -> list[tuple[Property, str]]:
        """Each readable property of this name with its text, stripped; blanks left out."""
        found = [(p, self.text(p)) for p in self.properties[name]]
        return [(p, text.strip()) for p, text in found if text is not None and text.strip()]

    def first(self, name: str) -> tuple[Property, str] | None:
        found = self.texts(name)
        return found[0] if found else None

    def record(self) -> ContactRecord | RejectedRow:
        record = ContactRecord(line=self.card.line, name="", drop_bad_fields=True)
        extra: list[str] = []
        self._name(record)
        if not record.name:
            return RejectedRow(self.card.line, NO_NAME)
        self._role_and_position(record, extra)
        self._organisation(record, extra)
        specialty = self.first("X-SPECIALTY")
        if specialty:
            record.specialty = specialty[1]
            record.sources["specialty"] = (specialty[0].line, specialty[0].name)
        for field, prefix, label in (("email", "mailto:", "email"), ("phone", "tel:", "phone")):
            values = self._by_preference("EMAIL" if field == "email" else "TEL", prefix)
            if values:
                found, value = values[0]
                setattr(record, field, value)
                record.sources[field] = (found.line, found.name)
            extra += [f"Other {label}: {value}" for _, value in values[1:]]
        self._web_addresses(record, extra)
        record.country = self._country(record)
        notes = [self._note(found, text) for found, text in self.texts("NOTE")]
        record.notes = "\n".join([*notes, *extra])
        record.tags = self._tags(record)
        record.warnings = self.warnings
        return record

    def _name(self, record: ContactRecord) -> None:
        structured = self.properties["N"][:1]
        parts = components(value) if structured and (value := self.decoded(structured[0])) else []
        parts += [[]] * (5 - len(parts))
        family, given, additional, prefix = (_joined(items) for items in parts[:4])
        formatted = self.first("FN")
        full = formatted[1] if formatted else ""
        written = [given, additional, family]
        if prefix and full.startswith(prefix) and full[len(prefix) : len(prefix) + 1].isspace():
            name, title = full[len(prefix) :].strip(), prefix
        elif sorted(full.split()) == sorted(" ".join(written).split()):
            name, title = full, prefix  # FN is the structured name: nothing in it is a title
        else:
            title, name = split_honorific(full)
            title = prefix or title
        record.name = name or " ".join(part for part in written if part)
        record.honorific = title
        if formatted and name:
            record.sources["name"] = (formatted[0].line, "FN")
        elif structured:
            record.sources["name"] = (structured[0].line, "N")
        if structured:
            record.sources["honorific"] = (structured[0].line, "N")

    def _role_and_position(self, record: ContactRecord, extra: list[str]) -> None:
        title = self.first("TITLE")
        position = title[1] if title else ""
        given = self.first("ROLE")
        role_text = given[1] if given else ""
        role = read_role(role_text)
        if role.exact and role.value:
            record.role = role.value
        else:
            record.role = read_role(position).value if position else ""
            if record.role in ("", "other") and role_text:
                record.role = role.value
            if role_text and not position:
                position, title = role_text, given
            elif role_text and role_text != position:
                extra.append(f"Role: {role_text}")
        record.role = "" if record.role == "other" else record.role
        record.position = position
        if title:
            record.sources["position"] = (title[0].line, title[0].name)

    def _organisation(self, record: ContactRecord, extra: list[str]) -> None:
        for found in self.properties["ORG"][:1]:
            value = self.decoded(found)
            names = [unit.strip() for unit in units(value or "") if unit.strip()]
            if names:
                record.institution = names[0]
                record.sources["institution"] = (found.line, "ORG")
                extra += [f"Department: {unit}" for unit in names[1:]]

    def _by_preference(self, name: str, scheme: str) -> list[tuple[Property, str]]:
        found = sorted(self.texts(name), key=lambda pair: not pair[0].preferred)
        return [
            (p, text[len(scheme) :].strip() if text.lower().startswith(scheme) else text)
            for p, text in found
        ]

    def _web_addresses(self, record: ContactRecord, extra: list[str]) -> None:
        linkedin: list[tuple[Property, str]] = []
        others: list[str] = []
        for found, url in self.texts("URL") + self.texts("X-SOCIALPROFILE"):
            labelled = found.types & LINKEDIN_TYPES or self.labels.get(found.group) == "linkedin"
            if labelled or LINKEDIN_PROFILE.search(url):
                linkedin.append((found, url))
            else:
                others.append(url)
        if linkedin:
            found, record.linkedin_url = linkedin[0]
            record.sources["linkedin_url"] = (found.line, found.name)
        extra += [f"Website: {url}" for url in [url for _, url in linkedin[1:]] + others]

    def _country(self, record: ContactRecord) -> str:
        for found in self.properties["ADR"]:
            value = self.decoded(found)
            parts = components(value) if value else []
            country = _joined(parts[6]) if len(parts) > 6 else ""
            if country:
                record.sources["country"] = (found.line, "ADR")
                return country
        return ""

    def _note(self, found: Property, text: str) -> str:
        """The note with each line break as it was written, when X-LINE-BREAKS says so."""
        given = found.params.get("X-LINE-BREAKS", [])
        kinds = [kind.strip().upper() for value in given for kind in value.split(",")]
        if kinds and len(kinds) == text.count("\n") and all(k in LINE_BREAKS for k in kinds):
            pieces = text.split("\n")
            text = pieces[0] + "".join(
                LINE_BREAKS[k] + p for k, p in zip(kinds, pieces[1:], strict=True)
            )
        return text

    def _tags(self, record: ContactRecord) -> list[str]:
        """CATEGORIES, split at unescaped commas only; the first spelling of a tag wins."""
        tags: dict[str, str] = {}
        for found in self.properties["CATEGORIES"]:
            record.sources.setdefault("tags", (found.line, "CATEGORIES"))
            value = self.decoded(found)
            for item in listed(value) if value else []:
                tag = item.strip()
                if tag and tag.lower() not in tags:
                    tags[tag.lower()] = tag
        return list(tags.values())


def _joined(items: list[str]) -> str:
    return " ".join(item.strip() for item in items if item.strip())


def _start_of(text: str) -> str:
    """A short quote of an unreadable line, to name it."""
    shown = CONTROL_CHARACTERS.sub("", " ".join(text.split()))
    return repr(shown[:24] + "…" if len(shown) > 24 else shown)
