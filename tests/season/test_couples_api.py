"""Couples mode over the API: the same services and rules as the page and the command line."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from django.test import Client

from matchwise.season import services
from matchwise.season.models import Application, CouplePair
from matchwise.season.vocabulary import Status

pytestmark = pytest.mark.django_db


def send(client: Client, method: str, url: str, data: dict[str, Any]) -> Any:
    call = client.post if method == "post" else client.put
    return call(url, json.dumps(data), content_type="application/json")


@pytest.fixture
def alpha(make_application: Callable[..., Application]) -> Application:
    made = make_application("Alpha IM", program_id="A")
    services.change_status(made, Status.INTERVIEWED, date(2027, 1, 20), "Interviewed")
    return made


def test_it_sets_the_partner_and_the_pairs(client: Client, alpha: Application) -> None:
    assert client.get("/api/season/partner").status_code == 404
    named = send(client, "put", "/api/season/partner", {"name": "Sam Lee", "specialty": "Peds"})
    assert named.status_code == 200 and named.json()["programs"] == []
    added = send(
        client, "post", "/api/season/partner/programs", {"program_id": "PED1", "name": "Harbor"}
    )
    assert added.status_code == 201 and added.json()["name"] == "Harbor"
    pairs = [
        {"mine": "A", "partner": "PED1"},
        {"mine": "A", "partner": None},
        {"mine": None, "partner": "PED1"},
    ]
    stored = send(client, "put", "/api/season/couple-list", {"pairs": pairs})
    assert stored.status_code == 200, stored.content
    listed = client.get("/api/season/couple-list").json()
    assert listed == stored.json()
    assert listed[0] == {
        "rank": 1,
        "mine": {"program_id": "A", "name": "Alpha IM", "catalogue": ""},
        "partner": {"program_id": "PED1", "name": "Harbor", "catalogue": ""},
        "reason": "",
    }
    assert listed[1]["partner"] is None and listed[2]["mine"] is None
    assert client.get("/api/season/partner").json()["programs"][0]["program_id"] == "PED1"


@pytest.mark.parametrize(
    ("pairs", "words"),
    [
        ([{"mine": None, "partner": None}], "Pair 1 is “no match” on both sides"),
        ([{"mine": "Z", "partner": None}], "Pair 1: no application to a program “Z”."),
        ([{"mine": "A", "partner": "X"}, {"mine": "A", "partner": "X"}], "Pair 2 repeats pair 1"),
    ],
)
def test_it_refuses_what_the_rules_refuse_with_422(
    client: Client, alpha: Application, pairs: list[dict[str, Any]], words: str
) -> None:
    send(client, "put", "/api/season/partner", {"name": "Sam"})
    refused = send(client, "put", "/api/season/couple-list", {"pairs": pairs})
    assert refused.status_code == 422
    [problem] = refused.json()["detail"]
    assert problem["loc"] == ["body", "data", "pairs"] and words in problem["msg"]
    assert not CouplePair.objects.exists()


def test_it_needs_a_partner_before_their_programs(client: Client) -> None:
    refused = send(client, "post", "/api/season/partner/programs", {"program_id": "PED1"})
    assert refused.status_code == 422
    assert refused.json()["detail"][0]["loc"] == ["body", "data", "partner"]
