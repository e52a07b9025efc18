"""Refusals come in the declared shapes: {"detail": "one line"}, or for 422 a list of problems
each with its place, message and kind — whichever layer (schema, form, service) found them."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from matchwise.outreach.models import MessageTemplate
from tests.api.contract import Contract
from tests.api.naming_nothing import PROFILE

pytestmark = pytest.mark.django_db
JSON = "application/json"


def post(client: Client, url: str, body: Any, method: str = "post") -> Any:
    return getattr(client, method)(url, json.dumps(body), content_type=JSON)


def test_it_describes_a_template_that_is_not_an_object(client: Client, contract: Contract) -> None:
    for method, url, path in [
        ("post", "/api/templates", "/api/templates"),
        ("put", "/api/templates/thank-you", "/api/templates/{slug}"),
    ]:
        response = post(client, url, [None, None], method)
        assert response.status_code == 422
        assert contract.problems(contract.operation(method, path), response) == []
        (problem,) = response.json()["detail"]
        assert (problem["loc"], problem["type"]) == (["body", "data"], "model_attributes_type")


def test_it_places_a_bad_favourite_by_its_index(client: Client, contract: Contract) -> None:
    response = post(client, "/api/shortlist", {**PROFILE, "favourites": ["A-1", {}]})
    assert response.status_code == 422
    assert contract.problems(contract.operation("post", "/api/shortlist"), response) == []
    assert [p["loc"] for p in response.json()["detail"]] == [["body", "payload", "favourites", 1]]


def test_it_gives_the_services_problems_the_same_shape(client: Client, contract: Contract) -> None:
    operation = contract.operation("post", "/api/shortlist")
    changes: list[tuple[dict[str, Any], int]] = [
        ({"step2_score": 999}, 422),
        ({"catalogue": "nowhere"}, 404),
    ]
    for change, status in changes:
        response = post(client, "/api/shortlist", {**PROFILE, **change})
        assert response.status_code == status
        assert contract.problems(operation, response) == []
        assert {p["type"] for p in response.json()["detail"]} <= {"value_error", "not_found"}


def test_it_gives_the_template_forms_problems_by_field(client: Client, contract: Contract) -> None:
    body = {"slug": "mine", "name": "Mine", "kind": "update", "body": "Hi {contact.nmae}"}
    response = post(client, "/api/templates", body)
    assert response.status_code == 422
    assert contract.problems(contract.operation("post", "/api/templates"), response) == []
    assert list(response.json()["detail"]) == ["body"]
    assert not MessageTemplate.objects.filter(slug="mine").exists()


def test_it_names_a_key_it_does_not_know(client: Client) -> None:
    touch = {"channel": "email", "topic": "Question", "reply_recieved": True}
    response = post(client, "/api/contacts/1/interactions", touch)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "touch", "reply_recieved"]


def test_it_takes_back_a_template_as_it_was_read(client: Client) -> None:
    template = client.get("/api/templates/thank-you").json()
    assert {"id", "builtin"} <= set(template)
    assert post(client, "/api/templates/thank-you", template, "put").status_code == 200


def test_it_says_what_is_not_found(client: Client) -> None:
    response = client.get("/api/templates/no-such-template")
    assert response.status_code == 404
    assert "MessageTemplate" in response.json()["detail"]
    sent = client.post("/api/messages/77/sent", content_type=JSON)
    assert sent.json() == {"detail": "no draft with id 77: it does not exist or was sent already"}
