"""A rotation is added, people met there are recorded, and its page shows the plan."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.choices import Channel, Direction, Role, Source
from matchwise.network.models import Contact, Interaction
from matchwise.programs.models import Catalogue, Program
from matchwise.rotations import services
from matchwise.rotations.models import Rotation, RotationMember
from matchwise.rotations.vocabulary import MemberRole
from tests.rotations.conftest import days

pytestmark = pytest.mark.django_db


def test_it_adds_a_rotation_from_the_form(client: Client) -> None:
    response = client.post(
        reverse("rotations:add"),
        {
            "kind": "observership",
            "institution": "Lakeside General Hospital",
            "service": "Cardiology consults",
            "starts_on": days(0).isoformat(),
            "ends_on": days(27).isoformat(),
            "attending_target": "2",
            "resident_target": "3",
        },
    )
    rotation = Rotation.objects.get()
    assert response["Location"] == reverse("rotations:rotation", args=[rotation.pk])
    page = client.get(response["Location"]).content.decode()
    assert "Observership: Cardiology consults at Lakeside General Hospital" in page
    assert "Rotations" in client.get(reverse("rotations:rotations")).content.decode()


def test_it_refuses_a_rotation_that_ends_before_it_starts(client: Client) -> None:
    response = client.post(
        reverse("rotations:add"),
        {
            "kind": "observership",
            "institution": "Lakeside",
            "starts_on": days(5).isoformat(),
            "ends_on": days(1).isoformat(),
            "attending_target": "2",
            "resident_target": "3",
        },
    )
    assert response.status_code == 400
    assert "The rotation cannot end before it starts." in response.content.decode()
    assert not Rotation.objects.exists()


def test_it_adds_a_new_person_as_a_contact_met_there(
    client: Client, make_rotation: Callable[..., Rotation]
) -> None:
    rotation = make_rotation()
    client.post(
        reverse("rotations:add_person", args=[rotation.pk]),
        {"honorific": "Dr.", "name": "Lena Park", "role": "attending", "chosen": "on"},
    )
    contact = Contact.objects.get()
    assert (contact.institution, contact.role, contact.source) == (
        "Lakeside General Hospital",
        Role.ATTENDING,
        Source.USCE,
    )
    member = RotationMember.objects.get()
    assert member.member_role is MemberRole.ATTENDING and member.chosen


def test_it_adds_an_existing_contact_and_refuses_a_nameless_person(
    client: Client, make_rotation: Callable[..., Rotation]
) -> None:
    rotation = make_rotation()
    omar = Contact.objects.create(name="Omar Haddad")
    url = reverse("rotations:add_person", args=[rotation.pk])
    client.post(url, {"contact": omar.pk, "role": "resident"})
    assert RotationMember.objects.get().contact == omar
    refused = client.post(url, {"role": "resident"})
    assert refused.status_code == 400
    assert "Type their name, or choose one of your contacts." in refused.content.decode()
    assert RotationMember.objects.count() == 1


def test_it_shows_who_is_on_track_against_the_targets(
    client: Client,
    make_rotation: Callable[..., Rotation],
    meet: Callable[..., RotationMember],
    log: Callable[..., Interaction],
) -> None:
    rotation = make_rotation()
    lena = meet(rotation, "Lena Park").contact
    meet(rotation, "Omar Haddad", MemberRole.RESIDENT)
    for back in (3, 2, 1):
        log(lena, days(-back), Channel.IN_PERSON, Direction.OUTBOUND, topic="Ward round")
    page = client.get(reverse("rotations:rotation", args=[rotation.pk])).content.decode()
    assert "Attendings to get to know: <strong>1 of 2 on track</strong> (1 still to choose)" in page
    assert "Residents: <strong>0 of 3 on track</strong> (2 still to choose)" in page
    assert "on track" in page and "not yet" in page


def test_it_marks_that_someone_saw_your_work(
    client: Client, make_rotation: Callable[..., Rotation], meet: Callable[..., RotationMember]
) -> None:
    member = meet(make_rotation(), "Lena Park")
    client.post(
        reverse("rotations:member", args=[member.pk]),
        {"role": "attending", "chosen": "on", "saw_work": "on"},
    )
    member.refresh_from_db()
    assert member.saw_work and member.chosen


def test_it_escapes_contact_names_in_the_choice_of_contacts(
    client: Client, make_rotation: Callable[..., Rotation]
) -> None:
    rotation = make_rotation()
    hostile = Contact.objects.create(name="<script>alert(1)</script>", honorific="Dr.")
    page = client.get(reverse("rotations:rotation", args=[rotation.pk])).content.decode()
    assert (
        f'<option value="{hostile.pk}">Dr. &lt;script&gt;alert(1)&lt;/script&gt;</option>' in page
    )
    assert "<script>alert(1)" not in page


def test_it_deletes_a_rotation_and_keeps_the_contacts_and_their_follow_ups(
    client: Client, make_rotation: Callable[..., Rotation], meet: Callable[..., RotationMember]
) -> None:
    rotation = make_rotation()
    lena = meet(rotation, "Lena Park").contact
    services.add_task(rotation, lena, "Send the article", days(1))
    edit = client.get(reverse("rotations:edit", args=[rotation.pk])).content.decode()
    assert "Delete the rotation" in edit
    response = client.post(reverse("rotations:delete", args=[rotation.pk]))
    assert response["Location"] == reverse("rotations:rotations")
    assert not Rotation.objects.exists() and not RotationMember.objects.exists()
    assert lena.follow_ups.count() == 1


def test_it_offers_to_log_a_touch_with_each_person(
    client: Client, make_rotation: Callable[..., Rotation], meet: Callable[..., RotationMember]
) -> None:
    rotation = make_rotation()
    lena = meet(rotation, "Lena Park").contact
    page = client.get(reverse("rotations:rotation", args=[rotation.pk])).content.decode()
    assert f'hx-get="{reverse("network:log_touch", args=[lena.pk])}"' in page


def test_it_shows_on_the_contact_page_where_you_met_them(
    client: Client, make_rotation: Callable[..., Rotation], meet: Callable[..., RotationMember]
) -> None:
    rotation = make_rotation()
    lena = meet(rotation, "Lena Park").contact
    page = client.get(reverse("network:contact", args=[lena.pk])).content.decode()
    assert "Met on" in page and reverse("rotations:rotation", args=[rotation.pk]) in page
    assert "(attending (or supervisor))" in page


def test_it_names_the_program_when_a_catalogue_has_it(
    client: Client, make_rotation: Callable[..., Rotation]
) -> None:
    catalogue = Catalogue.objects.create(name="IM 2026", source="test")
    Program.objects.create(
        catalogue=catalogue,
        program_id="1234567",
        name="Lakeside General — Internal Medicine",
        specialty="Internal Medicine",
        source="test",
        as_of=days(-100),
    )
    known = make_rotation(program_id="1234567")
    page = client.get(reverse("rotations:rotation", args=[known.pk])).content.decode()
    assert '<span id="program">Lakeside General — Internal Medicine</span>' in page
    unknown = make_rotation(program_id="999")
    page = client.get(reverse("rotations:rotation", args=[unknown.pk])).content.decode()
    assert "program 999 (not in your catalogues)" in page
