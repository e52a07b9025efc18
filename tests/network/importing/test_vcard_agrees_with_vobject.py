"""The vCard reader reads each property as vobject does, where vobject can read the card.

vobject does not undo quoted-printable (vCard 2.1) nor read on past a line it cannot parse,
which is what the reader adds; on every other card of the corpus the two agree.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import vobject

from matchwise.network.importing.vcard_lines import split_cards
from matchwise.network.importing.vcard_values import listed, parse_property, unescape, units

CLIENTS = Path(__file__).parent / "fixtures" / "clients"
WITHOUT_QUOTED_PRINTABLE = sorted(
    path.name for path in CLIENTS.glob("*.vcf") if b"QUOTED-PRINTABLE" not in path.read_bytes()
)
TEXT = ("FN", "TITLE", "NOTE", "EMAIL", "TEL")


def ours(text: str) -> list[dict[str, list[Any]]]:
    cards = []
    for card in split_cards(text):
        found: dict[str, list[Any]] = {}
        for line in card.lines:
            prop = parse_property(line.number, line.text)
            if prop.name in TEXT:
                found.setdefault(prop.name, []).append(unescape(prop.decoded()))
            elif prop.name == "ORG":
                found.setdefault(prop.name, []).append([u for u in units(prop.decoded()) if u])
            elif prop.name == "CATEGORIES":
                found.setdefault(prop.name, []).append(listed(prop.decoded()))
        cards.append(found)
    return cards


def theirs(text: str) -> list[dict[str, list[Any]]]:
    cards = []
    for card in vobject.readComponents(text):
        found: dict[str, list[Any]] = {}
        for name in (*TEXT, "ORG", "CATEGORIES"):
            values = [line.value for line in card.contents.get(name.lower(), [])]
            if name == "ORG":  # an empty unit (Apple's trailing `;`) means nothing to either
                values = [[unit for unit in value if unit] for value in values]
            if values:
                found[name] = values
        cards.append(found)
    return cards


@pytest.mark.parametrize("filename", WITHOUT_QUOTED_PRINTABLE)
def test_it_reads_each_property_as_vobject_does(filename: str) -> None:
    data = (CLIENTS / filename).read_bytes()
    text = data.decode("utf-8")

    assert ours(text) == theirs(text)


def test_it_compares_most_of_the_corpus() -> None:
    assert len(WITHOUT_QUOTED_PRINTABLE) >= 8
