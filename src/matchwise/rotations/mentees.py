"""Giving back: the juniors you mentor, kept in touch with by the same cadence rules as
everyone (their role's rhythm, or the one you set on their contact)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from matchwise.network import rules
from matchwise.rotations.models import Mentee


@dataclass(frozen=True)
class MenteeRow:
    mentee: Mentee
    status: rules.CadenceStatus | None  # None: no keep-in-touch date yet


def rows(today: date) -> list[MenteeRow]:
    found = []
    for mentee in Mentee.objects.select_related("contact"):
        contact = mentee.contact
        status = None
        if contact.keep_in_touch_on and contact.keep_in_touch_by:
            status = rules.window_status(contact.keep_in_touch_on, contact.keep_in_touch_by, today)
        found.append(MenteeRow(mentee, status))
    return found


def count() -> int:
    return Mentee.objects.count()
