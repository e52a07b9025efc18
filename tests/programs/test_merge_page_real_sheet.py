"""The mapping screen with the real sheet reader: a column it does not know is asked about,
mapped on the page to an attribute, read again with that mapping, and applied."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from matchwise.programs.models import Catalogue, PendingMerge, Program, ProgramFact

from .conftest import invented

pytestmark = pytest.mark.django_db
SHEET = (
    "My IMG list for 2026\n"
    "\n"
    "Hospital,City,ST,Specialty,J1?,Took IMGs on H last year,Vibe\n"
    "Invented Harbor Med Ctr,Tampa,FL,Internal Medicine,Yes,✓,friendly PD\n"
    "Invented Ridge Hospital,Ocala,FL,Internal Medicine,No,N,\n"
    "Invented Harbor Medical Center,Orlando,FL,Internal Medicine,Y,Y,a look-alike elsewhere\n"
)


@pytest.fixture
def catalogue(store: Callable[..., Catalogue]) -> Catalogue:
    return store(
        [
            invented(1, institution="Invented Harbor Med Ctr", city="Tampa", state="FL",
                     visa_j1=None, visa_h1b=None),
            invented(2, institution="Invented Ridge Hosp", city="Ocala", state="FL",
                     visa_j1=None, visa_h1b=None),
        ]
    )  # fmt: skip


def test_it_maps_an_unknown_column_of_a_real_sheet_and_applies_it(
    client: Client, catalogue: Catalogue
) -> None:
    response = client.post(
        reverse("programs:merge", args=[catalogue.pk]),
        {
            "file": SimpleUploadedFile("my list.csv", SHEET.encode("utf-8")),
            "source_format": "sheet",
        },
    )
    assert response.status_code == 302
    preview_url = str(response["Location"])
    page = client.get(preview_url).content.decode()
    assert "Took IMGs on H last year" in page and "Vibe" in page
    assert 'name="column-0"' in page and 'name="column-1"' in page
    assert "visa_h1b: " not in page  # the unknown column sets nothing until it is mapped
    pending = PendingMerge.objects.get()
    client.post(
        reverse("programs:merge_mapping", args=[catalogue.pk, pending.pk]),
        {"column-0": "visa_h1b", "column-1": "notes"},
    )
    page = client.get(preview_url).content.decode()
    assert 'id="count-confident">2<' in page and 'id="count-unmatched">1<' in page
    assert "visa_h1b: 2" in page and "visa_j1: 2" in page
    assert ProgramFact.objects.count() == 0  # a preview stores nothing

    response = client.post(reverse("programs:merge_apply", args=[catalogue.pk, pending.pk]))
    assert response.status_code == 302
    harbor, ridge = Program.objects.order_by("program_id")
    assert (harbor.visa_j1, harbor.visa_h1b) == (True, True)
    assert (ridge.visa_j1, ridge.visa_h1b) == (False, False)
    assert harbor.notes == "Vibe: friendly PD (my list.csv)"
    assert "look-alike" not in ridge.notes + harbor.notes  # the Orlando row was not merged
    evidence = ProgramFact.objects.get(program=harbor, attribute="visa_h1b").evidence
    assert evidence == "Took IMGs on H last year: ✓"
