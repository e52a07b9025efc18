"""Deleting what the user asks to delete, including everything derived from it."""

from __future__ import annotations

from django.apps import apps
from django.db import transaction

from matchwise.network.derived import forget_weeks
from matchwise.network.exporting.backup import BACKED_UP_MODELS
from matchwise.network.models import Contact, PendingImport


@transaction.atomic
def delete_contact(contact: Contact) -> None:
    """The contact, their history and follow-ups; the weekly counts they were part of."""
    contact.delete()
    forget_weeks()


@transaction.atomic
def erase_everything() -> None:
    """Every row the user entered (all that a backup holds), and what was derived from it."""
    for label in reversed(BACKED_UP_MODELS):  # dependants first
        apps.get_model(label).objects.all().delete()
    PendingImport.objects.all().delete()
    forget_weeks()
