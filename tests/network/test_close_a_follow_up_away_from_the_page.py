"""Done, snooze or dismiss a follow-up through the API and `matchwise follow-up`, by the services
the page's three buttons use; only an open (or snoozed) follow-up can be closed, and a snooze
goes to a day after today, a week ahead when none is given."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client

from matchwise.cli import main
from matchwise.network import clock
from matchwise.network.choices import Channel, FollowUpState
from matchwise.network.models import Contact, FollowUp, Interaction

pytestmark = pytest.mark.django_db


@pytest.fixture
def follow_up(make_contact: Callable[..., Contact], log: Callable[..., Interaction]) -> FollowUp:
    lena = make_contact("Lena Park")
    log(lena, clock.today(), Channel.CONFERENCE, topic="Poster session")
    found: FollowUp = lena.follow_ups.get()
    return found


def post(client: Client, path: str, body: dict[str, Any] | None = None) -> Any:
    return client.post(path, json.dumps(body or {}), content_type="application/json")


def state(follow_up: FollowUp) -> str:
    follow_up.refresh_from_db()
    return follow_up.state


def test_it_marks_done_and_dismisses_through_the_api(
    client: Client, follow_up: FollowUp, make_contact: Callable[..., Contact]
) -> None:
    response = post(client, f"/api/follow-ups/{follow_up.pk}/done")
    assert response.status_code == 200
    assert response.json()["state"] == "done"
    assert response.json()["closed_on"] == clock.today().isoformat()
    assert state(follow_up) == FollowUpState.DONE
    assert client.get("/api/due").json() == []
    again = post(client, f"/api/follow-ups/{follow_up.pk}/dismiss")
    assert again.status_code == 404
    assert again.json() == {"detail": f"no open follow-up with id {follow_up.pk}"}
    assert state(follow_up) == FollowUpState.DONE


def test_it_snoozes_through_the_api(client: Client, follow_up: FollowUp) -> None:
    path = f"/api/follow-ups/{follow_up.pk}/snooze"
    week = clock.today() + timedelta(days=7)
    assert post(client, path).status_code == 422  # `until` is required: null for a week
    response = post(client, path, {"until": None})
    assert response.status_code == 200
    assert (response.json()["state"], response.json()["due_on"]) == ("snoozed", week.isoformat())
    refused = post(client, path, {"until": clock.today().isoformat()})
    assert refused.status_code == 422
    assert refused.json()["detail"][0]["msg"] == "Pick a day after today."
    follow_up.refresh_from_db()
    assert follow_up.due_on == week
    dismissed = post(client, f"/api/follow-ups/{follow_up.pk}/dismiss")
    assert dismissed.json()["state"] == "dismissed"


def test_it_closes_on_the_command_line(
    capsys: pytest.CaptureFixture[str], follow_up: FollowUp
) -> None:
    assert main(["due"]) == 0
    assert f"[follow-up {follow_up.pk}]" in capsys.readouterr().out
    later = clock.today() + timedelta(days=3)
    assert main(["follow-up", "snooze", str(follow_up.pk), "--until", later.isoformat()]) == 0
    assert capsys.readouterr().out == (
        f"Snoozed: the follow-up with Lena Park, now due {later.isoformat()}.\n"
    )
    assert state(follow_up) == FollowUpState.SNOOZED
    assert main(["follow-up", "done", str(follow_up.pk)]) == 0
    assert capsys.readouterr().out == "Done: the follow-up with Lena Park.\n"
    assert state(follow_up) == FollowUpState.DONE


def test_it_refuses_on_the_command_line_in_one_line(
    capsys: pytest.CaptureFixture[str], follow_up: FollowUp
) -> None:
    today = clock.today().isoformat()
    assert main(["follow-up", "snooze", str(follow_up.pk), "--until", today]) == 1
    assert capsys.readouterr().err == "matchwise: --until: Pick a day after today.\n"
    assert main(["follow-up", "dismiss", str(follow_up.pk + 1)]) == 1
    assert capsys.readouterr().err == (
        f"matchwise: no open follow-up with id {follow_up.pk + 1} (see `matchwise due`)\n"
    )
    assert state(follow_up) == FollowUpState.OPEN
