"""The rotation pages. Each view validates with a form and calls one service."""

from __future__ import annotations

from html import escape
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_http_methods, require_POST

from matchwise.network import clock
from matchwise.network.models import Contact
from matchwise.outreach.views import page
from matchwise.rotations import plan, services
from matchwise.rotations.forms import MemberForm, PersonForm, RotationForm, TaskForm
from matchwise.rotations.models import Rotation, RotationMember, RotationTask
from matchwise.rotations.vocabulary import MemberRole

SECTION = "rotations"


def rotation_list(request: HttpRequest) -> HttpResponse:
    today = clock.today()
    services.settle_cadences(today)
    rows = [(rotation, rotation.span.phase(today)) for rotation in Rotation.objects.all()]
    return page(request, "rotations/list.html", SECTION, rows=rows)


@require_http_methods(["GET", "POST"])
def rotation_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    rotation = get_object_or_404(Rotation, pk=pk) if pk else None
    form = RotationForm(request.POST or None, instance=rotation)
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        return HttpResponseRedirect(reverse("rotations:rotation", args=[saved.pk]))
    status = 400 if request.method == "POST" else 200
    return page(
        request, "rotations/form.html", SECTION, form=form, rotation=rotation, status=status
    )


@require_POST
def rotation_delete(request: HttpRequest, pk: int) -> HttpResponse:
    services.delete_rotation(get_object_or_404(Rotation, pk=pk))
    return HttpResponseRedirect(reverse("rotations:rotations"))


def rotation_detail(
    request: HttpRequest,
    pk: int,
    *,
    person_form: PersonForm | None = None,
    task_form: TaskForm | None = None,
) -> HttpResponse:
    rotation = get_object_or_404(Rotation, pk=pk)
    today = clock.today()
    services.settle_cadences(today)
    return page(
        request,
        "rotations/detail.html",
        SECTION,
        plan=plan.plan(rotation, today),
        program=services.program_named(rotation),
        person_form=person_form or PersonForm(),
        contact_options=contact_options(rotation, person_form),
        task_form=task_form or TaskForm(rotation=rotation),
        status=400 if person_form or task_form else 200,
    )


def contact_options(rotation: Rotation, form: PersonForm | None) -> SafeString:
    """The options of contacts not yet met on this rotation, built here with every name
    escaped: a widget, a template loop or format_html spends a quarter of a second or more on
    thousands of contacts."""
    chosen = str(form["contact"].value()) if form is not None else ""
    rows = Contact.objects.exclude(rotation_roles__rotation=rotation).values_list(
        "pk", "honorific", "name"
    )
    options = "".join(
        f'<option value="{pk}"{" selected" if str(pk) == chosen else ""}>'
        f"{escape(f'{title} {name}'.strip())}</option>"
        for pk, title, name in rows
    )
    return mark_safe(options)  # noqa: S308 (keys are integers, every name is escaped)


def _back(rotation: Rotation, anchor: str = "") -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("rotations:rotation", args=[rotation.pk]) + anchor)


@require_POST
def add_person(request: HttpRequest, pk: int) -> HttpResponse:
    rotation = get_object_or_404(Rotation, pk=pk)
    form = PersonForm(request.POST)
    if not form.is_valid():
        return rotation_detail(request, pk, person_form=form)
    data = form.cleaned_data
    if data["contact"] is not None:
        services.add_member(rotation, data["contact"], form.member_role, chosen=data["chosen"])
    else:
        new = services.NewPerson(
            data["name"], form.member_role, data["honorific"], data["email"], data["chosen"]
        )
        try:
            services.add_person(rotation, new)
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                form.add_error(field if field in form.fields else None, messages)
            return rotation_detail(request, pk, person_form=form)
    return _back(rotation, "#people")


@require_POST
def update_member(request: HttpRequest, pk: int) -> HttpResponse:
    member = get_object_or_404(RotationMember, pk=pk)
    form = MemberForm(request.POST)
    if not form.is_valid():
        return HttpResponse("Choose a role.", status=400)
    data = form.cleaned_data
    services.add_member(
        member.rotation,
        member.contact,
        MemberRole(data["role"]),
        chosen=data["chosen"],
        saw_work=data["saw_work"],
    )
    return _back(member.rotation, "#people")


@require_POST
def add_task(request: HttpRequest, pk: int) -> HttpResponse:
    rotation = get_object_or_404(Rotation, pk=pk)
    form = TaskForm(request.POST, rotation=rotation)
    if not form.is_valid():
        return rotation_detail(request, pk, task_form=form)
    data = form.cleaned_data
    try:
        services.add_task(rotation, data["contact"], data["description"], data["due_on"])
    except services.RotationError as refused:
        form.add_error(refused.field, refused.message)
        return rotation_detail(request, pk, task_form=form)
    return _back(rotation, "#tasks")


@require_POST
def task_done(request: HttpRequest, pk: int) -> HttpResponse:
    task = get_object_or_404(RotationTask, pk=pk)
    services.complete_task(task, clock.today())
    return _back(task.rotation, "#tasks")


@require_POST
def feedback_asked(request: HttpRequest, pk: int) -> HttpResponse:
    rotation = get_object_or_404(Rotation, pk=pk)
    services.record_feedback_asked(rotation, clock.today())
    return _back(rotation)


@require_POST
def start_letter(request: HttpRequest, pk: int) -> HttpResponse:
    """One click: the attending joins the letter pipeline, and the request opens in the
    composer, which says whether they are ready to be asked."""
    member = get_object_or_404(RotationMember, pk=pk)
    services.start_letter(member)
    query = urlencode({"contact": member.contact_id, "template": "letter-request"})
    return HttpResponseRedirect(reverse("outreach:compose") + "?" + query)
