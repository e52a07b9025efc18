"""Pages of the site itself: the Help pages (the guides in docs/) and the favicon."""

from __future__ import annotations

from django.contrib.staticfiles import finders
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from matchwise.site import guides


@require_safe
def help_index(request: HttpRequest) -> HttpResponse:
    return render(request, "help/index.html", {"nav": "help", "guides": guides.all_guides()})


@require_safe
def help_guide(request: HttpRequest, slug: str) -> HttpResponse:
    guide = guides.find(slug)
    if guide is None:
        raise Http404("No such guide.")
    # Safe to mark: the renderer escapes every bit of raw HTML in the guide.
    body = mark_safe(guides.render(guide.path.read_text(encoding="utf-8"), reverse("help")))  # noqa: S308
    return render(
        request,
        "help/guide.html",
        {"nav": "help", "guide": guide, "body": body, "guides": guides.all_guides()},
    )


@require_safe
@cache_control(max_age=86400)
def favicon(request: HttpRequest) -> FileResponse:
    """Browsers ask for /favicon.ico whatever the page says; answer from the static files."""
    path = finders.find("favicon.ico")
    if not isinstance(path, str):
        raise Http404("No favicon.")
    return FileResponse(open(path, "rb"), content_type="image/x-icon")
