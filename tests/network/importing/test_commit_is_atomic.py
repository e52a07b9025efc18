"""A failure half-way through an import writes nothing at all."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from matchwise.network.importing import service
from matchwise.network.importing.linkedin import parse_linkedin
from matchwise.network.models import Contact, Interaction, Tag

pytestmark = pytest.mark.django_db
Read = Callable[[str], bytes]


class ImportInterruptedError(Exception):
    pass


def test_it_writes_nothing_when_it_fails_half_way(
    fixture_bytes: Read, monkeypatch: pytest.MonkeyPatch
) -> None:
    tomasz = Contact.objects.create(
        name="Tomasz Wieczorek", email="t.wieczorek@lakeshore-health.example"
    )
    tomasz.tags.add(Tag.objects.create(name="Peer"))

    def fail(*args: object) -> None:
        # By now the new contacts exist and Tomasz's empty fields have been filled.
        assert Contact.objects.count() == 5
        raise ImportInterruptedError

    monkeypatch.setattr(service, "_link_tags", fail)
    parsed = parse_linkedin("Connections.csv", fixture_bytes("linkedin_connections_2026.csv"))

    with pytest.raises(ImportInterruptedError):
        service.commit(parsed)

    assert Contact.objects.count() == 1
    assert (Interaction.objects.count(), Tag.objects.count()) == (0, 1)
    tomasz.refresh_from_db()
    assert (tomasz.institution, tomasz.linkedin_url, tomasz.linkedin_key) == ("", "", "")
