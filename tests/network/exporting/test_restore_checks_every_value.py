"""A restore checks every value by the rules of the forms, and writes nothing when one fails."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.apps import apps

from matchwise.network.exporting.backup import (
    BACKED_UP_MODELS,
    REPLACED_ON_RESTORE,
    BackupError,
    restore,
)
from matchwise.network.models import Contact
from matchwise.outreach.models import MessageTemplate
from tests.network.exporting.backups import backup_file, spoiled, valid_objects

pytestmark = pytest.mark.django_db
TOMORROW = (date.today() + timedelta(days=1)).isoformat()
CONTACT = "object 2 (network.contact, pk 1)"
INTERACTION = "object 3 (network.interaction, pk 1)"


def nested(depth: int) -> list[Any]:
    value: list[Any] = ["Internal Medicine"]
    for _ in range(depth):
        value = [value]
    return value


def assert_nothing_written() -> None:
    """No data row, and the library a fresh database holds is still there."""
    for label in BACKED_UP_MODELS:
        if label not in REPLACED_ON_RESTORE:
            assert not apps.get_model(label)._default_manager.exists(), label
    assert MessageTemplate.objects.filter(builtin=True).exists()


def refusal(objects: list[Any]) -> str:
    with pytest.raises(BackupError) as caught:
        restore(backup_file(objects), "backup.json")
    assert_nothing_written()
    assert caught.value.message.startswith("backup.json cannot be restored: 1 problem found")
    assert len(caught.value.problems) == 1
    return caught.value.problems[0]


def test_it_restores_the_valid_objects_the_other_tests_spoil() -> None:
    restored = restore(backup_file(valid_objects()), "backup.json")
    assert restored.total == len(valid_objects())
    assert Contact.objects.get().linkedin_link.startswith("https://")


def test_it_refuses_a_script_address_as_a_linkedin_profile() -> None:
    objects = spoiled("network.contact", linkedin_url="javascript:alert(document.domain)")
    assert refusal(objects) == (
        f"{CONTACT}, linkedin_url: Enter a web address that starts with http:// or https://."
    )


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"linkedin_url": "ftp://example.org/cv.pdf"}, "linkedin_url: Enter a web address"),
        ({"linkedin_url": "data:text/html,<b>x</b>"}, "linkedin_url: Enter a web address"),
        ({"email": "not an email"}, "email: Enter a valid email address."),
        ({"name": "x" * 10_000}, "name: Ensure this value has at most 200 characters"),
        ({"name": ["Ana", "Souza"]}, "name: expected text, found a list"),
        ({"name": {"first": "Ana"}}, "name: expected text, found an object"),
        ({"name": 7}, "name: expected text, found a whole number"),
        ({"name": None}, "name: cannot be empty (null)"),
        ({"name": ""}, "name: This field cannot be blank."),
        ({"name": "Ana\x00Souza"}, "name: contains a control character (U+0000) at position 4"),
        ({"notes": "red \x1b[31m text"}, "notes: contains a control character (U+001B)"),
        ({"name": "Ana \ud800"}, "name: contains a lone surrogate (U+D800), which is not text"),
        ({"role": "wizard"}, "role: Value 'wizard' is not a valid choice."),
        ({"source": "carrier pigeon"}, "source: Value 'carrier pigeon' is not a valid choice."),
        ({"cadence_ideal_days": -5}, "cadence_ideal_days: Ensure this value is greater than"),
        ({"cadence_ideal_days": 2.5}, "cadence_ideal_days: expected a whole number, found a"),
        (
            {"cadence_ideal_days": 30, "cadence_max_days": 10},
            "cadence_max_days: The longest gap cannot be shorter than the ideal.",
        ),
        ({"created_at": "2026-01-05T09:30:00"}, "created_at: a date and time without its time"),
        ({"created_at": "yesterday"}, "created_at: expected a date and time"),
        ({"tags": [1, 1]}, "tags: lists the same row twice"),
        ({"tags": "research"}, "tags: expected a list of whole numbers"),
        ({"tags": [99]}, "tags: refers to network.tag 99, which is not in the file"),
        ({"met_through": 1.0}, "met_through: expected the key (a whole number)"),
        ({"met_through": 42}, "met_through: refers to network.contact 42, which is not in"),
        ({"shoe_size": 44}, "shoe_size: no such field"),
        ({"id": 3}, "id: no such field"),
    ],
)
def test_it_checks_each_field_of_a_contact(fields: dict[str, Any], expected: str) -> None:
    assert refusal(spoiled("network.contact", **fields)).startswith(f"{CONTACT}, {expected}")


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"occurred_on": TOMORROW}, "occurred_on: This date is in the future"),
        ({"occurred_on": "2026-02-30"}, "occurred_on: “2026-02-30” value has the correct format"),
        ({"occurred_on": 20260105}, "occurred_on: expected a date as text"),
        ({"reply_received": "yes"}, "reply_received: expected true or false, found text"),
        ({"reply_received": 1}, "reply_received: expected true or false, found a whole number"),
        ({"channel": "pigeon"}, "channel: Value 'pigeon' is not a valid choice."),
        ({"topic": ""}, "topic: This field cannot be blank."),
        ({"contact": "1"}, "contact: expected the key (a whole number) of the row it refers to"),
        ({"contact": True}, "contact: expected the key (a whole number) of the row it refers to"),
        ({"contact": None}, "contact: cannot be empty (null)"),
        ({"contact": 2**70}, f"contact: refers to network.contact {2**70}, which is not in"),
    ],
)
def test_it_checks_each_field_of_an_interaction(fields: dict[str, Any], expected: str) -> None:
    assert refusal(spoiled("network.interaction", **fields)).startswith(
        f"{INTERACTION}, {expected}"
    )


def test_it_refuses_an_interaction_without_its_contact_or_topic() -> None:
    objects = valid_objects()
    del objects[2]["fields"]["contact"]
    assert refusal(objects) == f"{INTERACTION}, contact: missing"


@pytest.mark.parametrize(
    ("model", "fields", "expected"),
    [
        (
            "network.preferences",
            {"calendar_token": "guessable"},
            "object 4 (network.preferences, pk 1), calendar_token: A calendar key is 43 letters",
        ),
        (
            "network.preferences",
            {"calendar_token": "x" * 42 + "/"},
            "object 4 (network.preferences, pk 1), calendar_token: A calendar key is 43 letters",
        ),
        (
            "network.preferences",
            {"no_reply_days": 0},
            "object 4 (network.preferences, pk 1), no_reply_days: Choose between 1 and 60 days.",
        ),
        (
            "programs.catalogue",
            {"layout": "pdf"},
            "object 5 (programs.catalogue, pk 1), layout: Value 'pdf' is not a valid choice.",
        ),
        (
            "programs.program",
            {"interview_rate_non_us_img": float("nan")},
            "object 6 (programs.program, pk 1), interview_rate_non_us_img: expected a number, "
            "found nan",
        ),
        (
            "programs.program",
            {"positions": -3},
            "object 6 (programs.program, pk 1), positions: Ensure this value is greater than",
        ),
        (
            "programs.program",
            {"catalogue": 2},
            "object 6 (programs.program, pk 1), catalogue: refers to programs.catalogue 2",
        ),
        (
            "programs.savedprofile",
            {"specialties": ["Internal Medicine", "Neuro\x00logy"]},
            "object 7 (programs.savedprofile, pk 1), specialties: contains a control character",
        ),
        (
            "programs.savedprofile",
            {"specialties": nested(40)},
            "object 7 (programs.savedprofile, pk 1), specialties: nested more than 32 levels",
        ),
        (
            "outreach.conference",
            {"ends_on": "2026-04-01"},
            "object 8 (outreach.conference, pk 1), ends_on: The last day cannot come before",
        ),
        (
            "outreach.conference",
            {"presenting": "poster"},
            "object 8 (outreach.conference, pk 1), presentation_title: Give the title of your",
        ),
        (
            "outreach.goal",
            {"target": 0},
            "object 9 (outreach.goal, pk 1), target: Aim for at least one.",
        ),
        (
            "outreach.goal",
            {"title": "  "},
            "object 9 (outreach.goal, pk 1), title: Say what you will count.",
        ),
    ],
)
def test_it_checks_the_settings_programs_and_playbook_too(
    model: str, fields: dict[str, Any], expected: str
) -> None:
    assert refusal(spoiled(model, **fields)).startswith(expected)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"pk": 1.0}, "object 2 (network.contact), pk: expected a whole number, found a number"),
        ({"pk": True}, "object 2 (network.contact), pk: expected a whole number, found true"),
        ({"pk": "1"}, "object 2 (network.contact), pk: expected a whole number, found text"),
        (
            {"pk": 2**70},
            f"object 2 (network.contact), pk: {2**70} is outside 1 to {2**63 - 1}",
        ),
        ({"pk": 0}, "object 2 (network.contact), pk: 0 is outside 1 to"),
        ({"fields": ["Ana"]}, "object 2 (network.contact, pk 1), fields: expected an object"),
        ({"model": "network.weektally"}, "object 2, model: unknown kind of object"),
        ({"model": ["network.contact"]}, "object 2, model: unknown kind of object a list"),
        ({"extra": 1}, "object 2 (network.contact), extra: not part of a backed-up object"),
    ],
)
def test_it_checks_each_object_s_kind_and_key(change: dict[str, Any], expected: str) -> None:
    objects = valid_objects()
    objects[1] |= change
    # Without its contact, the interaction's reference is one more problem: leave it out.
    del objects[2]
    assert refusal(objects).startswith(expected)


def test_it_refuses_entries_that_are_not_objects() -> None:
    assert refusal([*valid_objects(), "network.tag"]) == (
        "object 10: expected an object, found text"
    )


def test_it_refuses_two_rows_with_one_key_or_one_unique_value() -> None:
    twin = {"model": "network.tag", "pk": 1, "fields": {"name": "usce"}}
    assert refusal([*valid_objects(), twin]) == (
        "object 10 (network.tag, pk 1), pk: the same key as object 1"
    )
    same_name = {"model": "network.tag", "pk": 2, "fields": {"name": "research"}}
    assert refusal([*valid_objects(), same_name]) == (
        "object 10 (network.tag, pk 2), name: the same name as object 1; it must be unique"
    )
