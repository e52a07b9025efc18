"""The SOAP list's table rows, built here with every value escaped: a list of a hundred
programs spends most of its time in the template engine otherwise, and Match Week is when
the page is reloaded most. Links are reversed once per page, not once per row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from matchwise.season.links import page_links
from matchwise.season.models import SoapProgram
from matchwise.season.soap_people import Person

# The outreach library's note for SOAP: you applied to their program, would they put in a word.
SOAP_NOTE = "soap-a-word"


@dataclass(frozen=True)
class _Links:
    """Reversed once per page, not once per row."""

    program: Callable[[int], str]
    contact: Callable[[int], str]
    compose: str


def _people(people: list[Person], more: int, program: SoapProgram, links: _Links) -> str:
    note = escape(urlencode({"template": SOAP_NOTE, "program": program.name}))
    shown = "; ".join(
        f'<a href="{links.contact(p.contact.pk)}">{escape(p.contact.display_name)}</a>'
        f" ({escape(p.reach_label)}, "
        f'<a href="{links.compose}?contact={p.contact.pk}&amp;{note}">ask for a word</a>)'
        for p in people
    )
    if more:
        shown += f'; <a href="{links.program(program.pk)}#people">{more} more</a>'
    return shown or '<span class="muted">nobody yet</span>'


def _details(program: SoapProgram) -> str:
    details = [str(escape(program.nrmp_code or "no NRMP code"))]
    details += [f" · {escape(part)}" for part in (program.specialty, program.place) if part]
    if program.catalogue:
        details.append(f" · in your catalogue “{escape(program.catalogue)}”")
    return "".join(details)


def rows_html(
    programs: list[SoapProgram],
    people: dict[int, tuple[list[Person], int]],
    accepted: bool,
    csrf_token: str,
) -> SafeString:
    apply_page = page_links("season:soap_apply")
    links = _Links(
        page_links("season:soap_program"),
        page_links("network:contact"),
        reverse("outreach:compose"),
    )
    csrf = f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(csrf_token)}">'
    rows = []
    for program in programs:
        url = links.program(program.pk)
        if program.applied_at:
            offers = "".join(
                f"<br>Round {o.round} offer: {escape(o.state_label)}" for o in program.offers.all()
            )
            soap_cell = f"Applied{offers}"
        elif not accepted:
            soap_cell = (
                f'<form method="post" action="{apply_page(program.pk)}">{csrf}'
                '<button type="submit" class="outline">Mark as applied</button></form>'
            )
        else:
            soap_cell = ""
        shown, more = people[program.pk]
        positions = "?" if program.positions is None else str(program.positions)
        rows.append(
            f'<tr id="soap-{program.pk}"><td><a href="{url}">{escape(program.name)}</a>'
            f' <small class="muted">{_details(program)}</small></td><td>{positions}</td>'
            f"<td>{_people(shown, more, program, links)}</td><td>{soap_cell}</td></tr>"
        )
    return mark_safe("".join(rows))  # noqa: S308 (every value is escaped above)
