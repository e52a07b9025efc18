"""The SOAP list shows, for each program, the three people quickest to reach and how many more
there are, linked to the program's page, which shows them all: a list of a hundred programs
stays readable (and quick) on a large network."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.models import Contact
from matchwise.season.models import SoapProgram

pytestmark = pytest.mark.django_db


def test_it_shows_the_quickest_three_and_counts_the_rest(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    for i in range(5):
        make_contact(f"Email {i}", institution="Riverside Teaching Hospital", email=f"e{i}@x.org")
    make_contact("Phone Person", institution="Riverside Teaching Hospital", phone="555")
    text = "name,institution\nRiverside FM,Riverside Teaching Hospital\n"
    assert client.post(reverse("season:soap_import"), {"text": text}).status_code == 302
    program = SoapProgram.objects.get()
    page = client.get(reverse("season:soap")).content.decode()
    row = page[page.index(f'id="soap-{program.pk}"') :].split("</tr>")[0]
    assert "Phone Person" in row and row.count("(by email") == 2
    assert f'{reverse("season:soap_program", args=[program.pk])}#people">3 more</a>' in row
    full = client.get(reverse("season:soap_program", args=[program.pk])).content.decode()
    assert all(f"Email {i}" in full for i in range(5)) and "Phone Person" in full


def test_it_says_nothing_more_when_all_are_shown(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    make_contact("Only One", institution="Riverside Teaching Hospital", phone="555")
    text = "name,institution\nRiverside FM,Riverside Teaching Hospital\n"
    client.post(reverse("season:soap_import"), {"text": text})
    page = client.get(reverse("season:soap")).content.decode()
    assert "Only One" in page and " more</a>" not in page
