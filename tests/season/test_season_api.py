"""The season's routes: the same services and checks as the pages and the command line."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from matchwise.programs.catalogues import sample_programs
from matchwise.season.models import Application

pytestmark = pytest.mark.django_db


def send(client: Client, method: str, url: str, data: dict[str, Any]) -> Any:
    call = client.post if method == "post" else client.put
    return call(url, json.dumps(data), content_type="application/json")


def test_it_walks_an_application_through_the_season(client: Client) -> None:
    program = next(p for p in sample_programs() if p.state == "TX" and not p.zip)
    added = send(client, "post", "/api/season/applications", {"program_id": program.program_id})
    assert added.status_code == 201, added.content
    application_id = added.json()["id"]
    base = f"/api/season/applications/{application_id}"
    invited = send(client, "post", f"{base}/invitation", {"slots": ["2027-01-12 09:00"]})
    assert invited.status_code == 201
    [slot] = invited.json()["slots"]
    assert slot["starts_at"] == "2027-01-12T09:00:00-06:00"
    waiting = client.get("/api/season/invitations").json()
    assert [w["application_id"] for w in waiting] == [application_id]
    booked = send(client, "post", f"{base}/schedule", {"slot_id": slot["id"], "mode": "virtual"})
    assert booked.status_code == 200 and booked.json()["status"] == "scheduled"
    assert booked.json()["interview_at"] == "2027-01-12T09:00:00-06:00"
    assert client.get("/api/season/invitations").json() == []
    done = send(client, "post", f"{base}/status", {"status": "interviewed"})
    assert done.status_code == 200
    ranked = send(client, "put", "/api/season/rank-list", {"program_ids": [program.program_id]})
    assert ranked.status_code == 200 and ranked.json()[0]["rank"] == 1
    assert client.get("/api/season/rank-list").json()[0]["status"] == "ranked"


@pytest.mark.parametrize(
    ("path", "method", "body", "field", "words"),
    [
        ("", "post", {"status": "ranked"}, "status", "cannot become “Ranked” directly"),
        ("/invitation", "post", {"slots": ["soon"]}, "slots", "YYYY-MM-DD HH:MM"),
        (
            "/schedule",
            "post",
            {"at": "2027-03-14 02:30", "mode": "virtual"},
            "at",
            "does not exist",
        ),
        ("/schedule", "post", {"slot_id": 99, "mode": "virtual"}, "slot_id", "no date of that"),
        ("/schedule", "post", {"mode": "in_person"}, "at", "give the interview's date and time"),
    ],
)
def test_it_answers_422_with_the_field_and_the_reason(
    client: Client,
    make_application: Callable[..., Application],
    path: str,
    method: str,
    body: dict[str, Any],
    field: str,
    words: str,
) -> None:
    application = make_application(state="NY")
    url = f"/api/season/applications/{application.pk}{path or '/status'}"
    response = send(client, method, url, body)
    assert response.status_code == 422
    [found] = response.json()["detail"]
    assert found["loc"][-1] == field and words in found["msg"]


def test_it_refuses_an_unknown_program_and_a_bad_rank_list(
    client: Client, make_application: Callable[..., Application]
) -> None:
    response = send(client, "post", "/api/season/applications", {"program_id": "nope"})
    assert response.status_code == 422 and "no program “nope”" in json.dumps(
        response.json(), ensure_ascii=False
    )
    make_application(program_id="P9")
    response = send(client, "put", "/api/season/rank-list", {"program_ids": ["P9"]})
    assert response.status_code == 422 and "only programs you interviewed at" in json.dumps(
        response.json(), ensure_ascii=False
    )
    assert client.get("/api/season/applications/999").status_code == 404
