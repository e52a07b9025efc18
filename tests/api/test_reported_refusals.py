"""The requests a reliability pass found answered wrongly, sent exactly as reported: each gets
a declared status and a body that fits the declared schema, and no route answers 401."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from tests.api.contract import Contract
from tests.api.naming_nothing import PROFILE

pytestmark = pytest.mark.django_db
JSON = "application/json"
JSON_ONLY = "send the request body as JSON, with the header Content-Type: application/json"


def test_it_describes_a_template_list_of_nulls(client: Client, contract: Contract) -> None:
    response = client.post("/api/templates", b"[null, null]", content_type=JSON)
    assert response.status_code == 422
    assert contract.problems(contract.operation("post", "/api/templates"), response) == []
    assert [p["loc"] for p in response.json()["detail"]] == [["body", "data"]]


def test_it_describes_an_empty_object_as_a_favourite(client: Client, contract: Contract) -> None:
    body = json.dumps({**PROFILE, "favourites": [{}]})
    response = client.post("/api/shortlist", body, content_type=JSON)
    assert response.status_code == 422
    assert contract.problems(contract.operation("post", "/api/shortlist"), response) == []
    assert [p["loc"] for p in response.json()["detail"]] == [["body", "payload", "favourites", 0]]


def test_it_refuses_a_contact_id_just_past_the_largest(client: Client, contract: Contract) -> None:
    response = client.get("/api/messages?contact_id=9223372036854775808")
    assert response.status_code == 422
    assert contract.problems(contract.operation("get", "/api/messages"), response) == []


@pytest.mark.parametrize("content_type", ["", "text/plain", "application/x-www-form-urlencoded"])
def test_it_answers_415_with_a_message_when_the_body_is_not_sent_as_json(
    client: Client, contract: Contract, content_type: str
) -> None:
    response = client.generic("POST", "/api/templates", b'{"slug": "x"}', content_type)
    assert response.status_code == 415
    assert response.json() == {"detail": JSON_ONLY}
    assert contract.problems(contract.operation("post", "/api/templates"), response) == []


def test_it_declares_400_and_404_and_never_401(contract: Contract) -> None:
    declared = set().union(*(operation.declared for operation in contract.operations()))
    assert {400, 404} <= declared
    assert 401 not in declared  # nothing asks for a login: a wrong content type is a 415
