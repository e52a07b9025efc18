"""The shortlist page: summary, curve, sortable table, downloads, print view, empty states."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

import openpyxl
import pytest
from django.test import Client
from django.urls import reverse

from matchwise.programs.models import Catalogue
from matchwise.selection import SAMPLE_LABEL

from .conftest import PROFILE, invented

pytestmark = pytest.mark.django_db
SMALL = {**PROFILE, "max_applications": 15}


def test_it_carries_the_curve_with_its_band_and_the_stop_rule(client: Client) -> None:
    response = client.get(reverse("programs:shortlist"), SMALL)
    curve = response.context["curve"]
    assert [n for n, _ in curve["by_count"]] == list(range(1, 16))
    assert curve["chosen"][0] == 15
    low, high = curve["band_by_count"]
    assert all(
        lo[1] <= p[1] <= hi[1] for lo, p, hi in zip(low, curve["by_count"], high, strict=True)
    )
    page = response.content.decode()
    assert json.loads(
        page.split('id="curve-data" type="application/json">')[1].split("</script>")[0]
    )
    assert 'id="p-match-band"' in page and 'id="assumption"' in page and 'id="citation"' in page


def test_it_says_when_the_catalogue_cannot_tell_programs_apart(
    client: Client, store: Callable[..., Catalogue]
) -> None:
    blank = dict.fromkeys(
        ("interview_rate_non_us_img", "step2_invited", "visa_h1b", "setting"), None
    )
    store([invented(n, **blank) for n in range(1, 9)], name="names only")
    response = client.get(
        reverse("programs:shortlist"),
        {**SMALL, "visa": "none", "catalogue": "names only", "stop_below": "0"},
    )
    shortlist = response.context["shortlist"]
    assert shortlist.indistinguishable and shortlist.tied == len(shortlist.programs) == 8
    page = response.content.decode()
    assert 'id="indistinguishable"' in page and "cannot tell these programs apart" in page


@pytest.mark.parametrize("sort", ["name", "p_interview", "tier", "state", "ties", "rank", "bogus"])
def test_it_sorts_the_table(client: Client, sort: str) -> None:
    response = client.get(reverse("programs:shortlist"), {**SMALL, "sort": sort})
    rows = response.context["rows"]
    assert len(rows) == 15
    if sort == "name":
        names = [r.listed.name.casefold() for r in rows]
        assert names == sorted(names)
    if sort == "p_interview":
        chances = [r.listed.p_interview for r in rows]
        assert chances == sorted(chances, reverse=True)
    if sort in ("rank", "bogus"):
        assert [r.rank for r in rows] == list(range(1, 16))


def test_it_downloads_the_list_as_csv_and_xlsx_with_the_label(client: Client) -> None:
    response = client.get(reverse("programs:download", args=["csv"]), SMALL)
    name = "matchwise-shortlist-sample-fictional.csv"
    assert response["Content-Disposition"] == f'attachment; filename="{name}"'
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 15
    assert rows[0]["Source"] == SAMPLE_LABEL and rows[0]["Why"]
    assert 0 < float(rows[0]["Chance of an interview"]) < 1
    response = client.get(reverse("programs:download", args=["xlsx"]), SMALL)
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert sheet is not None and sheet.max_row == 16 and sheet.freeze_panes == "A2"
    assert sheet.title == "Shortlist (sample, fictional)"


def test_it_labels_the_export_of_an_empty_sample_list(client: Client) -> None:
    empty = {**PROFILE, "budget_usd": 0}
    response = client.get(reverse("programs:download", args=["xlsx"]), empty)
    assert "sample-fictional.xlsx" in response["Content-Disposition"]
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.active is not None and book.active.title == "Shortlist (sample, fictional)"
    assert book.active.max_row == 1 and SAMPLE_LABEL in (book.properties.title or "")
    response = client.get(reverse("programs:download", args=["csv"]), empty)
    assert "sample-fictional.csv" in response["Content-Disposition"]


def test_it_leaves_the_label_out_of_an_imported_catalogues_export(
    client: Client, store: Callable[..., Catalogue]
) -> None:
    store([invented(1)])
    query = {**PROFILE, "catalogue": "invented"}
    response = client.get(reverse("programs:download", args=["xlsx"]), query)
    assert response["Content-Disposition"] == 'attachment; filename="matchwise-shortlist.xlsx"'
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert sheet is not None and sheet.title == "Shortlist"
    assert client.get(reverse("programs:download", args=["pdf"]), SMALL).status_code == 404


def test_it_neutralises_formulas_from_an_imported_catalogue(
    client: Client, store: Callable[..., Catalogue]
) -> None:
    store([invented(1, name="=HYPERLINK(1)")])
    response = client.get(
        reverse("programs:download", args=["csv"]), {**PROFILE, "catalogue": "invented"}
    )
    assert "'=HYPERLINK(1)" in response.content.decode("utf-8-sig")


def test_it_has_a_print_view_with_the_label(client: Client) -> None:
    page = client.get(reverse("programs:print"), SMALL).content.decode()
    assert SAMPLE_LABEL in page and "they invited" in page
    assert page.count("<tr>") >= 15


def test_it_explains_an_empty_list(client: Client) -> None:
    page = client.get(reverse("programs:shortlist"), {**PROFILE, "budget_usd": 0}).content.decode()
    assert "No program made the list" in page and "Raise the budget" in page


def test_it_sends_an_empty_address_back_to_the_form(client: Client) -> None:
    response = client.get(reverse("programs:shortlist"))
    assert response.status_code == 302 and response["Location"] == reverse("programs:home")


def test_it_explains_the_mix_of_tiers(client: Client) -> None:
    response = client.get(reverse("programs:shortlist"), SMALL)
    mix = dict(response.context["tier_mix"])
    assert sum(mix.values()) == len(response.context["shortlist"].programs)
    page = response.content.decode()
    assert 'id="tier-mix"' in page and f"<strong>{mix['reach']}</strong> reach" in page
