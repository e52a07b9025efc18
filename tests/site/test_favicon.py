"""A favicon of our own, so a first visit does not end in a 404."""

from __future__ import annotations

import struct

import pytest
from django.test import Client
from django.urls import reverse


@pytest.mark.django_db
def test_it_serves_an_icon_at_the_address_browsers_ask_for(client: Client) -> None:
    response = client.get("/favicon.ico")
    body = b"".join(response.streaming_content)  # type: ignore[attr-defined]
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    reserved, kind, count = struct.unpack("<HHH", body[:6])
    assert (reserved, kind) == (0, 1) and count >= 1  # an ICO file with at least one image
    assert "max-age" in response["Cache-Control"]


@pytest.mark.django_db
def test_it_names_the_icon_on_every_page(client: Client) -> None:
    page = client.get(reverse("network:this_week")).content.decode()
    assert 'rel="icon" href="/static/favicon.svg"' in page
    assert client.get("/static/favicon.svg").status_code == 200
