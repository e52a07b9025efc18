"""Fixtures of the playbook tests: your profile, the template library, a conference."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.apps import apps
from django.core.management.color import no_style
from django.db import connection

from matchwise.outreach import library as shipped
from matchwise.outreach.models import ApplicantIdentity, Conference, MessageTemplate


@pytest.fixture(autouse=True)
def sequences_past_the_rows(request: pytest.FixtureRequest) -> None:
    """PostgreSQL does not roll sequences back with a test's transaction: a restore tested
    elsewhere can leave the template sequence behind the rows the migration created. Move the
    playbook's sequences past their rows first (a no-op on SQLite)."""
    if request.node.get_closest_marker("django_db") is None or connection.vendor != "postgresql":
        return
    request.getfixturevalue("db")
    models = list(apps.get_app_config("outreach").get_models())
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)


@pytest.fixture
def me(db: None) -> ApplicantIdentity:
    identity = ApplicantIdentity.load()
    identity.honorific = "Dr."
    identity.name = "Amara Okafor"
    identity.country = "Nigeria"
    identity.status = "completing an observership in Chicago"
    identity.specialty = "internal medicine"
    identity.interest = "heart failure care"
    identity.experience = "collected data for a 200-patient heart failure registry"
    identity.seeking = "a research mentor"
    identity.identity_sentence = (
        "I am a physician who trained in Nigeria, now completing an observership in Chicago."
    )
    identity.email = "amara@example.org"
    identity.save()
    return identity


@pytest.fixture
def library(db: None) -> Callable[[str], MessageTemplate]:
    """The shipped templates (a transactional test starts without the migration's rows)."""
    shipped.add_missing(MessageTemplate)
    return lambda slug: MessageTemplate.objects.get(slug=slug)


@pytest.fixture
def conference(db: None) -> Conference:
    today = date.today()
    return Conference.objects.create(
        name="Midwest Internal Medicine Meeting",
        starts_on=today - timedelta(days=1),
        ends_on=today,
        place="Milwaukee",
    )
