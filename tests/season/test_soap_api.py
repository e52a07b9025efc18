"""SOAP's routes: the same services and checks as the pages and the command line."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from matchwise.api.season_soap import Answer
from matchwise.season.models import SoapProgram
from matchwise.season.soap_rules import ANSWERS
from tests.season.soap_fixtures import many

pytestmark = pytest.mark.django_db


def post(client: Client, url: str, data: dict[str, Any]) -> Any:
    return client.post(url, json.dumps(data), content_type="application/json")


def test_it_walks_soap_through_the_api(client: Client) -> None:
    added = post(
        client,
        "/api/season/soap/programs",
        {"text": "1234120C0 Lakeside Family Medicine\n1234140C0 Riverside Internal Medicine"},
    )
    assert added.status_code == 201, added.content
    first, second = (row["id"] for row in added.json())
    applied = post(client, f"/api/season/soap/programs/{first}/application", {})
    assert applied.status_code == 200 and applied.json()["applied_at"]
    offer = post(client, f"/api/season/soap/programs/{first}/offers", {"round": 2})
    assert offer.status_code == 201 and offer.json()["state"] == "received"
    answered = post(
        client, f"/api/season/soap/offers/{offer.json()['id']}/answer", {"state": "accepted"}
    )
    assert answered.status_code == 200 and answered.json()["state"] == "accepted"
    state = client.get("/api/season/soap").json()
    assert (state["applied"], state["application_cap"], state["remaining"]) == (1, 45, 44)
    assert state["accepted"] == "Lakeside Family Medicine"
    listed = client.get("/api/season/soap/programs").json()
    assert [len(row["offers"]) for row in listed] == [1, 0]
    refused = post(client, f"/api/season/soap/programs/{second}/offers", {"round": 1})
    assert refused.status_code == 422
    assert "SOAP is over" in refused.json()["detail"][0]["msg"]


def test_it_names_each_line_of_a_bad_list_and_stores_nothing(client: Client) -> None:
    response = post(client, "/api/season/soap/programs", {"text": "name,positions\nA,0\nB,x\n"})
    assert response.status_code == 422
    messages = [p["msg"] for p in response.json()["detail"]]
    assert messages[0].startswith("line 2, positions:") and messages[1].startswith("line 3")
    assert response.json()["detail"][0]["loc"] == ["body", "data", "text"]
    assert not SoapProgram.objects.exists()


def test_it_refuses_the_46th_application(client: Client) -> None:
    programs = many(46)
    SoapProgram.objects.filter(pk__in=[p.pk for p in programs[:45]]).update(
        applied_at="2027-03-16T15:00:00Z"
    )
    response = post(client, f"/api/season/soap/programs/{programs[45].pk}/application", {})
    assert response.status_code == 422
    assert "at most 45 applications" in response.json()["detail"][0]["msg"]


def test_it_answers_404_for_an_unknown_program(client: Client) -> None:
    assert post(client, "/api/season/soap/programs/99/application", {}).status_code == 404


def test_it_takes_exactly_the_answers_the_rules_allow() -> None:
    assert {a.value for a in Answer} == {s.value for s in ANSWERS}
