"""Goals and the monthly review."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from matchwise.network import clock
from matchwise.outreach import goal_rules, goals
from matchwise.outreach.forms.plans import GoalForm, GoalProgressForm, GoalReviewForm
from matchwise.outreach.models import Goal, GoalReview
from matchwise.outreach.views import back, page


@require_http_methods(["GET", "POST"])
def goal_list(request: HttpRequest) -> HttpResponse:
    form = GoalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        return HttpResponseRedirect(reverse("outreach:goals"))
    today = clock.today()
    rows = goals.rows(today)
    return page(
        request,
        "outreach/goals.html",
        "goals",
        horizons=[
            (label, [r for r in rows if r.goal.horizon == horizon])
            for horizon, label in goal_rules.HORIZON_LABELS.items()
        ],
        form=form,
        review=goals.next_review(today),
        review_form=GoalReviewForm(),
        reviews=GoalReview.objects.all()[:12],
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
def goal_edit(request: HttpRequest, pk: int) -> HttpResponse:
    goal = get_object_or_404(Goal, pk=pk)
    form = GoalForm(request.POST or None, instance=goal)
    if request.method == "POST":
        if request.POST.get("delete") == "1":
            goal.delete()
            return HttpResponseRedirect(reverse("outreach:goals"))
        if form.is_valid():
            form.save()
            return HttpResponseRedirect(reverse("outreach:goals"))
    return page(request, "outreach/goal_form.html", "goals", form=form, goal=goal)


@require_POST
def goal_progress(request: HttpRequest, pk: int) -> HttpResponse:
    """Progress entered by hand, for the measures the data cannot count (HTMX)."""
    goal = get_object_or_404(Goal, pk=pk)
    form = GoalProgressForm(request.POST, instance=goal)
    if not form.is_valid():
        return HttpResponse("Enter a whole number.", status=400)
    form.save()
    if request.htmx:  # type: ignore[attr-defined]
        row = next(r for r in goals.rows(clock.today()) if r.goal.pk == goal.pk)
        return render(request, "outreach/_goal_row.html", {"row": row})
    return HttpResponseRedirect(reverse("outreach:goals"))


@require_POST
def review(request: HttpRequest) -> HttpResponse:
    form = GoalReviewForm(request.POST)
    if form.is_valid():
        goals.record_review(clock.today(), form.cleaned_data["notes"])
    if request.htmx and request.POST.get("where") == "week":  # type: ignore[attr-defined]
        return render(
            request,
            "network/_follow_up_closed.html",
            {"message": "Goals reviewed. See you next month."},
        )
    return back(request, "outreach:goals")
