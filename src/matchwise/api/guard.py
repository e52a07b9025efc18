"""Keep other websites out of the local API.

The app has no accounts, so the browser's cookies prove nothing; what a hostile page can do is
make the user's browser send a request to 127.0.0.1. A write is accepted only as JSON (which a
cross-site page cannot send without a CORS preflight this app never answers) and only when the
browser does not report it as coming from another site. Scripts and `curl` send neither header
and work as usual.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.http import HttpRequest

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SAME_SITE_FETCHES = frozenset({"same-origin", "none"})


def request_problem(request: HttpRequest) -> str | None:
    """Why this request may not change anything, or None when it may."""
    if request.method in SAFE_METHODS:
        return None
    if request.content_type != "application/json":
        return "send the request body as JSON (Content-Type: application/json)"
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None and fetch_site not in SAME_SITE_FETCHES:
        return "requests from other websites are refused"
    origin = request.headers.get("Origin")
    if origin is not None and urlsplit(origin).netloc != request.get_host():
        return "requests from other websites are refused"
    return None


def local_only(request: HttpRequest) -> bool:
    """The API's guard: ninja answers 401 when this returns False."""
    return request_problem(request) is None
