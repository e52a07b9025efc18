"""Once a rotation has ended, its attendings and residents move to a keep-in-touch rhythm."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.rotations import services
from matchwise.rotations.models import Rotation, RotationMember
from matchwise.rotations.vocabulary import MemberRole
from tests.rotations.conftest import TODAY, days

pytestmark = pytest.mark.django_db


def test_it_moves_key_people_once_and_keeps_a_rhythm_you_set(
    make_rotation: Callable[..., Rotation], meet: Callable[..., RotationMember]
) -> None:
    rotation = make_rotation(starts=-30, ends=-2)
    lena = meet(rotation, "Lena Park").contact
    omar = meet(rotation, "Omar Haddad", MemberRole.RESIDENT, cadence_ideal_days=60).contact
    nurse = meet(rotation, "Sam Reyes", MemberRole.OTHER).contact
    running = make_rotation(starts=-3, ends=20)
    ongoing = meet(running, "Priya Raman").contact

    assert services.settle_cadences(TODAY) == 1
    for contact in (lena, omar, nurse, ongoing):
        contact.refresh_from_db()
    assert (lena.cadence_ideal_days, lena.cadence_max_days) == (30, 45)
    assert lena.keep_in_touch_on == lena.created_at.date() + (days(30) - TODAY)
    assert omar.cadence_ideal_days == 60  # yours
    assert nurse.cadence_ideal_days is None and ongoing.cadence_ideal_days is None
    # Once only: a rhythm you change afterwards stays as you set it.
    lena.cadence_ideal_days = 90
    lena.save()
    assert services.settle_cadences(TODAY) == 0
    lena.refresh_from_db()
    assert lena.cadence_ideal_days == 90


def test_it_shows_the_rhythm_on_the_rotation_page(
    client: Client, make_rotation: Callable[..., Rotation], meet: Callable[..., RotationMember]
) -> None:
    rotation = make_rotation(starts=-30, ends=-2)
    meet(rotation, "Lena Park")
    page = client.get(reverse("rotations:rotation", args=[rotation.pk])).content.decode()
    assert "Keeping in touch" in page
    assert "every 30 days" in page
