"""In the last week: a thank-you to each person met, and for each attending who saw your work,
the letter pipeline's answer and a one-click start of the request."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.outreach import compose
from matchwise.outreach.kinds import MessageKind
from matchwise.outreach.models import LetterRequest
from matchwise.rotations.models import Rotation, RotationMember
from matchwise.rotations.vocabulary import MemberRole
from tests.rotations.conftest import TODAY, days

pytestmark = pytest.mark.django_db


def test_it_lists_thank_yous_only_in_the_last_week_and_until_sent(
    client: Client, make_rotation: Callable[..., Rotation], meet: Callable[..., RotationMember]
) -> None:
    rotation = make_rotation(starts=-24, ends=3)
    lena = meet(rotation, "Lena Park").contact
    meet(rotation, "Omar Haddad", MemberRole.RESIDENT)
    meet(rotation, "Ruth Cole", MemberRole.OTHER, position="Program coordinator")
    url = reverse("rotations:rotation", args=[rotation.pk])
    page = client.get(url).content.decode()
    assert "Write a thank-you to Lena Park" in page
    assert "Write a thank-you to Omar Haddad" in page
    assert "Write a thank-you to Ruth Cole" in page
    assert f"?contact={lena.pk}&amp;template=rotation-thank-you" in page

    compose.mark_sent(
        lena, MessageKind.THANK_YOU, "Thank you", "Dear Lena, thank you.", confirmed=True
    )
    page = client.get(url).content.decode()
    assert "Write a thank-you to Lena Park" not in page
    assert "Write a thank-you to Omar Haddad" in page

    rotation.ends_on, rotation.starts_on = days(20), days(-7)
    rotation.save()
    assert "Write a thank-you" not in client.get(url).content.decode()


def test_it_starts_a_letter_request_in_one_click(
    client: Client, make_rotation: Callable[..., Rotation], meet: Callable[..., RotationMember]
) -> None:
    rotation = make_rotation(starts=-24, ends=3)
    member = meet(rotation, "Lena Park", honorific="Dr.", saw_work=True)
    meet(rotation, "Noor Ali", saw_work=False)  # has not seen the work: no letter offered
    url = reverse("rotations:rotation", args=[rotation.pk])
    page = client.get(url).content.decode()
    assert "Start a letter request to Dr. Lena Park" in page
    assert "Start a letter request to Noor Ali" not in page

    response = client.post(reverse("rotations:start_letter", args=[member.pk]))
    assert response["Location"] == (
        reverse("outreach:compose") + f"?contact={member.contact_id}&template=letter-request"
    )
    letter = LetterRequest.objects.get()
    assert (letter.contact, letter.supervised, letter.saw_work) == (member.contact, True, True)
    assert letter.known_since == rotation.starts_on
    page = client.get(url).content.decode()
    # The pipeline's rule answers: three weeks known and no exchange logged is not yet ready.
    assert "In your letter pipeline: not yet." in page
    client.post(reverse("rotations:start_letter", args=[member.pk]))
    assert LetterRequest.objects.count() == 1


def test_it_shows_no_letter_before_the_last_week(
    client: Client, make_rotation: Callable[..., Rotation], meet: Callable[..., RotationMember]
) -> None:
    rotation = make_rotation(starts=-3, ends=24)
    meet(rotation, "Lena Park", saw_work=True)
    page = client.get(reverse("rotations:rotation", args=[rotation.pk])).content.decode()
    assert "Start a letter request" not in page
    assert rotation.ends_on >= TODAY
