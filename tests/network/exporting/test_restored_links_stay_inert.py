"""Only web pages become links: the forms refuse other addresses, and a page that finds one
stored anyway (an old database, a file written by hand) shows it as text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.fields import is_web_address
from matchwise.network.forms import ContactForm
from matchwise.network.models import Contact
from matchwise.outreach.forms.identity import IdentityForm

pytestmark = pytest.mark.django_db
HOSTILE = [
    "javascript:alert(document.domain)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "ftp://example.org/cv.pdf",
    "//evil.example/in/ana",
    "www.linkedin.com/in/ana",
]


@pytest.mark.parametrize(
    ("address", "is_link"),
    [
        ("https://www.linkedin.com/in/ana-souza/", True),
        ("http://example.org/profile?id=7", True),
        ("HTTPS://EXAMPLE.ORG/", True),
        *((address, False) for address in HOSTILE),
    ],
)
def test_it_makes_links_of_web_addresses_only(address: str, is_link: bool) -> None:
    assert is_web_address(address) is is_link


@pytest.mark.parametrize("address", HOSTILE[:7])
def test_it_shows_a_stored_script_address_as_text(
    client: Client, make_contact: Callable[..., Contact], address: str
) -> None:
    contact = make_contact("Ana Souza")
    Contact.objects.filter(pk=contact.pk).update(linkedin_url=address)  # past every check
    page = client.get(reverse("network:contact", args=[contact.pk])).content.decode()
    assert "LinkedIn profile</a>" not in page
    assert 'href="javascript' not in page.lower()
    assert 'href="data:' not in page and 'href="ftp:' not in page
    assert "LinkedIn: " in page


def test_it_links_a_web_address(client: Client, make_contact: Callable[..., Contact]) -> None:
    contact = make_contact("Ana Souza", linkedin_url="https://www.linkedin.com/in/ana-souza/")
    page = client.get(reverse("network:contact", args=[contact.pk])).content.decode()
    assert '<a href="https://www.linkedin.com/in/ana-souza/" rel="noopener noreferrer">' in page


@pytest.mark.parametrize("address", ["javascript:alert(1)", "ftp://example.org/cv.pdf"])
def test_it_refuses_other_addresses_in_the_forms(address: str) -> None:
    contact = ContactForm({"name": "Ana Souza", "role": "other", "linkedin_url": address})
    assert not contact.is_valid()
    assert "linkedin_url" in contact.errors
    identity = IdentityForm({"name": "Me", "linkedin_url": address})
    assert not identity.is_valid()
    assert "linkedin_url" in identity.errors
