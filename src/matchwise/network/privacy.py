"""Deleting everything the user entered, and everything derived from it (one contact at a time:
`services.delete_contact`)."""

from __future__ import annotations

from django.apps import apps
from django.db import transaction

from matchwise.network.derived import forget_weeks
from matchwise.network.exporting.backup import BACKED_UP_MODELS
from matchwise.network.models import PendingImport


@transaction.atomic
def erase_everything() -> None:
    """Every row the user entered (all that a backup holds), and what was derived from it."""
    for label in reversed(BACKED_UP_MODELS):  # dependants first
        apps.get_model(label).objects.all().delete()
    PendingImport.objects.all().delete()
    forget_weeks()
