"""What the API answers when it cannot do what was asked, and the statuses each route declares.

Every error is `{"detail": "one line"}` — except 422, whose `detail` lists the problems found in
the request, each with where it is (`loc`), what is wrong (`msg`) and its kind (`type`), the
shape ninja gives validation errors. Each route declares the statuses it can answer by joining
the sets below, and the handlers installed here make the real bodies match those schemas.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.db import DataError, OperationalError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.errors import HttpError
from pydantic import Field

from matchwise.api.busy import is_busy

E = TypeVar("E", bound=Exception)

BUSY_MESSAGE = "the database is busy with another change; try again in a moment"
RETRY_AFTER_SECONDS = 1
NUL_MESSAGE = "text may not contain the NUL character (\\u0000)"


class ErrorOut(Schema):
    detail: str = Field(description="What went wrong, in one line")


class ProblemOut(Schema):
    type: str = Field(description="The kind of problem, e.g. missing or value_error")
    loc: list[str | int] = Field(description='Where: e.g. ["body", "data", "slug"]')
    msg: str


class ProblemsOut(Schema):
    detail: list[ProblemOut]


# Every route reads or writes the database, which may be busy with another change.
BUSY: dict[int, Any] = {503: ErrorOut}
# Routes with parameters: a value of the wrong type or out of range, or text with a NUL.
INVALID: dict[int, Any] = {422: ProblemsOut}
# Routes that name something (an id, a short name) that may not exist.
MISSING: dict[int, Any] = {404: ErrorOut}
# Every POST and PUT: the guard's refusals (api/guard.py), from another site or not as JSON.
GUARDED: dict[int, Any] = {403: ErrorOut, 415: ErrorOut} | BUSY
# Routes that take a JSON body: one that does not parse, or does not fit the schema.
JSON_BODY: dict[int, Any] = {400: ErrorOut} | INVALID
WRITE: dict[int, Any] = GUARDED | JSON_BODY


def problem(loc: list[str | int], msg: str, kind: str = "value_error") -> dict[str, Any]:
    """One entry of a 422 `detail`, for problems found past the schema (forms, services)."""
    return {"type": kind, "loc": loc, "msg": msg}


def install(api: NinjaAPI) -> None:
    """Answer errors with the declared bodies instead of ninja's and Django's defaults."""

    def http_error(request: HttpRequest, raised: object) -> HttpResponse:
        error = _instance(raised, HttpError)
        detail = _http_error_detail(error)
        return api.create_response(request, {"detail": detail}, status=error.status_code)

    def not_found(request: HttpRequest, raised: object) -> HttpResponse:
        detail = str(_instance(raised, Http404)) or "not found"
        return api.create_response(request, {"detail": detail}, status=404)

    def refused_text(request: HttpRequest, raised: object) -> HttpResponse:
        error = _instance(raised, DataError)
        if "NUL" not in str(error):
            raise error
        # PostgreSQL stores no NUL character (SQLite does): refuse it rather than fail.
        detail = [problem(["request"], NUL_MESSAGE, "string_nul")]
        return api.create_response(request, {"detail": detail}, status=422)

    def database_error(request: HttpRequest, raised: object) -> HttpResponse:
        error = _instance(raised, OperationalError)
        if not is_busy(error):
            raise error
        response = api.create_response(request, {"detail": BUSY_MESSAGE}, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response

    def too_big(request: HttpRequest, raised: object) -> HttpResponse:
        _instance(raised, RequestDataTooBig)
        megabytes = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 2**20
        detail = f"the request body is larger than {megabytes} MB, the limit"
        return api.create_response(request, {"detail": detail}, status=400)

    api.add_exception_handler(RequestDataTooBig, too_big)
    api.add_exception_handler(DataError, refused_text)
    api.add_exception_handler(HttpError, http_error)
    api.add_exception_handler(Http404, not_found)
    api.add_exception_handler(OperationalError, database_error)


def _instance(raised: object, kind: type[E]) -> E:
    """ninja's handler type admits the exception class too; it always passes what was raised."""
    if not isinstance(raised, kind):
        raise TypeError(f"expected a {kind.__name__}, got {raised!r}")
    return raised


def _http_error_detail(error: HttpError) -> str:
    """ninja says only "Cannot parse request body"; say what is wrong with it and where."""
    cause = error.__cause__
    if isinstance(cause, json.JSONDecodeError):
        where = f"line {cause.lineno}, column {cause.colno}"
        return f"the request body is not JSON: {cause.msg.lower()} at {where}"
    if isinstance(cause, UnicodeDecodeError):
        return f"the request body is not JSON: not UTF-8 text at byte {cause.start + 1}"
    return str(error)
