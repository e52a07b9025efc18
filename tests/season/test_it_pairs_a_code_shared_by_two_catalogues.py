"""The couple's list names your side by application: where two of your applications share a
program code (the same program from two catalogues), the page offers each with its catalogue,
the command line and the API take the catalogue, and a code given without it is refused naming
both catalogues, with nothing stored. Moving or removing pairs keeps the application chosen."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.cli import main
from matchwise.season import couples
from matchwise.season.couple_rules import PairChoice
from matchwise.season.models import Application, CouplePair

pytestmark = pytest.mark.django_db
CODE = "1234140C0"
BOTH = f"“{CODE}” is the id of 2 applications (“Merged” and “NRMP 2024”): name the catalogue"


@pytest.fixture
def twins(make_application: Callable[..., Application]) -> tuple[Application, Application]:
    """The same code from an imported list (applied to first) and from a merged one, both
    interviewed at, one other program, and a partner with one program."""
    listed = make_application("Lakeside IM (NRMP list)", program_id=CODE, catalogue="NRMP 2024")
    merged = make_application("Lakeside IM (merged)", program_id=CODE, catalogue="Merged")
    make_application("Hillside IM", program_id="B2", catalogue="NRMP 2024")
    Application.objects.update(status="interviewed")
    couples.set_partner("Sam Lee")
    couples.add_partner_program("PED1", "Harbor Pediatrics")
    return listed, merged


def my_sides() -> list[int | None]:
    return [p.mine_id for p in CouplePair.objects.order_by("position")]


def test_it_pairs_the_catalogues_application_from_the_command_line(
    capsys: pytest.CaptureFixture[str], twins: tuple[Application, Application]
) -> None:
    _, merged = twins

    refused = main(["season", "couple", "rank", f"{CODE}:PED1", "none:PED1"])
    _, err = capsys.readouterr()
    assert refused == 1 and err.count("\n") == 1 and f"Pair 1: {BOTH}" in err
    assert not CouplePair.objects.exists()

    status = main(["season", "couple", "rank", f"{CODE}:PED1", "--catalogue", "Merged"])
    out, err = capsys.readouterr()
    assert (status, err) == (0, "")
    assert out == f"1. Lakeside IM (merged) ({CODE}) / Harbor Pediatrics (PED1)\n"
    assert my_sides() == [merged.pk]
    assert main(["season", "couple", "list", "--json"]) == 0
    [pair] = json.loads(capsys.readouterr()[0])["pairs"]
    assert pair["mine"] == {"program_id": CODE, "name": merged.name, "catalogue": "Merged"}


def send(client: Client, pairs: list[dict[str, Any]]) -> Any:
    body = json.dumps({"pairs": pairs})
    return client.put("/api/season/couple-list", body, content_type="application/json")


def test_it_pairs_the_catalogues_application_over_the_api(
    client: Client, twins: tuple[Application, Application]
) -> None:
    listed, merged = twins

    refused = send(client, [{"mine": CODE, "partner": "PED1"}])
    assert refused.status_code == 422 and BOTH in refused.json()["detail"][0]["msg"]
    assert not CouplePair.objects.exists()

    pairs: list[dict[str, Any]] = [
        {"mine": CODE, "partner": "PED1", "catalogue": "NRMP 2024"},
        {"mine": CODE, "partner": None, "catalogue": "Merged"},
    ]
    stored = send(client, pairs)
    assert stored.status_code == 200, stored.content
    assert [p["mine"]["catalogue"] for p in stored.json()] == ["NRMP 2024", "Merged"]
    assert my_sides() == [listed.pk, merged.pk]
    unknown = send(client, [{"mine": CODE, "partner": "PED1", "catalogue": "Nowhere"}])
    assert unknown.status_code == 422
    said = unknown.json()["detail"][0]["msg"]
    assert f"no application to a program “{CODE}” of the catalogue “Nowhere”" in said


def test_it_offers_each_application_with_its_catalogue_on_the_page(
    client: Client, twins: tuple[Application, Application]
) -> None:
    listed, merged = twins
    page = client.get(reverse("season:couples")).content.decode()
    assert f'<option value="{listed.pk}">Lakeside IM (NRMP list) ({CODE}, catalogue' in page
    assert f'<option value="{merged.pk}">Lakeside IM (merged) ({CODE}, catalogue' in page
    assert "Hillside IM (B2" not in page  # a code of one application alone is shown plainly

    added = client.post(reverse("season:couples_pair"), {"mine": merged.pk, "partner": "PED1"})

    assert added.status_code == 302
    assert my_sides() == [merged.pk]
    page = client.get(reverse("season:couples")).content.decode()
    assert f"Lakeside IM (merged) ({CODE}, catalogue “Merged”)</strong>" in page
    for wrong in ("9999", CODE, "<b>"):
        refused = client.post(reverse("season:couples_pair"), {"mine": wrong, "partner": "PED1"})
        assert refused.status_code == 400
        assert "choose one of your applications from the list" in refused.content.decode()
    assert my_sides() == [merged.pk]


def test_it_keeps_the_application_chosen_when_pairs_move(
    twins: tuple[Application, Application],
) -> None:
    listed, merged = twins
    b2 = Application.objects.get(program_id="B2")
    couples.set_couple_list(
        [PairChoice("B2", "PED1"), PairChoice(CODE, "PED1", catalogue="Merged")]
    )

    couples.move_pair(2, -1)
    assert my_sides() == [merged.pk, b2.pk]
    couples.remove_pair(2)
    assert my_sides() == [merged.pk]
    assert couples.add_pair(PairChoice(CODE, None, catalogue="NRMP 2024"))[1].mine == listed
