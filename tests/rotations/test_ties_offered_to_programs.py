"""The rotations hand their records to the shortlist's network ties when Django starts, so
programs counts a rotation without importing the rotations app."""

from __future__ import annotations

from matchwise.programs import network_ties
from matchwise.rotations.ties import RotationsAtPrograms


def test_it_hands_its_records_to_the_network_ties_when_django_starts() -> None:
    assert isinstance(network_ties.rotation_records(), RotationsAtPrograms)
