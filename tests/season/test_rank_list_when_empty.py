"""An empty rank list says how programs get onto it, instead of a numbered "nothing"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.season import services
from matchwise.season.models import Application
from matchwise.season.vocabulary import Status

pytestmark = pytest.mark.django_db


def test_it_explains_how_programs_get_onto_the_list(
    client: Client, make_application: Callable[..., Application]
) -> None:
    make_application("Alpha IM", program_id="A")
    html = client.get(reverse("season:rank_list")).content.decode()
    assert 'id="how-to-fill"' in html
    assert f'href="{reverse("season:home")}"' in html and "Interviewed" in html
    assert '<p class="muted" id="primary-list">Nothing on this list yet.</p>' in html
    assert "<li" not in html[html.index('id="primary"') : html.index('id="order-and-couples"')]


def test_it_stops_explaining_once_a_program_was_interviewed(
    client: Client, make_application: Callable[..., Application]
) -> None:
    alpha = make_application("Alpha IM", program_id="A")
    services.change_status(alpha, Status.INTERVIEWED, date(2027, 1, 20), "Interviewed")
    html = client.get(reverse("season:rank_list")).content.decode()
    assert 'id="how-to-fill"' not in html
    assert "Interviewed, not ranked yet" in html


def test_it_prints_an_empty_list_as_a_sentence(client: Client) -> None:
    html = client.get(reverse("season:rank_list_print")).content.decode()
    assert "<ol></ol>" not in html and "Nothing on this list yet." in html
