"""The playbook's rows are in the backup and come back exactly; the library is replaced."""

from __future__ import annotations

from typing import Any

import pytest
from django.apps import apps

from matchwise.network.exporting.backup import (
    BACKED_UP_MODELS,
    REPLACED_ON_RESTORE,
    backed_up_models,
    backup_bytes,
    restore,
)
from matchwise.outreach.models import ApplicantIdentity, MessageTemplate
from tests.outreach.dataset import build_outreach_dataset

pytestmark = pytest.mark.django_db
OUTREACH = [label for label in BACKED_UP_MODELS if label.startswith("outreach.")]


def snapshot() -> dict[str, list[dict[str, Any]]]:
    tables = {}
    for label in OUTREACH:
        model = apps.get_model(label)
        tables[label] = [
            {field.attname: getattr(row, field.attname) for field in model._meta.concrete_fields}
            for row in model._default_manager.order_by("pk")
        ]
    return tables


def test_it_backs_up_and_restores_every_playbook_row() -> None:
    build_outreach_dataset()
    before = snapshot()
    assert all(before.values()), "the dataset fills every playbook model"
    data = backup_bytes()

    for model in reversed(backed_up_models()):
        model._default_manager.all().delete()
    # A fresh install has its own library and profile row; the restore replaces them.
    MessageTemplate.objects.create(slug="thank-you", name="Reinstalled", kind="thank_you", body="y")
    ApplicantIdentity.load()
    counts = restore(data, "backup.json").counts

    assert snapshot() == before
    assert counts["outreach.Message"] == 1


def test_it_replaces_what_a_fresh_install_creates_by_itself() -> None:
    assert {"outreach.ApplicantIdentity", "outreach.MessageTemplate"} <= REPLACED_ON_RESTORE
    order = list(BACKED_UP_MODELS)
    for child, parent in [
        ("outreach.CampaignTarget", "outreach.Campaign"),
        ("outreach.Message", "outreach.CampaignTarget"),
        ("outreach.Message", "outreach.MessageTemplate"),
        ("outreach.Message", "network.Interaction"),
        ("outreach.ConferenceTarget", "outreach.Conference"),
        ("outreach.Advice", "network.Contact"),
    ]:
        assert order.index(child) > order.index(parent)
