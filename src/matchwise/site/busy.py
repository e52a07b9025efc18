"""A page, not a server error, when the database is busy with another program's change.

SQLite lets one program write at a time; a change that waits longer than the busy timeout
(`MATCHWISE_BUSY_TIMEOUT`) for another one — a large import from the command line, say — fails,
and its transaction is rolled back. The page says so and that sending it again will work. The
JSON API answers the same case itself, with a 503 and its error body (api/errors.py).

A request made in place by htmx gets the message alone (`busy_notice.html`): the page's
`request-problems.js` shows it above the content, since htmx swaps nothing on an error."""

from __future__ import annotations

from collections.abc import Callable

from django.db import OperationalError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from matchwise.api.busy import is_busy

RETRY_AFTER_SECONDS = 1


class BusyDatabaseMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not (isinstance(exception, OperationalError) and is_busy(exception)):
            return None
        context = {"sent": request.method not in ("GET", "HEAD")}
        in_place = bool(getattr(request, "htmx", False))
        template = "busy_notice.html" if in_place else "busy.html"
        response = render(request, template, context, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
