"""The season pages: the list, adding by hand, a CSV file, a shortlist ticked, a status."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from matchwise.season.models import Application
from tests.programs.conftest import PROFILE

pytestmark = pytest.mark.django_db


def test_it_lists_the_applications(
    client: Client, make_application: Callable[..., Application]
) -> None:
    make_application("Lakeside <IM>")
    page = client.get(reverse("season:home")).content.decode()
    assert "Lakeside &lt;IM&gt;" in page and "Applied" in page


def test_it_adds_one_by_hand(client: Client) -> None:
    form = {"program_id": "P1", "name": "Desert IM", "state": "AZ", "applied_on": "2026-09-24"}
    response = client.post(reverse("season:add"), form)
    application = Application.objects.get()
    assert response.status_code == 302 and application.time_zone == "America/Phoenix"


def test_it_says_what_is_missing(client: Client) -> None:
    form = {"program_id": "P1", "name": "Somewhere", "applied_on": "2026-09-24"}
    response = client.post(reverse("season:add"), form)
    assert response.status_code == 400 and "time zone of Somewhere is unknown" in (
        response.content.decode()
    )
    assert not Application.objects.exists()


def test_it_imports_a_file_or_lists_its_problems(client: Client) -> None:
    bad = SimpleUploadedFile("a.csv", b"program_id,name,applied_on\nP,X,soon\n")
    response = client.post(reverse("season:import"), {"file": bad})
    assert response.status_code == 400
    assert "a.csv, line 2, column applied_on: not a date" in response.content.decode()
    good = SimpleUploadedFile("a.csv", b"program_id,name,state,applied_on\nP,X,NY,2026-09-24\n")
    assert client.post(reverse("season:import"), {"file": good}).status_code == 302
    assert Application.objects.get().program_id == "P"


def test_it_turns_a_shortlist_into_applications(client: Client) -> None:
    shortlist = client.get(reverse("programs:shortlist"), PROFILE).content.decode()
    assert reverse("season:from_shortlist") in shortlist
    page = client.get(reverse("season:from_shortlist"), PROFILE)
    ids = [str(p.program_id) for p in page.context["listed"]][:3]
    assert len(ids) == 3
    form = {"catalogue": "sample", "program_id": ids, "applied_on": "2026-09-24", "fees_usd": 11}
    assert client.post(reverse("season:from_shortlist"), form).status_code == 302
    assert sorted(Application.objects.values_list("program_id", flat=True)) == sorted(ids)
    again = client.get(reverse("season:from_shortlist"), PROFILE).content.decode()
    assert again.count("already") == 3


def test_it_refuses_a_skip_on_the_page_unless_forced(
    client: Client, make_application: Callable[..., Application]
) -> None:
    application = make_application()
    url = reverse("season:status", args=[application.pk])
    form = {"status": "ranked", "changed_on": "2026-10-01"}
    response = client.post(url, form)
    assert response.status_code == 400 and "force the change" in response.content.decode()
    assert client.post(url, form | {"reason": "Phone interview"}).status_code == 302
    application.refresh_from_db()
    assert application.status == "ranked" and application.status_on == date(2026, 10, 1)
    detail = client.get(reverse("season:application", args=[application.pk])).content.decode()
    assert "forced: Phone interview" in detail
