"""The tracker's pages: This week, the contacts list, a contact, logging a touch."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.choices import Channel, Direction
from matchwise.network.models import Contact, FollowUp, Interaction, Tag

pytestmark = pytest.mark.django_db


def test_it_welcomes_a_new_user_with_a_way_to_add_or_import(client: Client) -> None:
    page = client.get(reverse("network:this_week")).content.decode()
    assert reverse("network:contact_add") in page
    assert reverse("network:import") in page


def test_it_shows_this_weeks_follow_ups_with_reasons(
    client: Client, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    contact = make_contact("Lena Park")
    log(contact, date.today(), Channel.IN_PERSON, topic="Grand rounds")
    page = client.get(reverse("network:this_week")).content.decode()
    assert "Lena Park" in page
    assert "Met in person on" in page
    assert "coming up" in page
    assert "People reached out to" in page


def test_it_adds_a_contact_with_tags(client: Client) -> None:
    response = client.post(
        reverse("network:contact_add"),
        {"name": "Dr. Ana Silva", "role": "attending", "tag_names": "cardiology, mentor-candidate"},
    )
    contact = Contact.objects.get()
    assert response.status_code == 302
    assert sorted(t.name for t in contact.tags.all()) == ["cardiology", "mentor-candidate"]


def test_it_refuses_a_contact_without_a_name(client: Client) -> None:
    response = client.post(reverse("network:contact_add"), {"name": "", "role": "other"})
    assert response.status_code == 200
    assert not Contact.objects.exists()


def test_it_logs_a_touch_in_one_step_from_the_list(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    contact = make_contact()
    url = reverse("network:log_touch", args=[contact.pk])
    form = client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert f'value="{date.today().isoformat()}"' in form  # the date defaults to today
    missing_topic = client.post(
        url,
        {"occurred_on": date.today(), "channel": "call", "direction": "outbound", "topic": ""},
        headers={"HX-Request": "true"},
    )
    assert "This field is required" in missing_topic.content.decode()
    client.post(
        url,
        {
            "occurred_on": date.today(),
            "channel": "in_person",
            "direction": "outbound",
            "topic": "Coffee after clinic",
        },
        headers={"HX-Request": "true"},
    )
    assert contact.interactions.get().topic == "Coffee after clinic"
    assert contact.follow_ups.get().due_on == date.today() + timedelta(days=2)


def test_it_shows_the_whole_history_newest_first(
    client: Client, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    contact = make_contact()
    start = date(2024, 1, 1)
    for i in range(120):
        log(contact, start + timedelta(days=i), Channel.CALL, Direction.INBOUND, topic=f"Call {i}")
    page = client.get(reverse("network:contact", args=[contact.pk])).content.decode()
    assert page.count("Call ") >= 120
    assert page.index("Call 119") < page.index("Call 0")


def test_it_filters_and_searches_contacts(
    client: Client, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    a = make_contact("Ana Silva", institution="Lakeside General", role="resident")
    make_contact("Ben Cole", institution="Hilltop", email="ben@hilltop.example")
    quiet = make_contact("Cara Diaz", specialty="Neurology")
    log(quiet, date.today() - timedelta(days=200), Channel.CALL, Direction.INBOUND)
    a.tags.add(Tag.objects.create(name="usce"))

    def names(**query: str) -> list[str]:
        page = client.get(reverse("network:contacts"), query)
        return [row.contact.name for row in page.context["page"].object_list]

    assert names() == ["Ana Silva", "Ben Cole", "Cara Diaz"]
    assert names(q="lakeside") == ["Ana Silva"]
    assert names(q="ben@hilltop") == ["Ben Cole"]
    assert names(role="resident") == ["Ana Silva"]
    assert names(tag="USCE") == ["Ana Silva"]
    assert names(specialty="neuro") == ["Cara Diaz"]
    assert names(state="dormant") == ["Cara Diaz"]
    assert names(sort="-last_contacted") == ["Cara Diaz", "Ana Silva", "Ben Cole"]


def test_it_paginates_the_contacts_list(client: Client) -> None:
    Contact.objects.bulk_create(Contact(name=f"Person {i:03}") for i in range(120))
    page = client.get(reverse("network:contacts"), {"page": 3}).context["page"]
    assert (page.number, len(page.object_list), page.paginator.num_pages) == (3, 20, 3)


def test_it_marks_a_follow_up_done_and_it_is_gone(
    client: Client, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    log(make_contact(), date.today(), Channel.IN_PERSON)
    follow_up = FollowUp.objects.get()
    client.post(reverse("network:follow_up", args=[follow_up.pk]), {"action": "done"})
    assert "Met in person" not in client.get(reverse("network:this_week")).content.decode()


def test_it_snoozes_only_to_a_later_day(
    client: Client, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    log(make_contact(), date.today(), Channel.IN_PERSON)
    follow_up = FollowUp.objects.get()
    url = reverse("network:follow_up", args=[follow_up.pk])
    today = date.today().isoformat()
    assert client.post(url, {"action": "snooze", "until": today}).status_code == 400
    later = date.today() + timedelta(days=14)
    client.post(url, {"action": "snooze", "until": later.isoformat()})
    follow_up.refresh_from_db()
    assert (follow_up.state, follow_up.due_on) == ("snoozed", later)


def test_it_snoozes_for_a_week_when_no_day_is_picked(
    client: Client, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    log(make_contact(), date.today(), Channel.IN_PERSON)
    follow_up = FollowUp.objects.get()
    client.post(reverse("network:follow_up", args=[follow_up.pk]), {"action": "snooze"})
    follow_up.refresh_from_db()
    assert follow_up.due_on == date.today() + timedelta(days=7)


def test_it_deletes_a_touch_logged_by_mistake(
    client: Client, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    contact = make_contact()
    earlier = log(contact, date.today() - timedelta(days=5), Channel.CALL, Direction.INBOUND)
    mistake = log(contact, date.today(), Channel.CALL, Direction.INBOUND)
    client.post(reverse("network:delete_interaction", args=[contact.pk, mistake.pk]))
    contact.refresh_from_db()
    assert list(contact.interactions.all()) == [earlier]
    assert contact.last_contacted == earlier.occurred_on


def test_it_prefills_a_new_contact_from_the_link(client: Client) -> None:
    page = client.get(
        reverse("network:contact_add"), {"institution": "Fictional Bayview", "notes": "x"}
    )
    form = page.context["form"]
    assert form["institution"].value() == "Fictional Bayview"
    assert not form["notes"].value()


def test_it_links_a_contact_to_the_composer(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    contact = make_contact("Lena Park")
    page = client.get(reverse("network:contact", args=[contact.pk])).content.decode()
    link = f"{reverse('outreach:compose')}?contact={contact.pk}"
    assert link in page
    composer = client.get(link).content.decode()
    assert f'<option value="{contact.pk}" selected>' in composer


def test_it_filters_by_follow_up_state_source_and_institution_and_sorts_by_next_due(
    client: Client, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    today = date.today()
    met = make_contact("Met Recently", source="conference", institution="Lakeside General")
    log(met, today - timedelta(days=5), Channel.CONFERENCE)  # follow-up overdue
    soon = make_contact("Due Soon", source="usce", role="resident")
    log(soon, today, Channel.IN_PERSON)  # follow-up in two days
    settled = make_contact("All Settled", role="other")
    log(settled, today - timedelta(days=1), Channel.CALL, Direction.INBOUND)

    def names(**query: str) -> list[str]:
        page = client.get(reverse("network:contacts"), query)
        return [row.contact.name for row in page.context["page"].object_list]

    assert names(state="overdue") == ["Met Recently"]
    assert names(state="this_week") == ["Due Soon", "Met Recently"]
    assert names(source="usce") == ["Due Soon"]
    assert names(institution="lakeside") == ["Met Recently"]
    assert names(sort="next_due") == ["Met Recently", "Due Soon", "All Settled"]
    assert names(q="due", role="not-a-role") == ["Due Soon"]  # a bad value drops only itself


def test_it_offers_add_and_import_as_buttons_side_by_side(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    make_contact("Lena Park")
    page = client.get(reverse("network:contacts")).content.decode()
    heading = page[page.index("<h1>Contacts</h1>") : page.index("</hgroup>")]
    assert f'href="{reverse("network:contact_add")}" role="button"' in heading
    assert f'href="{reverse("network:import")}" role="button"' in heading
