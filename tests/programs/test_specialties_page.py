"""The page "How hard is each specialty for you": the user's fitted table with the published
rate beside each prediction, or predictions for specialties uploaded as CSV."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from matchwise.cli import main
from matchwise.market.shipped import CITATION

from .conftest import SELECTION_FIXTURES

pytestmark = pytest.mark.django_db
HEADER = "specialty,positions,all_applicants,img_applicants,img_step2_mean,img_step2_sd\n"
URL = reverse("programs:specialties")


def test_it_says_how_to_get_a_list_before_any_fit(client: Client) -> None:
    response = client.get(URL)
    assert response.status_code == 200
    text = response.content.decode()
    assert "There is no list of specialties to show yet" in text and CITATION in text
    assert "statistical model (one formula" in text and "logistic</strong>" not in text
    assert reverse("programs:model") in text
    assert URL in client.get(reverse("programs:home")).content.decode()


def test_it_shows_the_fitted_table_with_published_rates_and_a_chart(client: Client) -> None:
    assert main(["market", "fit", str(SELECTION_FIXTURES / "outcomes_fictional.csv")]) == 0
    text = client.get(URL).content.decode()
    assert "fitted to outcomes_fictional.csv on" in text
    assert "Invented Surgery" in text and "<svg" in text
    assert text.count('class="published"') == 3
    assert "<td>12%</td>" in text  # Invented Surgery's published rate (4 of 34)


def test_it_lists_the_calibration_tables_specialties_with_the_shipped_fit(
    client: Client,
) -> None:
    assert main(["calibrate", str(SELECTION_FIXTURES / "outcomes_fictional.csv")]) == 0
    text = client.get(URL).content.decode()
    assert "on the specialties of outcomes_fictional.csv" in text and CITATION in text
    assert "Invented Surgery" in text and text.count('class="published"') == 3
    assert "<td>12%</td>" in text


def test_it_predicts_for_an_uploaded_file_and_names_bad_rows(client: Client) -> None:
    good = SimpleUploadedFile("mine.csv", (HEADER + "New Medicine,900,1000,300,241,14\n").encode())
    response = client.post(URL, {"file": good})
    assert response.status_code == 200
    text = response.content.decode()
    assert "New Medicine" in text and "Your specialties" in text
    bad = SimpleUploadedFile("mine.csv", (HEADER + "<b>X</b>,9,ten,3,241,14\n").encode())
    response = client.post(URL, {"file": bad})
    assert response.status_code == 400
    assert "mine.csv:2: all_applicants:" in response.content.decode()
