from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from matchwise.network import privacy
from matchwise.network.forms import PreferencesForm
from matchwise.network.models import Preferences

ERASE_PHRASE = "delete everything"


@require_http_methods(["GET", "POST"])
def preferences(request: HttpRequest) -> HttpResponse:
    form = PreferencesForm(request.POST or None, instance=Preferences.load())
    if request.method == "POST" and form.is_valid():
        form.save()
        return HttpResponseRedirect(f"{reverse('network:preferences')}?saved=1")
    saved = request.method == "GET" and request.GET.get("saved") == "1"
    return render(
        request,
        "network/preferences.html",
        {
            "nav": "preferences",
            "form": form,
            "erase_phrase": ERASE_PHRASE,
            "messages_list": ["Settings saved."] if saved else [],
        },
    )


@require_http_methods(["POST"])
def erase_everything(request: HttpRequest) -> HttpResponse:
    """Delete every contact and everything logged about them, once the user types the phrase."""
    if request.POST.get("confirm", "").strip().lower() != ERASE_PHRASE:
        return render(
            request,
            "network/preferences.html",
            {
                "nav": "preferences",
                "form": PreferencesForm(instance=Preferences.load()),
                "erase_phrase": ERASE_PHRASE,
                "erase_error": f"Type “{ERASE_PHRASE}” to confirm.",
            },
            status=400,
        )
    privacy.erase_everything()
    return HttpResponseRedirect(reverse("network:this_week"))
