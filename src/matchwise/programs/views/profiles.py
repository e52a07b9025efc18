"""Saving a profile (only when asked) and deleting a saved one."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import require_POST

from matchwise.programs.forms import ProfileForm
from matchwise.programs.models import SavedProfile
from matchwise.programs.views.shortlist import form_page


@require_POST
def save_profile(request: HttpRequest) -> HttpResponse:
    """Keep the profile under its name; saving under an existing name replaces that one."""
    name = request.POST.get("name", "").strip()
    existing = SavedProfile.objects.filter(name=name).first() if name else None
    form = ProfileForm(request.POST, instance=existing)
    if not form.is_valid():
        return form_page(request, form, status=400)
    saved = form.save()
    query = request.POST.copy()
    for key in ("csrfmiddlewaretoken", "name"):
        query.pop(key, None)
    query["saved"] = str(saved.pk)
    return HttpResponseRedirect(f"{reverse('programs:shortlist')}?{query.urlencode()}")


@require_POST
def delete_profile(request: HttpRequest, pk: int) -> HttpResponse:
    get_object_or_404(SavedProfile, pk=pk).delete()
    return HttpResponseRedirect(reverse("programs:home"))
