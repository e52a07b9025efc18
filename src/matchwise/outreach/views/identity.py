from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from matchwise.outreach import pitch
from matchwise.outreach.forms.identity import IdentityForm, pitch_fields
from matchwise.outreach.models import ApplicantIdentity
from matchwise.outreach.models.identity import LINKEDIN_CHECKLIST
from matchwise.outreach.views import page


@require_http_methods(["GET", "POST"])
def identity(request: HttpRequest) -> HttpResponse:
    form = IdentityForm(request.POST or None, instance=ApplicantIdentity.load())
    if request.method == "POST" and form.is_valid():
        form.save()
        return HttpResponseRedirect(reverse("outreach:identity") + "?saved=1")
    text = form["pitch"].value() or ""
    return page(
        request,
        "outreach/identity.html",
        "identity",
        form=form,
        timing=pitch.speaking_time(str(text)),
        saved="saved" in request.GET,
    )


@require_POST
def pitch_timing(request: HttpRequest) -> HttpResponse:
    """The speaking-time line under the pitch, as the user types (HTMX)."""
    timing = pitch.speaking_time(request.POST.get("pitch", ""))
    return render(request, "outreach/_pitch_timing.html", {"timing": timing})


@require_POST
def build_pitch(request: HttpRequest) -> HttpResponse:
    """Rebuild the sentence and the pitch from the answers on the form, without saving (HTMX).
    With no answer at all there is nothing to build from: what is typed stays, with a note."""
    fields = pitch_fields(request.POST.dict())
    if not pitch.has_answers(fields):
        typed = request.POST.get("pitch", "")
        return render(
            request,
            "outreach/_pitch_fields.html",
            {
                "identity_sentence": request.POST.get("identity_sentence", ""),
                "pitch": typed,
                "timing": pitch.speaking_time(typed),
                "nothing_to_build": True,
            },
        )
    text = pitch.pitch_text(fields)
    return render(
        request,
        "outreach/_pitch_fields.html",
        {
            "identity_sentence": pitch.identity_sentence(fields),
            "pitch": text,
            "timing": pitch.speaking_time(text),
        },
    )


def linkedin(request: HttpRequest) -> HttpResponse:
    return page(request, "outreach/linkedin.html", "linkedin", identity=ApplicantIdentity.load())


@require_POST
def linkedin_tick(request: HttpRequest, item: str) -> HttpResponse:
    if item not in LINKEDIN_CHECKLIST:
        return HttpResponse("No such item.", status=404)
    identity = ApplicantIdentity.load()
    setattr(identity, item, request.POST.get("done") == "on")
    identity.save(update_fields=[item])
    if request.htmx:  # type: ignore[attr-defined]
        label, hint = LINKEDIN_CHECKLIST[item]
        row = (item, label, hint, bool(getattr(identity, item)))
        return render(request, "outreach/_checklist_item.html", {"row": row, "identity": identity})
    return HttpResponseRedirect(reverse("outreach:linkedin"))
