"""The contacts list: search, filters, sorting and pages, for the web page, API and CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import F, Q, QuerySet

from matchwise.network import queries
from matchwise.network.models import Contact

PAGE_SIZE = 50


@dataclass(frozen=True)
class ContactRow:
    contact: Contact
    status: queries.ContactStatus


def search(filters: dict[str, Any]) -> QuerySet[Contact]:
    """Contacts matching the text and field filters (the follow-up state is applied later)."""
    contacts = Contact.objects.all()
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
    return contacts


def ordered(contacts: QuerySet[Contact], sort: str) -> QuerySet[Contact]:
    if sort == "-last_contacted":
        return contacts.order_by(F("last_contacted").desc(nulls_last=True), "name", "pk")
    if sort == "last_contacted":
        return contacts.order_by(F("last_contacted").asc(nulls_first=True), "name", "pk")
    return contacts.order_by("name", "pk")


def contact_rows(filters: dict[str, Any], today: date) -> list[ContactRow] | QuerySet[Contact]:
    """All matching contacts in order: a queryset when the database can do it alone."""
    contacts = queries.with_dates(search(filters), today)
    state, sort = filters.get("state") or "", filters.get("sort") or "name"
    if not state and sort != "next_due":
        return ordered(contacts, sort)
    # Follow-up states and "next due" depend on the cadence rules, which live in Python.
    statuses = queries.statuses(search(filters), today)
    wanted = [s for s in statuses.values() if s.matches(state, today)]
    if sort == "next_due":
        wanted.sort(key=lambda s: (s.next_due, s.contact_id))
        return [ContactRow(Contact(pk=s.contact_id), s) for s in wanted]
    ids = [s.contact_id for s in wanted]
    return ordered(contacts.filter(pk__in=ids), sort)


def page_of_contacts(filters: dict[str, Any], today: date, number: int | str) -> Page[Any]:
    """One page of `ContactRow`s; only the rows on the page are loaded in full."""
    rows = contact_rows(filters, today)
    page: Page[Any] = Paginator(rows, PAGE_SIZE).get_page(number)
    if isinstance(rows, list):
        ids = [row.contact.pk for row in page.object_list]
        loaded = queries.with_dates(Contact.objects.filter(pk__in=ids), today).prefetch_related(
            "tags"
        )
        by_id = {contact.pk: contact for contact in loaded}
        page.object_list = [ContactRow(by_id[row.contact.pk], row.status) for row in page]
    else:
        page.object_list = [
            ContactRow(c, queries.status_of_annotated(c, today))
            for c in page.object_list.prefetch_related("tags")  # type: ignore[attr-defined]
        ]
    return page
