"""The file is matched before the write transaction; a change made by another program in the
meantime is written around when it cannot matter, and matched again when it can."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from matchwise.network.importing import service
from matchwise.network.importing.linkedin import parse_linkedin
from matchwise.network.importing.matching import Resolution, resolve
from matchwise.network.models import Contact
from matchwise.network.records import ParsedFile

pytestmark = pytest.mark.django_db
Read = Callable[[str], bytes]


@pytest.fixture
def parsed(fixture_bytes: Read) -> ParsedFile:
    return parse_linkedin("Connections.csv", fixture_bytes("linkedin_connections_2026.csv"))


def meanwhile(monkeypatch: pytest.MonkeyPatch, *changes: Callable[[], object]) -> list[int]:
    """Make each change right after the file was matched, once per matching; count matchings."""
    calls: list[int] = []

    def resolve_then_change(*args: object, **kwargs: object) -> Resolution:
        result = resolve(*args, **kwargs)  # type: ignore[arg-type]
        if len(calls) < len(changes):
            changes[len(calls)]()
        calls.append(1)
        return result

    monkeypatch.setattr(service, "resolve", resolve_then_change)
    return calls


def test_it_writes_what_it_prepared_when_the_change_is_elsewhere(
    parsed: ParsedFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = meanwhile(monkeypatch, lambda: Contact.objects.create(name="Priya Raman"))
    report = service.commit(parsed)
    assert len(calls) == 1
    assert len(report.contact_ids) == 5
    assert Contact.objects.count() == 6


def test_it_matches_again_when_someone_in_the_file_was_added_meanwhile(
    parsed: ParsedFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    def add_nadia() -> None:
        Contact.objects.create(
            name="Nadia Haddad", linkedin_url="https://linkedin.com/in/nadiahaddad"
        )

    calls = meanwhile(monkeypatch, add_nadia)
    report = service.commit(parsed)
    assert len(calls) == 2
    assert [row.name for row in report.merged] == ["Nadia Haddad"]
    assert Contact.objects.filter(name="Nadia Haddad").count() == 1
    assert Contact.objects.count() == 5


def test_it_matches_inside_the_transaction_when_changes_keep_coming(
    parsed: ParsedFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = iter(["Amara Okafor", "Tomasz Wieczorek", "Rohan Mehta", "Ifeoma Nwosu"])

    def add_someone_from_the_file() -> None:
        Contact.objects.create(name=next(names))

    calls = meanwhile(monkeypatch, *[add_someone_from_the_file] * service.ATTEMPTS)
    report = service.commit(parsed)
    # Matched ATTEMPTS times outside the transaction, and a last time inside it, where no
    # other program can change anything.
    assert len(calls) == service.ATTEMPTS + 1
    assert Contact.objects.count() == service.ATTEMPTS + len(report.contact_ids)
    assert len(report.possible_duplicates) + len(report.merged) >= service.ATTEMPTS
