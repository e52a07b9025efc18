"""The "log a touch" form opens with the cursor on the first answer it needs: the channel,
which has no default, and once that is chosen the topic. Tab then walks on in reading order."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.models import Contact

pytestmark = pytest.mark.django_db


def focused(html: str) -> list[str]:
    """The names of the fields that take the focus when the form opens."""
    tags = re.findall(r"<(?:input|select|textarea)\b[^>]*>", html)
    return [name for t in tags if "autofocus" in t for name in re.findall(r'name="([^"]+)"', t)]


def test_it_opens_on_the_channel(client: Client) -> None:
    contact = Contact.objects.create(name="Amara Okafor")
    html = client.get(reverse("network:log_touch", args=[contact.pk])).content.decode()
    assert focused(html) == ["channel"]


def test_it_comes_back_to_the_topic_once_the_channel_is_chosen(client: Client) -> None:
    contact = Contact.objects.create(name="Amara Okafor")
    form = {"occurred_on": "2026-01-05", "channel": "email", "direction": "outbound", "topic": ""}
    page = client.post(reverse("network:log_touch", args=[contact.pk]), form)
    assert page.status_code in (200, 400)
    assert focused(page.content.decode()) == ["topic"]
