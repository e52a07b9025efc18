"""The profile form: prefilled, checked field by field, and stored only when saved."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.programs.catalogues import catalogue_title
from matchwise.programs.forms import PROFILE_KEYS, FavouritesField, ProfileForm
from matchwise.programs.models import SavedProfile
from matchwise.selection import SAMPLE_LABEL
from matchwise.selection.profile import PARSERS

from .conftest import PROFILE

pytestmark = pytest.mark.django_db


def test_it_has_the_same_keys_as_the_profile_file() -> None:
    assert set(PROFILE_KEYS) == set(PARSERS)
    assert set(PARSERS) <= set(ProfileForm().fields)


def test_it_starts_with_a_typical_img_profile_for_internal_medicine(client: Client) -> None:
    page = client.get(reverse("programs:home")).content.decode()
    assert 'value="Internal Medicine" id="id_specialties_' in page
    assert 'value="Internal Medicine" id="id_specialties_3" checked' in page or (
        'value="Internal Medicine"' in page and "checked" in page
    )
    assert '<option value="non_us_img" selected>' in page
    assert '<option value="j1" selected>' in page
    assert SAMPLE_LABEL in page
    assert "None yet." in page  # no saved profiles: nothing was stored


def test_it_shows_a_list_and_stores_nothing(client: Client) -> None:
    response = client.get(reverse("programs:shortlist"), PROFILE)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Your shortlist" in page and SAMPLE_LABEL in page
    assert 'id="curve-data"' in page and "chart.umd.min.js" in page
    assert "they invited" in page  # a reason in plain words
    assert not SavedProfile.objects.exists()


def test_it_puts_each_problem_next_to_its_field(client: Client) -> None:
    bad = {**PROFILE, "step2_score": "400", "home_state": "Ohio", "specialties": []}
    response = client.get(reverse("programs:shortlist"), bad)
    assert response.status_code == 400
    form = response.context["form"]
    assert "step2_score" in form.errors and "home_state" in form.errors
    assert "specialties" in form.errors
    assert "must be a two-letter state code" in form.errors["home_state"][0]


def test_it_takes_no_score_yet_and_state_lists(client: Client) -> None:
    profile = {**PROFILE, "step2_score": "", "preferred_states": "nj, pa", "home_state": "ny"}
    response = client.get(reverse("programs:shortlist"), profile)
    assert response.status_code == 200
    result = response.context["result"]
    assert result.profile.step2_score is None
    assert result.profile.preferred_states == ("NJ", "PA") and result.profile.home_state == "NY"
    assert "your Step 2 CK score (not entered yet)" in response.content.decode()


def test_it_saves_the_profile_only_when_asked_and_reloads_it(client: Client) -> None:
    response = client.post(
        reverse("programs:save_profile"), {**PROFILE, "name": "IM on a J-1", "catalogue": "sample"}
    )
    assert response.status_code == 302
    saved = SavedProfile.objects.get()
    assert (saved.name, saved.specialties, saved.visa) == (
        "IM on a J-1",
        ["Internal Medicine"],
        "j1",
    )
    assert "Saved as “IM on a J-1”." in client.get(response["Location"]).content.decode()
    again = {**PROFILE, "step2_score": 250, "name": "IM on a J-1"}
    client.post(reverse("programs:save_profile"), again)
    assert SavedProfile.objects.get().step2_score == 250  # the same name replaces it
    form_page = client.get(reverse("programs:home"), {"profile": saved.pk})
    assert form_page.context["form"].initial["step2_score"] == 250
    client.post(reverse("programs:delete_profile", args=[saved.pk]))
    assert not SavedProfile.objects.exists()


def test_it_refuses_to_save_a_bad_profile(client: Client) -> None:
    response = client.post(reverse("programs:save_profile"), {**PROFILE, "visa": "f1"})
    assert response.status_code == 400
    assert not SavedProfile.objects.exists()


def test_it_keeps_the_profile_when_going_back_to_change_it(client: Client) -> None:
    page = client.get(reverse("programs:home"), {**PROFILE, "step2_score": 231}).content.decode()
    assert 'value="231"' in page


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("SAMPLE-IM-0001, SAMPLE-IM-0002", ["SAMPLE-IM-0001", "SAMPLE-IM-0002"]),
        (
            "Fictional A Hospital, Inc; SAMPLE-IM-0003",
            ["Fictional A Hospital, Inc", "SAMPLE-IM-0003"],
        ),
        ("One Place\nOther Place", ["One Place", "Other Place"]),
        ("", []),
    ],
)
def test_it_reads_favourites_by_name_or_id(typed: str, expected: list[str]) -> None:
    assert FavouritesField(required=False).clean(typed) == expected


def test_it_names_the_sample_catalogue_once_in_the_drop_down() -> None:
    choices = dict(ProfileForm().fields["catalogue"].choices)  # type: ignore[attr-defined]
    assert choices["sample"] == SAMPLE_LABEL == "sample — fictional programs"
    assert catalogue_title("fl", "Florida 2024") == "fl (Florida 2024)"
    assert catalogue_title("fl", None) == "fl"
