"""Rotations dated around today, and people met on them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from matchwise.network.models import Contact
from matchwise.rotations import services
from matchwise.rotations.models import Rotation, RotationMember
from matchwise.rotations.vocabulary import MemberRole

TODAY = date.today()


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


@pytest.fixture
def make_rotation(db: None) -> Callable[..., Rotation]:
    def make(starts: int = -10, ends: int = 17, **fields: Any) -> Rotation:
        values = {"institution": "Lakeside General Hospital", "service": "Cardiology"} | fields
        rotation = Rotation(starts_on=days(starts), ends_on=days(ends), **values)
        rotation.full_clean()
        rotation.save()
        return rotation

    return make


@pytest.fixture
def meet(db: None) -> Callable[..., RotationMember]:
    def add(
        rotation: Rotation,
        name: str,
        role: MemberRole = MemberRole.ATTENDING,
        *,
        saw_work: bool = False,
        **fields: Any,
    ) -> RotationMember:
        contact = Contact.objects.create(name=name, institution=rotation.institution, **fields)
        return services.add_member(rotation, contact, role, saw_work=saw_work)

    return add
