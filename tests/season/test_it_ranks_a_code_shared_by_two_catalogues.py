"""The rank list resolves each program id to one application: with a catalogue named, a code
that another catalogue shares is ranked; without it, it is refused naming both catalogues,
and nothing changes. The command line, the API and the service agree."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.cli import main
from matchwise.season import rank_list
from matchwise.season.models import Application, StatusChange
from matchwise.season.services import SeasonError
from matchwise.season.vocabulary import ListKind

pytestmark = pytest.mark.django_db
CODE = "1234140C0"
TODAY = date(2027, 2, 1)


@pytest.fixture
def twins(make_application: Callable[..., Application]) -> tuple[Application, Application]:
    """The same code from an imported list and from a merged one, both interviewed at, and
    one other program of the imported list."""
    listed = make_application("Lakeside IM (NRMP list)", program_id=CODE, catalogue="NRMP 2024")
    merged = make_application("Lakeside IM (merged)", program_id=CODE, catalogue="Merged")
    make_application("Hillside IM", program_id="B2", catalogue="NRMP 2024")
    Application.objects.update(status="interviewed")
    listed.refresh_from_db()
    merged.refresh_from_db()
    return listed, merged


def nothing_ranked() -> bool:
    return not Application.objects.filter(rank__isnull=False).exists() and set(
        Application.objects.values_list("status", flat=True)
    ) == {"interviewed"}


def test_it_ranks_the_catalogues_application_from_the_command_line(
    capsys: pytest.CaptureFixture[str], twins: tuple[Application, Application]
) -> None:
    listed, merged = twins
    status = main(["season", "rank", "B2", CODE, "--catalogue", "NRMP 2024"])
    out, err = capsys.readouterr()
    assert (status, err) == (0, "")
    assert out.splitlines() == ["1. Hillside IM (B2)", f"2. Lakeside IM (NRMP list) ({CODE})"]
    listed.refresh_from_db()
    merged.refresh_from_db()
    assert (listed.rank, listed.status) == (2, "ranked")
    assert (merged.rank, merged.status) == (None, "interviewed")


def test_it_refuses_a_shared_code_without_the_catalogue_naming_both(
    capsys: pytest.CaptureFixture[str], twins: tuple[Application, Application]
) -> None:
    status = main(["season", "rank", "B2", CODE])
    _, err = capsys.readouterr()
    assert status == 1 and err.count("\n") == 1
    assert f"“{CODE}” is the id of 2 applications (“Merged” and “NRMP 2024”)" in err
    assert nothing_ranked()


def test_it_reports_every_id_it_cannot_resolve_at_once(
    capsys: pytest.CaptureFixture[str], twins: tuple[Application, Application]
) -> None:
    status = main(["season", "rank", "B2", CODE, "Z9", "--catalogue", "Merged"])
    _, err = capsys.readouterr()
    assert status == 1
    assert "no application to a program “B2” of the catalogue “Merged”" in err
    assert "no application to a program “Z9” of the catalogue “Merged”" in err
    assert nothing_ranked()


def test_it_keeps_the_list_as_it_was_when_refused(twins: tuple[Application, Application]) -> None:
    listed, _ = twins
    rank_list.rank_programs([CODE], "NRMP 2024", ListKind.PRIMARY, TODAY)
    changes = StatusChange.objects.count()
    with pytest.raises(SeasonError, match="is the id of 2 applications"):
        rank_list.rank_programs(["B2", CODE], None, ListKind.PRIMARY, TODAY)
    with pytest.raises(SeasonError, match="given twice"):
        rank_list.set_rank_list(list(twins), ListKind.PRIMARY, TODAY)
    assert rank_list.order_of(ListKind.PRIMARY) == [CODE]
    assert [a.pk for a in rank_list.ranked(ListKind.PRIMARY)] == [listed.pk]
    assert StatusChange.objects.count() == changes


def test_the_api_takes_a_catalogue_for_every_id(
    client: Client, twins: tuple[Application, Application]
) -> None:
    _, merged = twins

    def put(body: dict[str, object]) -> tuple[int, str]:
        response = client.put("/api/season/rank-list", json.dumps(body), "application/json")
        return response.status_code, json.dumps(response.json(), ensure_ascii=False)

    status, body = put({"program_ids": [CODE]})
    assert status == 422 and "(“Merged” and “NRMP 2024”): name the catalogue" in body
    assert nothing_ranked()
    status, body = put({"program_ids": [CODE], "catalogue": "Merged"})
    assert status == 200
    assert [row["id"] for row in json.loads(body)] == [merged.pk]
    status, _ = put({"program_ids": ["B2"]})  # an id no other catalogue has needs none
    assert status == 200
    merged.refresh_from_db()
    assert (merged.rank, merged.status) == (None, "interviewed")
    assert rank_list.order_of(ListKind.PRIMARY) == ["B2"]


def test_the_page_ranks_by_application_and_ranks_a_code_once(
    client: Client, twins: tuple[Application, Application]
) -> None:
    listed, merged = twins
    add = {"action": "add"}
    assert client.post(reverse("season:rank_change", args=[merged.pk]), add).status_code == 302
    refused = client.post(reverse("season:rank_change", args=[listed.pk]), add)
    assert refused.status_code == 400
    assert "given twice (“Merged” and “NRMP 2024”)" in refused.content.decode()
    assert [a.pk for a in rank_list.ranked(ListKind.PRIMARY)] == [merged.pk]
    hillside = Application.objects.get(program_id="B2")
    assert client.post(reverse("season:rank_change", args=[hillside.pk]), add).status_code == 302
    up = {"action": "up"}
    assert client.post(reverse("season:rank_change", args=[hillside.pk]), up).status_code == 302
    assert [a.pk for a in rank_list.ranked(ListKind.PRIMARY)] == [hillside.pk, merged.pk]
    listed.refresh_from_db()
    assert listed.rank is None
    page = client.get(reverse("season:rank_list")).content.decode()
    assert f"{CODE} from Merged" in page and f"{CODE} from NRMP 2024" in page
