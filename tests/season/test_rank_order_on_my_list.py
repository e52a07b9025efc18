"""The rank-order demonstration on the user's own list: the page and `season rank
--demonstrate [--json]` run the same service, with the market model in use."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.cli import main
from matchwise.programs.models import SavedProfile
from matchwise.season import rank_list, services
from matchwise.season.models import Application
from matchwise.season.rank_order import demonstrate_my_list
from matchwise.season.services import SeasonError
from matchwise.season.vocabulary import ListKind, Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def my_list(make_application: Callable[..., Application]) -> list[str]:
    ids = [f"P{i}" for i in range(1, 6)]
    for i, pid in enumerate(ids):
        made = make_application(f"Program {i + 1}", program_id=pid)
        services.change_status(made, Status.INTERVIEWED, date(2027, 1, 20), "Interviewed")
    rank_list.rank_programs(ids, None, ListKind.PRIMARY, date(2027, 2, 1))
    return ids


def test_it_shows_the_true_order_never_does_worse(my_list: list[str]) -> None:
    shown = demonstrate_my_list(runs=80)
    data = shown.to_json()
    assert [p["program_id"] for p in data["programs"]] == my_list
    assert data["orders"][0] == {
        "name": "Your true order",
        "order": my_list,
        "at_or_above": data["orders"][0]["at_or_above"],
    }
    assert data["orders"][-1]["order"] == my_list[::-1]
    assert data["reorder_won"] == 0
    true = data["orders"][0]["at_or_above"]
    for other in data["orders"][1:]:
        assert all(t >= o for t, o in zip(true, other["at_or_above"], strict=True))
    assert data["model"].startswith("shipped") and "Resident Matching" in data["citation"]
    assert demonstrate_my_list(runs=80) == shown  # seeded by the list


def test_it_needs_a_list(db: None) -> None:
    with pytest.raises(SeasonError, match="your primary rank list is empty"):
        demonstrate_my_list()


def test_it_shows_the_table_on_a_page(client: Client, my_list: list[str]) -> None:
    page = client.get(reverse("season:rank_order")).content.decode()
    assert 'id="rank-order"' in page and "Your list upside down" in page
    assert "In none of the 200 markets" in page
    assert page.index("Program 1") < page.index("Program 5")
    listed = client.get(reverse("season:rank_list")).content.decode()
    assert reverse("season:rank_order") in listed


def test_it_says_what_is_missing_on_the_page(client: Client) -> None:
    page = client.get(reverse("season:rank_order")).content.decode()
    assert "your primary rank list is empty" in page


def test_it_prints_the_demonstration(
    capsys: pytest.CaptureFixture[str], my_list: list[str]
) -> None:
    assert main(["season", "rank", "--demonstrate", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["runs"] == 200 and data["reorder_won"] == 0
    assert len(data["programs"]) == 5 and 0 <= data["programs"][0]["alone"] <= 1
    assert main(["season", "rank", "--demonstrate"]) == 0
    out = capsys.readouterr().out
    assert "Your true order" in out and "did better than your true order: 0." in out
    assert main(["season", "rank", "--demonstrate", "P1"]) == 1
    assert "--demonstrate: runs on your stored primary list" in capsys.readouterr().err
    assert main(["season", "rank"]) == 1
    assert "PROGRAM_ID: give the programs in order" in capsys.readouterr().err


def test_it_enters_the_market_as_the_saved_profile_says(my_list: list[str]) -> None:
    default = demonstrate_my_list(runs=40)
    assert default.to_json()["applicant"] == {"step2": 240.0, "non_us_img": True, "profile": None}
    SavedProfile.objects.create(name="Me", applicant_type="us_md", step2_score=262)
    mine = demonstrate_my_list(runs=40)
    assert mine.to_json()["applicant"] == {"step2": 262.0, "non_us_img": False, "profile": "Me"}
    assert "Step 2 CK of 262 (from your saved profile “Me”)" in mine.who
    assert mine.demonstration.reorder_won == 0
    strong = mine.demonstration.orders[0].at_or_above[-1]
    assert strong > default.demonstration.orders[0].at_or_above[-1]  # a stronger applicant
