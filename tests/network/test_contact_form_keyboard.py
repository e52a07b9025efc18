"""The contact form starts where the keyboard starts: the field that takes the focus is the
first one, so Tab walks every field in reading order and none is left behind the cursor."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.models import Contact

pytestmark = pytest.mark.django_db
FIELD = re.compile(r"<(input|select|textarea)\b([^>]*)>")


def visible_fields(html: str) -> list[str]:
    """The opening tags of the form's fields a user can reach, in page order."""
    form = html[html.index('<form method="post"') :]
    return [attrs for _tag, attrs in FIELD.findall(form) if 'type="hidden"' not in attrs]


@pytest.mark.parametrize("editing", [False, True])
def test_it_puts_the_focus_on_the_first_field(client: Client, editing: bool) -> None:
    if editing:
        contact = Contact.objects.create(name="Amara Okafor", honorific="Dr.")
        url = reverse("network:contact_edit", args=[contact.pk])
    else:
        url = reverse("network:contact_add")
    fields = visible_fields(client.get(url).content.decode())
    assert 'name="name"' in fields[0] and "autofocus" in fields[0]
    assert not [attrs for attrs in fields[1:] if "autofocus" in attrs]
    assert 'name="honorific"' in fields[1]
