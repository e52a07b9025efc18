"""The SOAP pages: an empty state that says what to do, a list pasted or uploaded (all or
nothing), the cap, whom you know at each program, and offers answered round by round."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from matchwise.network.models import Contact
from matchwise.programs.catalogues import sample_programs
from matchwise.programs.models import SavedProfile
from matchwise.season import soap
from matchwise.season.models import Application, SoapOffer, SoapProgram
from tests.season.soap_fixtures import NOW, listed, many

pytestmark = pytest.mark.django_db


def test_it_says_what_to_do_before_any_program(client: Client) -> None:
    page = client.get(reverse("season:soap")).content.decode()
    assert "No unfilled program yet" in page and "0 of 45" in page
    assert reverse("season:soap") in client.get(reverse("season:home")).content.decode()


def test_it_adds_a_pasted_list_and_shows_who_you_know_there(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    ana = make_contact("Ana <Reyes>", institution="Riverside Teaching Hospital", phone="555")
    text = "name,institution,positions\nRiverside <FM>,Riverside Teaching Hospital,2\n"
    response = client.post(reverse("season:soap_import"), {"text": text})
    assert response.status_code == 302
    page = client.get(reverse("season:soap")).content.decode()
    assert "Riverside &lt;FM&gt;" in page and "Ana &lt;Reyes&gt;" in page and "by phone" in page
    assert f"{reverse('outreach:compose')}?contact={ana.pk}" in page


def test_it_uploads_a_file(client: Client) -> None:
    upload = SimpleUploadedFile("unfilled.csv", b"Program,State\nLakeside FM,OH\n")
    assert client.post(reverse("season:soap_import"), {"file": upload}).status_code == 302
    assert SoapProgram.objects.get().state == "OH"


def test_it_names_the_line_and_field_and_stores_nothing(client: Client) -> None:
    upload = SimpleUploadedFile("unfilled.csv", b"name,state\nLakeside FM,OH\nRiverside,Texas\n")
    response = client.post(reverse("season:soap_import"), {"file": upload})
    assert response.status_code == 400
    assert "unfilled.csv, line 3, column state: two letters" in response.content.decode()
    assert not SoapProgram.objects.exists()
    empty = client.post(reverse("season:soap_import"), {"text": " "})
    assert empty.status_code == 400 and "Paste the list or choose a file" in empty.content.decode()


def test_it_refuses_the_46th_application_with_the_reason(client: Client) -> None:
    programs = many(46)
    for program in programs[:45]:
        soap.apply(program, NOW)
    response = client.post(reverse("season:soap_apply", args=[programs[45].pk]))
    assert response.status_code == 400
    assert "at most 45 applications" in response.content.decode()
    assert SoapProgram.objects.filter(applied_at__isnull=False).count() == 45


def test_it_records_and_answers_offers_on_the_program_page(client: Client) -> None:
    program, other = listed("1234120C0 Lakeside FM", "1234140C0 Riverside IM")
    url = reverse("season:soap_program", args=[program.pk])
    assert "I applied here in SOAP" in client.get(url).content.decode()
    client.post(reverse("season:soap_apply", args=[program.pk]))
    client.post(reverse("season:soap_apply", args=[other.pk]))
    assert (
        client.post(reverse("season:soap_offer", args=[program.pk]), {"round": 1}).status_code
        == 302
    )
    bad = client.post(reverse("season:soap_offer", args=[program.pk]), {"round": 9})
    assert bad.status_code == 400 and "round from 1 to 4" in bad.content.decode()
    offer = SoapOffer.objects.get()
    client.post(reverse("season:soap_answer", args=[offer.pk]), {"state": "accepted"})
    page = client.get(url).content.decode()
    assert "You accepted the offer of Lakeside FM" in page and "Offer accepted" in page
    late = client.post(reverse("season:soap_offer", args=[other.pk]), {"round": 2})
    assert late.status_code == 400 and "SOAP is over" in late.content.decode()
    assert "No program of your catalogues" in page


def test_it_points_from_a_program_not_matched_to_soap(
    client: Client, make_application: Callable[..., Application]
) -> None:
    application = make_application("Lakeside IM")
    Application.objects.filter(pk=application.pk).update(status="not_matched")
    page = client.get(reverse("season:application", args=[application.pk])).content.decode()
    assert 'id="soap-hint"' in page and reverse("season:soap") in page


def test_it_shows_the_catalogue_facts_and_the_rules_for_the_saved_profile(client: Client) -> None:
    known = next(p for p in sample_programs() if p.visa_j1 is not None)
    [program] = listed("name,nrmp_code", f"Listed under another name,{known.program_id}")
    url = reverse("season:soap_program", args=[program.pk])
    assert (
        'Save a profile on the <a href="/programs/">Programs page</a>'
        in client.get(url).content.decode()
    )
    SavedProfile.objects.create(name="Mine", specialties=[known.specialty], visa="j1")
    page = client.get(url).content.decode()
    assert f"program {known.program_id}" in page and "For your saved profile “Mine”" in page
    assert ("does not sponsor J-1" if not known.visa_j1 else "ponsors J-1") in page
