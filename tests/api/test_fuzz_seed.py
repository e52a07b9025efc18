"""The data `make api-fuzz` starts from can be created: the seed must pass the app's own checks."""

from __future__ import annotations

from datetime import date

import pytest

from matchwise.network.models import Contact
from matchwise.outreach.models import Message
from matchwise.rotations.models import MatchResult, Mentee, RotationTask
from matchwise.season.models import Invitation

from .fuzz_seed import seed


@pytest.mark.django_db
def test_it_seeds_contacts_drafts_and_sent_messages() -> None:
    seed(date(2026, 9, 1))
    assert Contact.objects.count() == 3
    assert Message.objects.filter(state=Message.State.SENT).count() == 3
    assert Message.objects.filter(state=Message.State.DRAFT).count() == 3
    assert RotationTask.objects.get().rotation.members.count() == 1
    assert MatchResult.objects.get().season == 2026
    assert Mentee.objects.get().contact.name == "Lena Park"
    assert Invitation.objects.get().slots.count() == 1
