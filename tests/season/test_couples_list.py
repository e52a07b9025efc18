"""Couples mode through the services and the page: a partner, their programs (typed in or
from the catalogue), the pairs moved with buttons, refused whole when a rule fails, exported."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.programs.catalogues import sample_programs
from matchwise.season import couples, services
from matchwise.season.couple_rules import PairChoice
from matchwise.season.models import Application, CouplePair
from matchwise.season.services import SeasonError
from matchwise.season.vocabulary import Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def interviewed(make_application: Callable[..., Application]) -> list[Application]:
    made = [
        make_application("Alpha IM", program_id="A"),
        make_application("=HYPERLINK(1) Beta IM", program_id="B"),
    ]
    for application in made:
        services.change_status(application, Status.INTERVIEWED, date(2027, 1, 20), "Interviewed")
    make_application("Gamma IM", program_id="C")  # applied only
    return made


def partner_with_programs() -> str:
    couples.set_partner("Sam Lee", "Pediatrics")
    couples.add_partner_program("PED1", "Harbor Pediatrics")
    sample = sample_programs()[0]
    added = couples.add_partner_program(sample.program_id)
    assert (added.name, added.catalogue) == (sample.name, "sample")
    return sample.program_id


def order() -> list[tuple[str | None, str | None]]:
    return [c.key for c in couples.choices_of(couples.couple_list())]


def test_it_keeps_the_pairs_in_the_order_given(interviewed: list[Application]) -> None:
    theirs = partner_with_programs()
    pairs = [PairChoice("A", "PED1"), PairChoice("B", theirs), PairChoice("A", None)]
    couples.set_couple_list([*pairs, PairChoice(None, "PED1")])
    assert order() == [("A", "PED1"), ("B", theirs), ("A", None), (None, "PED1")]
    couples.move_pair(3, -1)
    assert order()[1:3] == [("A", None), ("B", theirs)]
    couples.move_pair(1, -1)  # at the top it stays
    assert order()[0] == ("A", "PED1")
    couples.remove_pair(4)
    assert order() == [("A", "PED1"), ("A", None), ("B", theirs)]
    assert Application.objects.get(program_id="A").status == "interviewed"  # single list alone


def test_it_refuses_a_bad_list_whole_and_keeps_the_one_before(
    interviewed: list[Application],
) -> None:
    partner_with_programs()
    couples.set_couple_list([PairChoice("A", "PED1")])
    with pytest.raises(SeasonError) as refused:
        couples.set_couple_list([PairChoice("B", "PED1"), PairChoice("C", "PED1")])
    assert refused.value.field == "pairs"
    assert "Pair 2: Gamma IM (C) is “Applied”" in refused.value.message
    assert order() == [("A", "PED1")]
    couples.set_couple_list([PairChoice("C", "PED1", reason="Interviewed by phone")])
    assert CouplePair.objects.get().reason == "Interviewed by phone"


def test_it_asks_for_a_partner_before_their_programs_or_pairs(
    interviewed: list[Application],
) -> None:
    with pytest.raises(SeasonError, match="name your partner first"):
        couples.add_partner_program("PED1", "Harbor Pediatrics")
    with pytest.raises(SeasonError, match="name your partner first"):
        couples.set_couple_list([PairChoice("A", None)])
    with pytest.raises(SeasonError, match="name: This field cannot be blank"):
        couples.set_partner("  ")
    couples.set_partner("Sam Lee")
    assert couples.set_partner("Sam Lee-Park", "Surgery").pk == couples.set_partner("Sam").pk
    with pytest.raises(SeasonError, match="no program “NOPE” in the sample catalogue"):
        couples.add_partner_program("NOPE")
    couples.add_partner_program("PED1", "Harbor Pediatrics")
    with pytest.raises(SeasonError, match="PED1 is already one of Sam's programs"):
        couples.add_partner_program("PED1", "Harbor Pediatrics")


def test_it_runs_the_page_from_the_keyboard_and_exports_the_pairs(
    client: Client, interviewed: list[Application]
) -> None:
    page = client.get(reverse("season:couples")).content.decode()
    assert "Add your partner" in page and "no match" in page.lower()
    assert client.post(reverse("season:couples_partner"), {"name": "Sam Lee"}).status_code == 302
    url = reverse("season:couples_program")
    assert client.post(url, {"program_id": "PED1", "name": "Harbor Peds"}).status_code == 302
    # The page names each of your applications by its id in the database.
    ids = {a.program_id: str(a.pk) for a in Application.objects.all()} | {"none": "none"}
    for mine, theirs in [("A", "PED1"), ("B", "none"), ("none", "PED1")]:
        added = client.post(reverse("season:couples_pair"), {"mine": ids[mine], "partner": theirs})
        assert added.status_code == 302
    refused = client.post(reverse("season:couples_pair"), {"mine": "none", "partner": "none"})
    assert refused.status_code == 400 and "no match” on both sides" in refused.content.decode()
    moved = client.post(reverse("season:couples_change", args=[2]), {"action": "up"})
    assert moved.status_code == 302 and moved["Location"].endswith("#pair-1")
    assert order() == [("B", None), ("A", "PED1"), (None, "PED1")]
    wrong = client.post(reverse("season:couples_change", args=[9]), {"action": "down"})
    assert wrong.status_code == 400 and "no pair 9" in wrong.content.decode()
    page = client.get(reverse("season:couples")).content.decode()
    assert "Move pair 1 up" in page and 'value="down"' in page
    assert "Gamma IM (Applied: give a reason)" in page
    forced = {"mine": ids["C"], "partner": "none", "reason": "Interviewed by phone"}
    assert client.post(reverse("season:couples_pair"), forced).status_code == 302
    couples.remove_pair(4)
    csv_text = client.get(reverse("season:couples_csv")).content.decode()
    assert csv_text.lstrip("\ufeff").splitlines() == [
        "rank,my_program_id,my_program,partner_program_id,partner_program",
        "1,B,'=HYPERLINK(1) Beta IM,,No match",
        "2,A,Alpha IM,PED1,Harbor Peds",
        "3,,No match,PED1,Harbor Peds",
    ]
    printed = client.get(reverse("season:couples_print")).content.decode()
    assert printed.index("Beta IM") < printed.index("Alpha IM") < printed.rindex("No match")
    rank_page = client.get(reverse("season:rank_list")).content.decode()
    assert reverse("season:couples") in rank_page


def test_it_drops_a_pair_whose_application_is_deleted_and_renumbers_on_change(
    interviewed: list[Application],
) -> None:
    partner_with_programs()
    pairs = [PairChoice("A", "PED1"), PairChoice("B", "PED1"), PairChoice(None, "PED1")]
    couples.set_couple_list(pairs)
    Application.objects.filter(program_id="A").delete()
    assert [p.position for p in couples.couple_list()] == [2, 3]
    couples.move_pair(3, -1)
    assert [(p.position, p.mine is None) for p in couples.couple_list()] == [(1, True), (2, False)]
