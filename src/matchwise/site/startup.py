"""What the server does once, before its first request."""

from __future__ import annotations

import gc

from django.urls import get_resolver


def settle() -> None:
    """Import every view, then move all that start-up made (Django, the views, numpy) out of
    the garbage collector's sight: it lives as long as the process, and otherwise each full
    collection scans it again, which a page that builds many objects (a long SOAP list) pays
    for now and then with a pause of tens of milliseconds."""
    get_resolver().url_patterns  # noqa: B018 (importing the views is the point)
    gc.collect()
    gc.freeze()
