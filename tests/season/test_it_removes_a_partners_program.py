"""Removing one of your partner's programs: refused, naming the pairs, while pairs of the
couple's list name it (and nothing changes); with the pairs when asked explicitly, the pairs
left numbered afresh. The page, the command line and the API agree."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.cli import main
from matchwise.season import couples
from matchwise.season.couple_rules import PairChoice
from matchwise.season.models import Application, CouplePair, PartnerProgram
from matchwise.season.services import SeasonError, change_status
from matchwise.season.vocabulary import Status

pytestmark = pytest.mark.django_db
URL = "/api/season/partner/programs"


@pytest.fixture
def couple_list(make_application: Callable[..., Application]) -> None:
    """Pairs 1 and 3 name Harbor Peds (PED1); pair 2 names Bayview Peds (PED2); PED3 is in
    no pair."""
    alpha = make_application("Alpha IM", program_id="A")
    change_status(alpha, Status.INTERVIEWED, date(2027, 1, 20), "Interviewed")
    couples.set_partner("Sam Lee", "Pediatrics")
    couples.add_partner_program("PED1", "Harbor Peds")
    couples.add_partner_program("PED2", "Bayview Peds")
    couples.add_partner_program("PED3", "Hilltop Peds")
    couples.set_couple_list(
        [PairChoice("A", "PED1"), PairChoice("A", "PED2"), PairChoice(None, "PED1")]
    )


def stored() -> list[tuple[int, str | None, str | None]]:
    return [
        (p.position, p.mine.program_id if p.mine else None,
         p.partner_program.program_id if p.partner_program else None)
        for p in couples.couple_list()
    ]  # fmt: skip


BEFORE = [(1, "A", "PED1"), (2, "A", "PED2"), (3, None, "PED1")]


def test_it_removes_a_program_no_pair_names(couple_list: None) -> None:
    removed = couples.remove_partner_program("PED3")
    assert removed.name == "Hilltop Peds"
    assert not PartnerProgram.objects.filter(program_id="PED3").exists()
    assert stored() == BEFORE


def test_it_refuses_while_pairs_name_it_and_changes_nothing(couple_list: None) -> None:
    with pytest.raises(SeasonError) as refused:
        couples.remove_partner_program("PED1")
    assert refused.value.field == "with_pairs"
    assert "Harbor Peds (PED1) is in pairs 1, 3 of your couple's list" in refused.value.message
    assert PartnerProgram.objects.filter(program_id="PED1").exists()
    assert stored() == BEFORE


def test_it_removes_the_pairs_too_when_asked_and_numbers_the_rest(couple_list: None) -> None:
    couples.remove_partner_program("PED1", with_pairs=True)
    assert stored() == [(1, "A", "PED2")]
    assert couples.couple_list_csv().decode().splitlines()[1].startswith("1,A,Alpha IM,PED2")


def test_it_refuses_a_code_that_is_not_the_partners(couple_list: None) -> None:
    with pytest.raises(SeasonError, match="PED9 is not one of Sam Lee's programs"):
        couples.remove_partner_program("PED9")


def test_the_command_line_removes_with_pairs_only_when_told(
    capsys: pytest.CaptureFixture[str], couple_list: None
) -> None:
    assert main(["season", "couple", "program", "PED2", "--remove"]) == 1
    _, err = capsys.readouterr()
    assert err.count("\n") == 1
    assert "--with-pairs: Bayview Peds (PED2) is in pair 2 of your couple's list" in err
    assert stored() == BEFORE
    assert main(["season", "couple", "program", "PED2", "--with-pairs"]) == 1
    assert "--with-pairs: only with --remove" in capsys.readouterr().err
    assert main(["season", "couple", "program", "PED2", "--remove", "--with-pairs"]) == 0
    assert capsys.readouterr().out == "Sam Lee no longer ranks Bayview Peds (PED2).\n"
    assert stored() == [(1, "A", "PED1"), (2, None, "PED1")]


def test_the_api_answers_409_then_204(client: Client, couple_list: None) -> None:
    def delete(path: str) -> tuple[int, bytes]:
        # the header, as on every change through the API, even with no body
        answer = client.delete(f"{URL}/{path}", CONTENT_TYPE="application/json")
        return answer.status_code, answer.content

    status, body = delete("PED1")
    assert status == 409
    assert "is in pairs 1, 3" in json.loads(body)["detail"]
    assert stored() == BEFORE
    assert delete("PED9")[0] == 404
    assert delete("PED1?with_pairs=true") == (204, b"")
    assert stored() == [(1, "A", "PED2")]
    assert [p["program_id"] for p in client.get("/api/season/partner").json()["programs"]] == [
        "PED2",
        "PED3",
    ]


def test_the_page_asks_before_removing_the_pairs(client: Client, couple_list: None) -> None:
    url = reverse("season:couples_program_remove")
    refused = client.post(url, {"program_id": "PED1"})
    assert refused.status_code == 400
    page = refused.content.decode()
    assert "is in pairs 1, 3 of your couple&#x27;s list" in page
    assert "Remove it and its pairs" in page
    assert CouplePair.objects.count() == 3
    assert client.post(url, {"program_id": "PED3"}).status_code == 302
    assert client.post(url, {"program_id": "PED1", "with_pairs": "1"}).status_code == 302
    assert stored() == [(1, "A", "PED2")]
    page = client.get(reverse("season:couples")).content.decode()
    assert "Harbor Peds" not in page and "Remove Bayview Peds" in page
