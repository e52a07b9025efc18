"""Outreach campaigns."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from matchwise.network import clock
from matchwise.outreach import campaign_rules, campaigns
from matchwise.outreach.campaign_rules import TargetState
from matchwise.outreach.errors import MoveError
from matchwise.outreach.forms.people import AddTargetsForm, CampaignForm
from matchwise.outreach.models import Campaign, CampaignTarget
from matchwise.outreach.views import page


@require_http_methods(["GET", "POST"])
def campaign_list(request: HttpRequest) -> HttpResponse:
    form = CampaignForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        campaign = form.save()
        return HttpResponseRedirect(reverse("outreach:campaign", args=[campaign.pk]))
    return page(
        request,
        "outreach/campaign_list.html",
        "campaigns",
        summaries=campaigns.summaries(),
        form=form,
        expectation=campaign_rules.EXPECTATION,
    )


def campaign_detail(
    request: HttpRequest, pk: int, form: AddTargetsForm | None = None
) -> HttpResponse:
    campaign = get_object_or_404(Campaign, pk=pk)
    targets = campaign.targets.select_related("contact")
    return page(
        request,
        "outreach/campaign_detail.html",
        "campaigns",
        campaign=campaign,
        summary=campaigns.summarise(campaign),
        targets=targets,
        form=form or AddTargetsForm(campaign),
        expectation=campaign_rules.EXPECTATION,
        labels=campaign_rules.TARGET_STATE_LABELS,
    )


@require_POST
def add_targets(request: HttpRequest, pk: int) -> HttpResponse:
    campaign = get_object_or_404(Campaign, pk=pk)
    form = AddTargetsForm(campaign, request.POST)
    if not form.is_valid():
        return campaign_detail(request, pk, form)
    campaigns.add_targets(campaign, form.cleaned_data["contacts"])
    return HttpResponseRedirect(reverse("outreach:campaign", args=[pk]))


@require_POST
def move_target(request: HttpRequest, pk: int) -> HttpResponse:
    target = get_object_or_404(CampaignTarget.objects.select_related("campaign", "contact"), pk=pk)
    to = request.POST.get("to", "")
    if to not in TargetState.__members__.values():
        return HttpResponse("No such state.", status=400)
    try:
        campaigns.move(target, TargetState(to), clock.today())
    except MoveError as refused:
        return HttpResponse(str(refused), status=409)
    if request.htmx:  # type: ignore[attr-defined]
        return render(
            request,
            "outreach/_target_row.html",
            {
                "target": target,
                "campaign": target.campaign,
                "summary": campaigns.summarise(target.campaign),
                "oob": True,
            },
        )
    return HttpResponseRedirect(reverse("outreach:campaign", args=[target.campaign_id]))
