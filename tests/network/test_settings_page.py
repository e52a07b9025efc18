"""The Settings page says what went wrong with each field, and says truly what "Delete
everything" removes."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.models import Preferences

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("field", ["reach_out_target", "reactivate_target"])
def test_it_shows_why_a_weekly_goal_was_refused(client: Client, field: str) -> None:
    values = {"reach_out_target": 3, "reactivate_target": 1, "no_reply_days": 10}
    values[field] = -1  # the browser refuses it too, but a page must not rely on that
    page = client.post(reverse("network:preferences"), {**values, "time_zone": "UTC"})
    html = page.content.decode()
    label = re.search(rf'<label>[^<]*<input[^>]*name="{field}".*?</label>', html, re.S)
    assert label is not None
    assert 'class="error"' in label.group(0)
    assert getattr(Preferences.load(), field) != -1


def test_it_names_everything_that_delete_everything_removes(client: Client) -> None:
    html = client.get(reverse("network:preferences")).content.decode()
    article = html[html.index("<strong>Delete everything</strong>") :]
    said = article[: article.index("</p>")]
    for what in ("contacts", "messages", "rotations", "the season", "catalogues", "profiles"):
        assert what in said, what
