"""Links to pages that take one id (an application's, a contact's) for lists of a hundred or
more: `reverse` runs once per list, not once per row (it takes tens of microseconds each, a
good part of such a page)."""

from __future__ import annotations

from collections.abc import Callable

from django.urls import reverse

# Any id: the link is reversed with it once, then the real id takes its place.
_STAND_IN = 987654321


def page_links(name: str = "season:application") -> Callable[[int], str]:
    """A function from an id to the path of the page `name` (one that takes the id alone),
    the same path `reverse(name, args=[id])` gives."""
    head, tail = reverse(name, args=[_STAND_IN]).split(str(_STAND_IN))
    return lambda pk: f"{head}{pk}{tail}"
