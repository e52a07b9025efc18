"""Fixtures of the playbook tests: your profile, the template library, a conference."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from matchwise.outreach import library as shipped
from matchwise.outreach.models import ApplicantIdentity, Conference, MessageTemplate


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
