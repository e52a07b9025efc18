"""The shortlist's downloads read as a person expects: headers in words, and a record of the
profile the list was made for (a second sheet in XLSX, a companion file beside the CSV)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date

import openpyxl
import pytest
from django.test import Client
from django.urls import reverse

from matchwise.programs import exports
from matchwise.programs.models import Catalogue
from matchwise.programs.services import make_shortlist
from matchwise.selection import SAMPLE_LABEL
from matchwise.selection.profile import profile_from_mapping

from .conftest import PROFILE, invented

pytestmark = pytest.mark.django_db
SMALL = {**PROFILE, "max_applications": 15, "budget_usd": 900}
MADE_ON = date(2026, 9, 1)


def read_csv(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))


def test_it_heads_the_csv_in_words_and_keeps_one_plain_header(client: Client) -> None:
    response = client.get(reverse("programs:download", args=["csv"]), SMALL)
    header, *rows = read_csv(response.content)
    assert header[:3] == ["Rank", "Program ID", "Program"]
    assert "Chance of an interview" in header and "Chance of matching here" in header
    assert all("_" not in title for title in header)
    assert len(rows) == 15 and all(len(row) == len(header) for row in rows)
    first = dict(zip(header, rows[0], strict=True))
    assert first["Rank"] == "1" and 0 < float(first["Chance of an interview"]) < 1
    assert first["Source"] == SAMPLE_LABEL and first["Why"]


def test_it_puts_the_profile_on_a_second_sheet_of_the_xlsx(client: Client) -> None:
    response = client.get(reverse("programs:download", args=["xlsx"]), SMALL)
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Shortlist (sample, fictional)", "Profile"]
    listed = book["Shortlist (sample, fictional)"]
    assert [cell.value for cell in listed[1]][:3] == ["Rank", "Program ID", "Program"]
    assert listed.max_row == 16
    profile = book["Profile"]
    assert profile.freeze_panes == "A2"
    settings = {row[0]: row[1] for row in profile.iter_rows(min_row=2, values_only=True)}
    assert settings["Applicant type"] == "Non-US IMG"
    assert settings["Specialties"] == "Internal Medicine"
    assert (settings["Step 2 CK score"], settings["Visa"]) == (245, "J-1")
    assert (settings["Budget for ERAS fees (USD)"], settings["Most applications"]) == (900, 15)
    assert settings["Catalogue"] == SAMPLE_LABEL
    assert settings["Model"] and settings["Made on"] is not None
    assert settings["Programs on the list"] == 15


def test_it_offers_the_profile_as_a_companion_csv(client: Client) -> None:
    response = client.get(reverse("programs:download_profile"), SMALL)
    name = "matchwise-shortlist-profile-sample-fictional.csv"
    assert response["Content-Disposition"] == f'attachment; filename="{name}"'
    header, *rows = read_csv(response.content)
    assert header == ["Setting", "Value"]
    settings = dict((setting, value) for setting, value in rows)
    assert settings["Step 2 CK score"] == "245" and settings["Made for"]
    assert settings["Made on"] == date.today().isoformat()


def test_it_records_an_untaken_score_and_no_limits_in_words() -> None:
    profile = profile_from_mapping({**PROFILE, "step2_score": None, "max_applications": 3})
    result = make_shortlist(profile, None)
    rows = dict(exports.profile_rows(result, MADE_ON))
    assert rows["Step 2 CK score"] == "not taken yet"
    assert rows["Budget for ERAS fees (USD)"] == exports.NO_LIMIT
    assert rows["Made on"] == MADE_ON
    assert rows["Made for"] == "the best chance of matching"


def test_it_names_an_imported_catalogue_without_the_sample_label(
    client: Client, store: Callable[..., Catalogue]
) -> None:
    store([invented(1)])
    query = {**PROFILE, "catalogue": "invented"}
    response = client.get(reverse("programs:download_profile"), query)
    assert response["Content-Disposition"] == (
        'attachment; filename="matchwise-shortlist-profile.csv"'
    )
    assert ["Catalogue", "invented"] in read_csv(response.content)


def test_it_sends_a_profile_that_makes_no_list_back_to_the_page(client: Client) -> None:
    response = client.get(reverse("programs:download_profile"), {**PROFILE, "step2_score": 999})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("programs:shortlist") + "?")
    assert client.get(response["Location"]).status_code == 400
