"""The season pages. Each view validates with a form and calls one service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_POST

from matchwise.network import clock
from matchwise.season import services, zones
from matchwise.season.application_rows import ApplicationRowsError
from matchwise.season.forms import (
    ApplicationForm,
    ImportForm,
    InvitationForm,
    ScheduleForm,
    StatusForm,
)
from matchwise.season.imports import import_applications
from matchwise.season.links import page_links
from matchwise.season.models import Application, InvitationSlot
from matchwise.season.odds import chart_json, season_odds
from matchwise.season.programs import ProgramFacts
from matchwise.season.vocabulary import InterviewMode, Status

NAV = "season"


@dataclass(frozen=True)
class When:
    """An instant as the user reads it and as the program does."""

    yours: str
    theirs: str


def when(instant: datetime | None, application: Application, user_zone: str) -> When | None:
    if instant is None:
        return None
    return When(zones.shown(instant, user_zone), zones.shown(instant, application.time_zone))


def page(
    request: HttpRequest, template: str, *, status: int = 200, **context: object
) -> HttpResponse:
    return render(request, template, {"nav": NAV, **context}, status=status)


def season_home(
    request: HttpRequest,
    *,
    form: ApplicationForm | None = None,
    import_form: ImportForm | None = None,
    problems: list[str] | None = None,
) -> HttpResponse:
    zone = clock.user_zone()
    rows = application_rows(list(Application.objects.only(*ROW_FIELDS)), zone.key)
    failed = form is not None or import_form is not None or problems is not None
    return page(
        request,
        "season/home.html",
        rows=rows,
        user_zone=zone.key,
        form=form or ApplicationForm(initial={"applied_on": clock.now(zone).date()}),
        import_form=import_form or ImportForm(),
        problems=problems or [],
        status=400 if failed else 200,
        **odds_context(),
    )


def odds_context() -> dict[str, object]:
    """The odds panel: P(match) from the interviews so far (a constant number of queries)."""
    odds = season_odds()
    return {"odds": odds, "odds_chart": chart_json(odds)}


# What a row of the table shows: a season has a hundred or more, so nothing else is read.
ROW_FIELDS = (
    "program_id",
    "name",
    "city",
    "state",
    "time_zone",
    "status",
    "status_on",
    "interview_at",
)


def application_rows(applications: list[Application], user_zone: str) -> SafeString:
    """The table's rows, built here with every value escaped: the template engine spends a
    few tenths of a millisecond on each row, and a season has a hundred or more."""
    rows = []
    link = page_links()
    for a in applications:
        shown = when(a.interview_at, a, user_zone)
        place = f", {a.place}" if a.place else ""
        rows.append(
            f'<tr><td><a href="{link(a.pk)}">{escape(a.name)}</a>'
            f' <small class="muted">{escape(a.program_id)}{escape(place)}</small></td>'
            f"<td>{escape(a.status_label)}</td><td>{a.status_on.day} {a.status_on:%b %Y}</td>"
            f"<td>{escape(shown.yours) if shown else ''}</td>"
            f"<td>{escape(shown.theirs) if shown else ''}</td></tr>"
        )
    return mark_safe("".join(rows))  # noqa: S308 (every value is escaped above)


@require_POST
def add_application(request: HttpRequest) -> HttpResponse:
    form = ApplicationForm(request.POST)
    if not form.is_valid():
        return season_home(request, form=form)
    data = form.cleaned_data
    facts = ProgramFacts(
        program_id=data["program_id"],
        name=data["name"],
        institution=data["institution"],
        specialty=data["specialty"],
        track=data["track"],
        city=data["city"],
        state=data["state"].upper(),
        zip=data["zip"],
    )
    submission = services.Submission(data["applied_on"], data["fees_usd"], data["time_zone"])
    try:
        application = services.add_application(facts, submission)
    except services.SeasonError as refused:
        form.add_error(refused.field if refused.field in form.fields else None, refused.message)
        return season_home(request, form=form)
    return HttpResponseRedirect(reverse("season:application", args=[application.pk]))


@require_POST
def import_file(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return season_home(request, import_form=form)
    upload = form.cleaned_data["file"]
    try:
        import_applications(upload.read(), upload.name)
    except ApplicationRowsError as error:
        return season_home(request, problems=[str(p) for p in error.problems])
    return HttpResponseRedirect(reverse("season:home"))


def application_detail(
    request: HttpRequest,
    pk: int,
    *,
    status_form: StatusForm | None = None,
    invitation_form: InvitationForm | None = None,
    schedule_form: ScheduleForm | None = None,
) -> HttpResponse:
    application = get_object_or_404(Application, pk=pk)
    user_zone = clock.user_zone()
    zone = user_zone.key
    slots = [
        (slot, when(slot.starts_at, application, zone))
        for slot in InvitationSlot.objects.filter(invitation__application=application)
    ]
    failed = status_form or invitation_form or schedule_form
    return page(
        request,
        "season/application.html",
        application=application,
        interview=when(application.interview_at, application, zone),
        history=application.history.all(),
        slots=slots,
        user_zone=zone,
        status_form=status_form or StatusForm(initial={"changed_on": clock.now(user_zone).date()}),
        invitation_form=invitation_form or InvitationForm(),
        schedule_form=schedule_form or ScheduleForm(),
        status=400 if failed else 200,
    )


@require_POST
def change_status(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(Application, pk=pk)
    form = StatusForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.change_status(
                application, Status(data["status"]), data["changed_on"], data["reason"]
            )
        except services.SeasonError as refused:
            form.add_error(refused.field if refused.field in form.fields else None, refused.message)
    if not form.is_valid():
        return application_detail(request, pk, status_form=form)
    return HttpResponseRedirect(reverse("season:application", args=[pk]))


@require_POST
def invite(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(Application, pk=pk)
    form = InvitationForm(request.POST)
    if form.is_valid():
        try:
            lines = [line for line in form.cleaned_data["slots"].splitlines() if line.strip()]
            slots = [zones.parse_local(line) for line in lines]
            services.record_invitation(application, slots)
        except zones.ZoneError as error:
            form.add_error("slots", str(error))
        except services.SeasonError as refused:
            form.add_error("slots", refused.message)
    if not form.is_valid():
        return application_detail(request, pk, invitation_form=form)
    return HttpResponseRedirect(reverse("season:application", args=[pk]) + "#invitation")


@require_POST
def schedule(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(Application, pk=pk)
    form = ScheduleForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        slot = None
        if data["slot"] is not None:
            slot = InvitationSlot.objects.filter(
                pk=data["slot"], invitation__application=application
            ).first()
        # The form reads the time as the server's; what was typed is the program's wall clock.
        typed = data["at"].replace(tzinfo=None) if data["at"] is not None else None
        interview = services.Interview(
            wall_clock=typed,
            slot=slot,
            mode=InterviewMode(data["mode"]),
            platform=data["platform"],
        )
        try:
            services.schedule(application, interview, clock.today())
        except services.SeasonError as refused:
            form.add_error(None, refused.message)
    if not form.is_valid():
        return application_detail(request, pk, schedule_form=form)
    return HttpResponseRedirect(reverse("season:application", args=[pk]))
