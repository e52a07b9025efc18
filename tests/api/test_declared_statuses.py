"""Every operation declares each status the API answers it with, and each body fits the
declared schema: the statuses are provoked here on every operation of the OpenAPI document."""

from __future__ import annotations

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import Client

from matchwise.api.fields import MAX_ID
from tests.api.contract import Contract, Operation
from tests.api.naming_nothing import NAMING_NOTHING, send

pytestmark = pytest.mark.django_db


def kept(contract: Contract, operation: Operation, response: HttpResponse) -> list[str]:
    return contract.problems(operation, response)


def test_it_has_a_request_for_every_operation(contract: Contract) -> None:
    assert {op.label for op in contract.operations()} == set(NAMING_NOTHING)


def test_it_declares_not_found_exactly_where_it_answers_it(
    client: Client, contract: Contract
) -> None:
    problems = []
    for operation in contract.operations():
        response = send(client, operation)
        problems += kept(contract, operation, response)
        if (response.status_code == 404) != (404 in operation.declared):
            problems.append(f"{operation.label}: {response.status_code}, declares 404?")
    assert problems == []


def test_it_declares_415_on_every_write_sent_as_something_else(
    client: Client, contract: Contract
) -> None:
    problems = []
    writes = [op for op in contract.operations() if op.writes]
    for operation in writes:
        response = send(client, operation, body=b"channel=email", content_type="text/plain")
        assert response.status_code == 415, operation.label
        problems += kept(contract, operation, response)
    assert writes and problems == []


def test_it_declares_403_on_every_write_from_another_site(
    client: Client, contract: Contract
) -> None:
    problems = []
    writes = [op for op in contract.operations() if op.writes]
    for operation in writes:
        response = send(client, operation, headers={"Origin": "https://elsewhere.example"})
        assert response.status_code == 403, operation.label
        problems += kept(contract, operation, response)
    assert writes and problems == []


def test_it_declares_400_for_a_body_that_is_not_json(client: Client, contract: Contract) -> None:
    problems = []
    with_body = [op for op in contract.operations() if op.takes_body]
    for operation in with_body:
        response = send(client, operation, body=b'{"topic": ')
        assert response.status_code == 400, operation.label
        problems += kept(contract, operation, response)
    assert with_body and problems == []


def test_it_declares_422_for_a_body_of_the_wrong_shape(client: Client, contract: Contract) -> None:
    problems = []
    with_body = [op for op in contract.operations() if op.takes_body]
    for operation in with_body:
        for body in (b"[null, null]", b"{}", b'{"favourites": [{}]}', b"null"):
            response = send(client, operation, body=body)
            assert response.status_code == 422, (operation.label, body)
            problems += kept(contract, operation, response)
    assert with_body and problems == []


def test_it_declares_422_for_ids_out_of_the_database_range(
    client: Client, contract: Contract
) -> None:
    problems = []
    tried = 0
    for operation in contract.operations():
        for where in ("path", "query"):
            for parameter in operation.parameters(where):
                if "integer" not in str(parameter["schema"]):
                    continue
                for out_of_range in (MAX_ID + 1, 0, -1):
                    value = {parameter["name"]: out_of_range}
                    if where == "path":
                        response = send(client, operation, path=value)
                    else:
                        response = send(client, operation, query=value)
                    assert response.status_code == 422, (operation.label, value)
                    problems += kept(contract, operation, response)
                    tried += 1
    assert tried and problems == []


@pytest.mark.parametrize("label", sorted(NAMING_NOTHING))
def test_it_declares_503_for_a_busy_database(
    busy_database: None, client: Client, contract: Contract, label: str
) -> None:
    method, path = label.split(" ", 1)
    operation = contract.operation(method.lower(), path)
    response = send(client, operation)
    assert kept(contract, operation, response) == []
    if connection.vendor == "sqlite":  # there every operation reads a locked table
        assert response.status_code == 503
        assert response["Retry-After"] == "1"
