"""The secret in the calendar feed's URL: checking and replacing it."""

from __future__ import annotations

import pytest

from matchwise.network.exporting.calendar import feed_token_matches, rotate_feed_token
from matchwise.network.models import Preferences


@pytest.mark.django_db
def test_it_accepts_the_stored_token_only() -> None:
    token = Preferences.load().calendar_token
    assert feed_token_matches(token)
    assert not feed_token_matches(token[:-1])
    assert not feed_token_matches(token + "x")
    assert not feed_token_matches("")
    assert not feed_token_matches("é" * len(token))


@pytest.mark.django_db
def test_it_rotates_the_token_so_the_old_url_stops_working() -> None:
    old = Preferences.load().calendar_token
    new = rotate_feed_token()
    assert new != old
    assert len(new) >= 40
    assert Preferences.load().calendar_token == new
    assert feed_token_matches(new)
    assert not feed_token_matches(old)


@pytest.mark.django_db
def test_it_refuses_everything_when_no_token_is_set() -> None:
    Preferences.objects.create(pk=1, calendar_token="")
    assert not feed_token_matches("")
