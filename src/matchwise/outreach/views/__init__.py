"""The playbook's pages. Each view validates with a form and calls one service."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def page(
    request: HttpRequest, template_name: str, section: str, *, status: int = 200, **context: Any
) -> HttpResponse:
    """Render a playbook page: the main menu highlights Playbook, the section menu `section`."""
    return render(
        request, template_name, {"nav": "outreach", "section": section, **context}, status=status
    )


def back(request: HttpRequest, default: str) -> HttpResponseRedirect:
    """To the page the form came from (`next`), if it is ours; else to `default`."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return HttpResponseRedirect(target)
    return HttpResponseRedirect(reverse(default))
