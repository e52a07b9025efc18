"""Without the rotations' records the ties are not counted as if nobody had rotated: the
reading stops with a clear error."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from matchwise.programs import network_ties

from .conftest import KNOWN


@pytest.mark.django_db
def test_it_refuses_to_count_ties_without_the_rotation_records(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(network_ties, "_offered", [])
    with pytest.raises(ImproperlyConfigured, match=r"matchwise\.rotations"):
        network_ties.network_ties([KNOWN])
    with pytest.raises(ImproperlyConfigured, match=r"matchwise\.rotations"):
        network_ties.network_ties_at(KNOWN)
