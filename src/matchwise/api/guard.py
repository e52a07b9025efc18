"""Keep other websites out of the local API.

The app has no accounts, so the browser's cookies prove nothing; what a hostile page can do is
make the user's browser send a request to 127.0.0.1. A write is accepted only as JSON (which a
cross-site page cannot send without a CORS preflight this app never answers) and only when the
browser does not report it as coming from another site. Scripts and `curl` send neither header
and work as usual.
"""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import urlsplit

from django.http import HttpRequest
from ninja.errors import HttpError

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SAME_SITE_FETCHES = frozenset({"same-origin", "none"})
JSON_ONLY = "send the request body as JSON, with the header Content-Type: application/json"
OTHER_SITE = "changes from other websites are refused; use the app's own pages or a script"


class Refusal(NamedTuple):
    status: int
    message: str


def request_problem(request: HttpRequest) -> Refusal | None:
    """Why this request may not change anything, or None when it may."""
    if request.method in SAFE_METHODS:
        return None
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None and fetch_site not in SAME_SITE_FETCHES:
        return Refusal(403, OTHER_SITE)
    origin = request.headers.get("Origin")
    if origin is not None and _origin_host(origin) != request.get_host():
        return Refusal(403, OTHER_SITE)
    if request.content_type != "application/json":
        return Refusal(415, JSON_ONLY)
    return None


def _origin_host(origin: str) -> str | None:
    try:
        return urlsplit(origin).netloc
    except ValueError:  # not a URL at all (e.g. "http://["): not this app's page either
        return None


def local_only(request: HttpRequest) -> bool:
    """The API's guard, run by ninja before every route: a refusal answers 403 or 415 with
    `{"detail": why}` (api/errors.py declares both on every write)."""
    if refusal := request_problem(request):
        raise HttpError(refusal.status, refusal.message)
    return True
