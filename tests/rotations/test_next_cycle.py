"""Not matched: goals copied forward, letters and profiles reopened, every contact kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.models import Contact
from matchwise.outreach.models import Goal, LetterRequest
from matchwise.programs.models import SavedProfile
from matchwise.rotations import results
from matchwise.rotations.models import MatchResult

pytestmark = pytest.mark.django_db
TODAY = date(2027, 3, 20)


def not_matched() -> MatchResult:
    return results.record({"season": "2027", "outcome": "not_matched", "recorded_on": "2027-03-19"})


def test_it_plans_the_next_cycle_once(client: Client, make_contact: Callable[..., Contact]) -> None:
    Goal.objects.create(
        horizon="short", measure="letters", target=3, done_by_hand=2, deadline=date(2027, 6, 1)
    )
    uploaded = LetterRequest.objects.create(contact=make_contact("Ana"), stage="uploaded")
    declined = LetterRequest.objects.create(contact=make_contact("Ben"), stage="declined")
    SavedProfile.objects.create(name="Mine", specialties=["Internal Medicine"])
    result = not_matched()

    planned = results.start_next_cycle(result, TODAY)

    assert (planned.goals, planned.letters, planned.profiles) == (1, 1, 1)
    copy = Goal.objects.order_by("-pk").first()
    assert copy is not None and copy.deadline == date(2028, 5, 31) and copy.done_by_hand == 0
    assert Goal.objects.count() == 2
    uploaded.refresh_from_db()
    declined.refresh_from_db()
    assert (uploaded.stage, declined.stage) == ("not_asked", "declined")
    assert list(SavedProfile.objects.order_by("pk").values_list("name", flat=True)) == [
        "Mine",
        "Mine (2028)",
    ]
    assert SavedProfile.objects.get(name="Mine (2028)").years_since_graduation == 3
    assert Contact.objects.count() == 2
    with pytest.raises(results.NextCycleError, match="was planned on 2027-03-20"):
        results.start_next_cycle(result, TODAY)
    refused = client.post(reverse("rotations:next_cycle", args=[result.pk]))
    assert refused.status_code == 409


def test_it_has_no_next_cycle_after_a_match() -> None:
    result = results.record(
        {
            "season": "2027",
            "outcome": "matched",
            "matched_at": "Lakeside",
            "recorded_on": "2027-03-19",
        }
    )
    with pytest.raises(results.NextCycleError, match="You matched"):
        results.start_next_cycle(result, TODAY)
