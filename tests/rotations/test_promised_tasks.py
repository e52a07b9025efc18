"""A small promise made on a rotation is a follow-up with its due date, until done."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.choices import FollowUpRule, FollowUpState
from matchwise.network.models import Contact, FollowUp
from matchwise.rotations import services
from matchwise.rotations.models import Rotation, RotationMember, RotationTask
from tests.rotations.conftest import days

pytestmark = pytest.mark.django_db


def test_it_keeps_a_promise_as_a_follow_up_shown_this_week_until_done(
    client: Client, make_rotation: Callable[..., Rotation], meet: Callable[..., RotationMember]
) -> None:
    rotation = make_rotation()
    lena = meet(rotation, "Lena Park").contact
    client.post(
        reverse("rotations:add_task", args=[rotation.pk]),
        {"contact": lena.pk, "description": "Send the sepsis article", "due_on": days(1)},
    )
    task = RotationTask.objects.get()
    assert (task.follow_up.contact, task.follow_up.due_on) == (lena, days(1))
    assert task.follow_up.rule == FollowUpRule.MANUAL
    page = client.get(reverse("rotations:rotation", args=[rotation.pk])).content.decode()
    assert "Send the sepsis article" in page
    week = client.get(reverse("network:this_week")).content.decode()
    assert "1 promise to keep." in week
    assert "Lena Park" in week

    client.post(reverse("rotations:task_done", args=[task.pk]))
    task.follow_up.refresh_from_db()
    assert task.follow_up.state == FollowUpState.DONE
    page = client.get(reverse("rotations:rotation", args=[rotation.pk])).content.decode()
    assert "Kept: Send the sepsis article." in page
    assert "promise to keep" not in client.get(reverse("network:this_week")).content.decode()


def test_it_refuses_a_promise_to_someone_not_met_there(
    client: Client, make_rotation: Callable[..., Rotation]
) -> None:
    rotation = make_rotation()
    stranger = Contact.objects.create(name="Someone Else")
    response = client.post(
        reverse("rotations:add_task", args=[rotation.pk]),
        {"contact": stranger.pk, "description": "Send it", "due_on": days(1)},
    )
    assert response.status_code == 400
    assert not FollowUp.objects.exists()
    with pytest.raises(services.RotationError, match="not one of the people met here"):
        services.add_task(rotation, stranger, "Send it", days(1))


def test_it_refuses_a_due_date_no_calendar_can_hold(
    client: Client, make_rotation: Callable[..., Rotation], meet: Callable[..., RotationMember]
) -> None:
    rotation = make_rotation()
    lena = meet(rotation, "Lena Park").contact
    response = client.post(
        reverse("rotations:add_task", args=[rotation.pk]),
        {"contact": lena.pk, "description": "Send it", "due_on": "9999-12-31"},
    )
    assert response.status_code == 400
    assert "Pick a day between 1990 and 2100." in response.content.decode()
    assert not FollowUp.objects.exists()
