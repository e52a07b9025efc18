"""The template library, the composer, and the list of messages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from matchwise.network import clock
from matchwise.network.models import Contact
from matchwise.outreach import compose, letters, library, outgoing, placeholders
from matchwise.outreach.campaign_rules import TargetState
from matchwise.outreach.errors import UnconfirmedSendError
from matchwise.outreach.findings import Finding, Place, has_blocking
from matchwise.outreach.forms.messages import ChooseForm, ComposeForm, TemplateForm
from matchwise.outreach.kinds import MessageKind
from matchwise.outreach.models import (
    Advice,
    ApplicantIdentity,
    CampaignTarget,
    Message,
    MessageTemplate,
)
from matchwise.outreach.views import page


def template_list(request: HttpRequest) -> HttpResponse:
    shipped = [template["slug"] for template in library.LIBRARY]
    present = MessageTemplate.objects.filter(slug__in=shipped).count()
    return page(
        request,
        "outreach/template_list.html",
        "messages",
        templates=MessageTemplate.objects.all(),
        missing=len(shipped) - present,
    )


@require_POST
def restore_library(request: HttpRequest) -> HttpResponse:
    """Put back the shipped templates that are missing (after "delete everything", say)."""
    library.add_missing(MessageTemplate)
    return HttpResponseRedirect(reverse("outreach:templates"))


@require_http_methods(["GET", "POST"])
def template_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    template = get_object_or_404(MessageTemplate, pk=pk) if pk else None
    form = TemplateForm(request.POST or None, instance=template)
    if request.method == "POST" and form.is_valid():
        saved = form.save(commit=False)
        saved.updated_at = timezone.now()
        saved.save()
        return HttpResponseRedirect(reverse("outreach:templates"))
    return page(
        request,
        "outreach/template_form.html",
        "messages",
        form=form,
        template=template,
        fields=placeholders.FIELDS,
    )


def message_list(request: HttpRequest) -> HttpResponse:
    sent_id = request.GET.get("sent", "")
    just_sent = (
        Message.objects.select_related("interaction").filter(pk=sent_id).first()
        if sent_id.isdigit()
        else None
    )
    follow_up = (
        just_sent.interaction.follow_ups.first() if just_sent and just_sent.interaction else None
    )
    return page(
        request,
        "outreach/message_list.html",
        "messages",
        messages=Message.objects.select_related("contact")[:200],
        just_sent=just_sent,
        nudge=follow_up,
    )


def _compose_params(request: HttpRequest) -> QueryDict:
    """The composer's query, completed: a draft brings its own contact and text; a kind
    without a template picks the first template of that kind."""
    params = request.GET.copy()
    if params.get("kind") and not params.get("template"):
        first = MessageTemplate.objects.filter(kind=params["kind"]).first()
        if first is not None:
            params["template"] = first.slug
    return params


def _owned(model: type[Advice] | type[CampaignTarget], pk: str, contact: Contact) -> Any:
    return get_object_or_404(model, pk=pk, contact=contact) if pk.isdigit() else None


def composer(request: HttpRequest) -> HttpResponse:
    """Choose a contact and a template, get the message filled in, edit it freely."""
    params = _compose_params(request)
    draft_id = params.get("draft", "")
    draft = get_object_or_404(Message, pk=draft_id, state="draft") if draft_id.isdigit() else None
    choose = ChooseForm(params) if {"contact", "template"} <= params.keys() else None
    editor = None
    if draft is not None:
        editor = ComposeForm(
            initial={
                "contact": draft.contact,
                "template": draft.template,
                "target": draft.campaign_target,
                "draft": draft,
                "kind": draft.kind,
                "subject": draft.subject,
                "body": draft.body,
            }
        )
        choose = ChooseForm(initial={"contact": draft.contact, "template": draft.template})
    elif choose is not None and choose.is_valid():
        contact, template = choose.cleaned_data["contact"], choose.cleaned_data["template"]
        context = compose.context_for(
            contact,
            conference=choose.cleaned_data["conference"],
            advice=_owned(Advice, params.get("advice", ""), contact),
            program=choose.cleaned_data["program"],
        )
        composed = compose.compose(template, context)
        editor = ComposeForm(
            initial={
                "contact": contact,
                "template": template,
                "conference": context.conference,
                "interaction": context.interaction,
                "advice": context.advice,
                "program": context.program,
                "target": _owned(CampaignTarget, params.get("target", ""), contact),
                "kind": composed.kind,
                "subject": composed.subject,
                "body": composed.body,
            }
        )
    return page(
        request,
        "outreach/compose.html",
        "messages",
        choose=choose or ChooseForm(initial=params.dict()),
        editor=editor,
        **(_about(editor.initial) if editor is not None else {}),
    )


def _about(data: Mapping[str, Any]) -> dict[str, Any]:
    """What the composer says around the message: letter readiness, campaign state, where to
    paste it."""
    contact: Contact = data["contact"]
    kind = MessageKind(data["kind"])
    notes = []
    if kind is MessageKind.LETTER_REQUEST:
        letter = getattr(contact, "letter", None)
        if letter is None:
            notes.append("Add them to your letter writers to see whether they are ready to ask.")
        elif warning := letters.row_of(letter, clock.today()).warning:
            notes.append(warning)
    target: CampaignTarget | None = data.get("target")
    if target is not None and target.target_state is TargetState.FOLLOWED_UP:
        notes.append("You have already followed up once in this campaign; let it rest.")
    return {"contact": contact, "kind": kind, "notes": notes}


def _links(finding: Finding, contact: Contact) -> list[tuple[str, str]]:
    """(label, url) of each page where a blank is filled in for good."""
    pages = {
        Place.PITCH: (Place.PITCH.label, reverse("outreach:identity")),
        Place.CONTACT: (contact.display_name, reverse("network:contact", args=[contact.pk])),
        Place.CONFERENCES: (Place.CONFERENCES.label, reverse("outreach:conferences")),
        Place.MENTORS: (Place.MENTORS.label, reverse("outreach:mentors")),
    }
    return [pages[place] for place in finding.fill_in]


def _shown(findings: list[Finding], contact: Contact) -> list[dict[str, Any]]:
    return [{"finding": f, "links": _links(f, contact)} for f in findings]


def _outputs(form: ComposeForm) -> dict[str, Any]:
    data = form.cleaned_data
    contact: Contact = data["contact"]
    kind = form.message_kind
    findings = compose.check_message(
        kind, data["body"], subject=data["subject"], context=form.context()
    )
    link = outgoing.mailto(contact.email, data["subject"], data["body"])
    return {
        "findings": _shown(findings, contact),
        "blocking": has_blocking(findings),
        "mailto": link if len(link) <= outgoing.MAILTO_LIMIT else "",
        "characters": len(data["body"].strip()),
        "kind": kind,
        "contact": contact,
    }


@require_POST
def check(request: HttpRequest) -> HttpResponse:
    """The checks and the ways out (copy, mailto, .eml) for the text as it stands (HTMX)."""
    form = ComposeForm(request.POST)
    if not form.is_valid():
        return render(request, "outreach/_checks.html", {"form": form}, status=400)
    return render(request, "outreach/_checks.html", {"form": form, **_outputs(form)})


@require_POST
def compose_action(request: HttpRequest) -> HttpResponse:
    """Mark sent, save a draft, or download an .eml, from the composer's one form. Mark sent
    on a message a check blocks shows the findings and asks again ("send-anyway") before
    logging anything; the text stays in the editor."""
    form = ComposeForm(request.POST)
    if not form.is_valid():
        known = form.cleaned_data
        return page(
            request,
            "outreach/compose.html",
            "messages",
            choose=ChooseForm(initial=request.POST.dict()),
            editor=form,
            status=400,
            **(_about(known) if {"contact", "kind"} <= known.keys() else {}),
        )
    data = form.cleaned_data
    kind = form.message_kind
    action = request.POST.get("action")
    if action == "eml":
        return _eml(data)
    common: dict[str, Any] = {
        "template": data["template"],
        "campaign_target": data["target"],
        "draft": data["draft"],
    }
    if action == "draft":
        draft = compose.save_draft(data["contact"], kind, data["subject"], data["body"], **common)
        return HttpResponseRedirect(reverse("outreach:compose") + f"?draft={draft.pk}")
    try:
        sent = compose.mark_sent(
            data["contact"],
            kind,
            data["subject"],
            data["body"],
            advice=data["advice"],
            context=form.context(),
            confirmed=action == "send-anyway",
            **common,
        )
    except UnconfirmedSendError as unconfirmed:
        return page(
            request,
            "outreach/compose.html",
            "messages",
            choose=ChooseForm(initial={"contact": data["contact"], "template": data["template"]}),
            editor=form,
            confirm=_shown(unconfirmed.findings, data["contact"]),
            **_about(data),
        )
    return HttpResponseRedirect(reverse("outreach:messages") + f"?sent={sent.pk}")


def _eml(data: dict[str, Any]) -> HttpResponse:
    contact: Contact = data["contact"]
    me = ApplicantIdentity.load()
    content = outgoing.eml_bytes(
        to_name=contact.display_name,
        to_address=contact.email,
        from_name=me.person.full_name,
        from_address=me.email,
        subject=data["subject"],
        body=data["body"],
        now=timezone.now(),
    )
    response = HttpResponse(content, content_type="message/rfc822")
    filename = outgoing.eml_filename(contact.name)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
