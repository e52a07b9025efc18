"""The SOAP list reads the database a fixed number of times, however many programs, offers and
people at them there are."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from matchwise.network.models import Contact
from matchwise.season import soap
from tests.season.soap_fixtures import NOW, listed

pytestmark = pytest.mark.django_db
# The programs, their offers; the institutions of the network, the first people at each and
# the people shown; the user's zone (twice: the page and the rounds); the applications sent
# and the offer accepted (the cap and the state).
SOAP_PAGE = 9
TOWNS = ["Riverside", "Hillcrest", "Bayview", "Northgate", "Elmwood", "Stonebridge", "Maplewood"]


@pytest.mark.parametrize("size", [2, 8])
def test_it_shows_the_soap_list_in_a_fixed_number_of_queries(
    size: int, client: Client, make_contact: Callable[..., Contact]
) -> None:
    places = [f"{town} General Hospital" for town in [*TOWNS, "Lakeside"][:size]]
    rows = "\n".join(f"Program {i},{place}" for i, place in enumerate(places))
    programs = listed(f"name,institution\n{rows}")
    for i, place in enumerate(places):
        for j in range(size + 3):
            make_contact(f"Person {i}-{j:02}", institution=place, phone="555")
    for program in programs[: size // 2]:
        soap.apply(program, NOW)
        soap.record_offer(program, 1, NOW)
    with CaptureQueriesContext(connection) as done:
        page = client.get(reverse("season:soap"))
    assert page.status_code == 200
    assert len(done.captured_queries) == SOAP_PAGE
    text = page.content.decode()
    assert f"Person {size - 1}-02" in text and f"Person {size - 1}-03" not in text
    assert text.count(f"{size} more</a>") == size
