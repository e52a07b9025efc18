"""The rotations hand their records to the shortlist's network ties when Django starts, so
programs counts a rotation without importing the rotations app."""

from __future__ import annotations

from collections.abc import Callable

from matchwise.network.models import Contact
from matchwise.programs import network_ties
from matchwise.rotations.models import Rotation, RotationMember
from matchwise.rotations.ties import RotationsAtPrograms


def test_it_hands_its_records_to_the_network_ties_when_django_starts() -> None:
    assert isinstance(network_ties.rotation_records(), RotationsAtPrograms)


def test_it_tells_each_place_once_and_who_was_met_on_a_rotation(
    make_rotation: Callable[..., Rotation], meet: Callable[..., RotationMember]
) -> None:
    first = make_rotation(institution="Lakeside General Hospital", program_id="INV-001")
    make_rotation(institution="Lakeside General Hospital", program_id="INV-001")
    make_rotation(institution="Hilltop Clinic")
    met = meet(first, "Ana Silva").contact
    Contact.objects.create(name="Ben Cole", institution="Hilltop Clinic")
    records = RotationsAtPrograms()
    assert sorted(records.places()) == [
        ("Hilltop Clinic", ""),
        ("Lakeside General Hospital", "INV-001"),
    ]
    rotated = dict(
        Contact.objects.annotate(rotated=records.met_on_rotation()).values_list("name", "rotated")
    )
    assert rotated == {met.name: True, "Ben Cole": False}
