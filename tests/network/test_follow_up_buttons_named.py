"""Each follow-up's Done, Snooze and Dismiss buttons name the person, so a screen reader
moving from button to button knows whose follow-up it is about to close."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.choices import Channel
from matchwise.network.models import Contact, Interaction

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("page", ["network:follow_ups", "network:this_week"])
def test_it_names_the_person_on_every_follow_up_button(
    client: Client,
    make_contact: Callable[..., Contact],
    log: Callable[..., Interaction],
    page: str,
) -> None:
    for name in ("Lena Park", "Omar Haddad"):
        log(make_contact(name), date.today(), Channel.IN_PERSON, topic="Grand rounds")
    html = client.get(reverse(page)).content.decode()
    labels = re.findall(r'<button[^>]*name="action"[^>]*aria-label="([^"]+)"', html)
    assert len(labels) == 6
    assert [n for n, times in Counter(labels).items() if times > 1] == []
    for name in ("Lena Park", "Omar Haddad"):
        assert {"Done", "Snooze", "Dismiss"} == {
            label.split(" ", 1)[0].rstrip(":") for label in labels if name in label
        }
