from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def import_start(request: HttpRequest) -> HttpResponse:
    return render(request, "network/import.html", {"nav": "import"})


def export_page(request: HttpRequest) -> HttpResponse:
    return render(request, "network/export.html", {"nav": "export"})
