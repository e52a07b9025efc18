"""Exporting contacts as vCard 4.0 for address books."""

from __future__ import annotations

from typing import Any

import pytest
import vobject
from pytest_django import DjangoAssertNumQueries

from matchwise.network.exporting.vcard import contacts_vcard_text
from matchwise.network.models import Contact
from tests.network.exporting.dataset import HOSTILE_NAME, NOTE_WITH_NEWLINES, Dataset


def read_cards() -> dict[str, Any]:
    return {card.fn.value: card for card in vobject.readComponents(contacts_vcard_text())}


def test_it_round_trips_every_field(dataset: Dataset) -> None:
    card = read_cards()[f"Prof. Dr. {HOSTILE_NAME}"]
    assert card.version.value == "4.0"
    assert card.n.value.prefix == "Prof. Dr."
    assert card.n.value.family == "Müller, Zoë <script>alert('x')</script>".rpartition(" ")[2]
    assert card.org.value == ["Hôpital Saint-Louis; AP-HP"]
    assert card.title.value == "Program Director, Internal Medicine"
    assert card.role.value == "Program director"
    assert card.contents["x-specialty"][0].value == "Internal medicine"
    assert card.email.value == "Zoe.Muller@Example.ORG"
    assert card.tel.value == "+33 1 42 49 49 49"
    assert card.url.value == "https://www.linkedin.com/in/Zoe-Muller/"
    assert card.adr.value.country == "France"
    assert card.note.value == dataset.full.notes
    assert card.note.value.startswith(NOTE_WITH_NEWLINES)
    assert sorted(card.categories.value) == ["research", "usce, 2025"]


def test_it_writes_one_card_per_contact_with_only_the_fields_it_has(dataset: Dataset) -> None:
    cards = read_cards()
    assert set(cards) == {f"Prof. Dr. {HOSTILE_NAME}", "Dr. Adaeze Okafor", "Sam Lee"}
    plain = cards["Sam Lee"]
    assert (plain.n.value.given, plain.n.value.family) == ("Sam", "Lee")
    assert {"note", "email", "tel", "url", "org", "categories"}.isdisjoint(plain.contents)


def test_it_follows_rfc_6350_line_rules(dataset: Dataset) -> None:
    text = contacts_vcard_text()
    assert text.endswith("\r\n")
    lines = text.split("\r\n")[:-1]
    assert "\n" not in "".join(lines) and "\r" not in "".join(lines)
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert [lines[i + 1] for i, line in enumerate(lines) if line == "BEGIN:VCARD"] == [
        "VERSION:4.0"
    ] * 3
    assert "NOTE:First line\\; with\\, punctuation \\\\ and a backslash\\nSecond" in text


def test_it_keeps_uids_stable_between_exports(dataset: Dataset) -> None:
    first = [card.uid.value for card in read_cards().values()]
    second = [card.uid.value for card in read_cards().values()]
    assert first == second
    assert len(set(first)) == 3
    assert all(uid.startswith("urn:uuid:") for uid in first)


@pytest.mark.django_db
def test_it_folds_long_non_ascii_notes_without_splitting_characters() -> None:
    Contact.objects.create(name="Ayşe Yılmaz", notes="çok teşekkürler " * 40 + "日本語" * 30)
    (card,) = read_cards().values()
    assert card.note.value == "çok teşekkürler " * 40 + "日本語" * 30
    assert all(len(line.encode()) <= 75 for line in contacts_vcard_text().split("\r\n"))


@pytest.mark.django_db
def test_it_drops_control_characters_that_vcard_forbids() -> None:
    Contact.objects.create(name="Lee\x1b Chen", notes="bell\x07 tab\tkept")
    (card,) = read_cards().values()
    assert card.fn.value == "Lee Chen"
    assert card.note.value == "bell tab\tkept"


def test_it_reads_the_contacts_in_two_queries(
    dataset: Dataset, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    with django_assert_num_queries(2):
        contacts_vcard_text()


@pytest.mark.django_db
def test_it_lists_the_kind_of_each_line_break_of_a_note() -> None:
    Contact.objects.create(name="Ana Souza", notes="one\r\ntwo\nthree\rfour")
    (card,) = read_cards().values()
    assert card.note.value == "one\ntwo\nthree\nfour"
    assert card.note.params["X-LINE-BREAKS"] == ["CRLF,LF,CR"]


@pytest.mark.django_db
def test_it_marks_the_linkedin_address_and_leaves_plain_notes_alone() -> None:
    Contact.objects.create(
        name="Priya Nair", linkedin_url="https://www.linkedin.com/pub/priya", notes="a\nb"
    )
    (card,) = read_cards().values()
    assert card.url.params["TYPE"] == ["x-linkedin"]
    assert "X-LINE-BREAKS" not in card.note.params
