"""The API's published contract, read from its own OpenAPI document, to hold responses against."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

import jsonschema_rs

WRITE_METHODS = frozenset({"post", "put", "patch", "delete"})


class Answer(Protocol):
    """What is read of a response: the test client's, or Django's own."""

    status_code: int
    content: bytes

    def __getitem__(self, header: str) -> str: ...


@dataclass(frozen=True)
class Operation:
    method: str
    path: str  # as in the document, e.g. /api/contacts/{contact_id}/interactions
    spec: dict[str, Any]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def declared(self) -> set[int]:
        return {int(status) for status in self.spec["responses"]}

    @property
    def writes(self) -> bool:
        return self.method in WRITE_METHODS

    @property
    def takes_body(self) -> bool:
        return "requestBody" in self.spec

    def parameters(self, where: str) -> list[dict[str, Any]]:
        return [p for p in self.spec.get("parameters", []) if p["in"] == where]

    def url(self, **values: object) -> str:
        return self.path.format(**values)


class Contract:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def operations(self) -> Iterator[Operation]:
        for path, methods in self.document["paths"].items():
            for method, spec in methods.items():
                yield Operation(method, path, spec)

    def operation(self, method: str, path: str) -> Operation:
        return Operation(method, path, self.document["paths"][path][method])

    def problems(self, operation: Operation, response: Answer) -> list[str]:
        """Why this response breaks what the operation declares (nothing when it keeps to it)."""
        status = str(response.status_code)
        declared = operation.spec["responses"].get(status)
        if declared is None:
            listed = ", ".join(sorted(operation.spec["responses"]))
            return [f"{operation.label} answered {status}, which it does not declare ({listed})"]
        if response["Content-Type"].split(";")[0] != "application/json":
            return [f"{operation.label} answered {status} as {response['Content-Type']}, not JSON"]
        schema = declared["content"]["application/json"]["schema"]
        validator = jsonschema_rs.validator_for(
            {**schema, "components": self.document["components"]}
        )
        body = json.loads(response.content)
        return [
            f"{operation.label} {status}: {error.message} at {list(error.instance_path)}"
            for error in validator.iter_errors(body)
        ]
