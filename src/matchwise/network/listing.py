"""The contacts list: search, filters, sorting and pages, for the web page, API and CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import F, Q, QuerySet
from django.db.models.expressions import OrderBy

from matchwise.network import queries
from matchwise.network.models import Contact

PAGE_SIZE = 50
ORDERINGS: dict[str, list[str | OrderBy]] = {
    "name": ["name", "pk"],
    "-last_contacted": [F("last_contacted").desc(nulls_last=True), "name", "pk"],
    "last_contacted": [F("last_contacted").asc(nulls_first=True), "name", "pk"],
    "next_due": ["next_due", "name", "pk"],
}


@dataclass(frozen=True)
class ContactRow:
    contact: Contact
    status: queries.ContactStatus


def search(filters: dict[str, Any], today: date) -> QuerySet[Contact]:
    """Contacts matching the filters, with their dates annotated, in the chosen order."""
    contacts = queries.with_dates(Contact.objects.all(), today)
    if text := (filters.get("q") or "").strip():
        contacts = contacts.filter(
            Q(name__icontains=text) | Q(institution__icontains=text) | Q(email__icontains=text)
        )
    for field in ("role", "source"):
        if value := filters.get(field):
            contacts = contacts.filter(**{field: value})
    for field in ("specialty", "institution"):
        if value := (filters.get(field) or "").strip():
            contacts = contacts.filter(**{f"{field}__icontains": value})
    if tag := (filters.get("tag") or "").strip():
        contacts = contacts.filter(tags__name__iexact=tag).distinct()
    if state := filters.get("state"):
        contacts = contacts.filter(queries.state_filter(state, today))
    return contacts.order_by(*ORDERINGS.get(filters.get("sort") or "name", ORDERINGS["name"]))


def page_of_contacts(filters: dict[str, Any], today: date, number: int | str) -> Page[ContactRow]:
    contacts = search(filters, today).prefetch_related("tags")
    page: Page[Any] = Paginator(contacts, PAGE_SIZE).get_page(number)
    page.object_list = [ContactRow(c, queries.status_of(c, today)) for c in page.object_list]
    return page
