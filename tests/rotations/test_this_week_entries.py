"""This week shows rotations while they run, and recently ended ones with something left."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.models import Contact
from matchwise.rotations import this_week
from matchwise.rotations.models import Rotation, RotationMember
from tests.rotations.conftest import TODAY

pytestmark = pytest.mark.django_db


def test_it_lists_running_rotations_and_recent_ones_with_thank_yous_due(
    make_rotation: Callable[..., Rotation], meet: Callable[..., RotationMember]
) -> None:
    running = make_rotation(starts=-10, ends=17, service="Cardiology")
    quiet = make_rotation(starts=-40, ends=-5, service="Nephrology")  # ended, nobody to thank
    thanking = make_rotation(starts=-30, ends=-2, service="Geriatrics")
    meet(thanking, "Lena Park")
    make_rotation(starts=5, ends=30, service="Oncology")  # not started
    make_rotation(starts=-90, ends=-40, service="Surgery")  # long over
    shown = [plan.rotation for plan in this_week.this_week(TODAY)]
    assert shown == [thanking, running]
    assert quiet not in shown


def test_it_shows_the_working_day_and_the_feedback_ask_on_the_page(
    client: Client, make_rotation: Callable[..., Rotation]
) -> None:
    Contact.objects.create(name="Someone")  # This week welcomes an empty tracker instead
    make_rotation(starts=-10, ends=17, service="Cardiology")
    page = client.get(reverse("network:this_week")).content.decode()
    section = page[page.index('id="rotations-week"') :]
    assert "Observership: Cardiology at Lakeside General Hospital" in section
    assert "working day" in section and "Ask for a feedback meeting" in section
