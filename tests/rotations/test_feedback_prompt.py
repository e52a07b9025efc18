"""From the third working day the rotation page asks for a feedback meeting, until asked."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.outreach import compose
from matchwise.outreach.kinds import MessageKind
from matchwise.rotations.models import Rotation, RotationMember

pytestmark = pytest.mark.django_db
PROMPT = "Time to ask for feedback"


def test_it_waits_for_a_few_days_of_work(
    client: Client, make_rotation: Callable[..., Rotation]
) -> None:
    rotation = make_rotation(starts=0, ends=27)
    page = client.get(reverse("rotations:rotation", args=[rotation.pk])).content.decode()
    assert PROMPT not in page


def test_it_prompts_with_a_template_for_the_chosen_attending_until_asked(
    client: Client, make_rotation: Callable[..., Rotation], meet: Callable[..., RotationMember]
) -> None:
    rotation = make_rotation(starts=-10, ends=17)
    lena = meet(rotation, "Lena Park", honorific="Dr.").contact
    url = reverse("rotations:rotation", args=[rotation.pk])
    page = client.get(url).content.decode()
    assert PROMPT in page
    assert "Ask Dr. Lena Park for 15–20 minutes of feedback" in page
    assert f"?contact={lena.pk}&amp;template=rotation-feedback" in page
    composer = client.get(
        reverse("outreach:compose"), {"contact": str(lena.pk), "template": "rotation-feedback"}
    ).content.decode()
    assert "A quarter of an hour for feedback?" in composer

    client.post(reverse("rotations:feedback_asked", args=[rotation.pk]))
    page = client.get(url).content.decode()
    assert PROMPT not in page
    assert "Feedback meeting asked for on" in page


def test_it_counts_a_meeting_request_sent_from_the_composer_as_asked(
    client: Client, make_rotation: Callable[..., Rotation], meet: Callable[..., RotationMember]
) -> None:
    rotation = make_rotation(starts=-10, ends=17)
    lena = meet(rotation, "Lena Park").contact
    compose.mark_sent(
        lena,
        MessageKind.MENTOR_REQUEST,
        "A quarter of an hour for feedback?",
        "Dear Dr. Park, could we meet for feedback?",
        confirmed=True,
    )
    page = client.get(reverse("rotations:rotation", args=[rotation.pk])).content.decode()
    assert PROMPT not in page
