"""From each person shown on the SOAP list, one click opens the composer on the SOAP note for
them, with the program's name filled in."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.models import Contact
from matchwise.outreach import library as shipped
from matchwise.outreach.models import MessageTemplate
from matchwise.season.models import SoapProgram

pytestmark = pytest.mark.django_db


def test_it_links_each_person_shown_to_the_soap_note_for_that_program(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    shipped.add_missing(MessageTemplate)
    lena = make_contact("Lena Park", honorific="Dr.", institution="Riverside Teaching Hospital")
    text = "name,institution\nRiverside Family Medicine & Rural Track,Riverside Teaching Hospital\n"
    assert client.post(reverse("season:soap_import"), {"text": text}).status_code == 302
    program = SoapProgram.objects.get()
    page = client.get(reverse("season:soap")).content.decode()
    row = page[page.index(f'id="soap-{program.pk}"') :].split("</tr>")[0]
    [link] = re.findall(r'href="([^"]*template=soap-a-word[^"]*)"', row)
    composer = client.get(html.unescape(link))
    assert composer.status_code == 200
    assert composer.context["editor"].initial["contact"] == lena
    body = composer.context["editor"].initial["body"]
    assert "applied to Riverside Family Medicine & Rural Track" in body
    assert "Riverside Family Medicine &amp; Rural Track" in composer.content.decode()
