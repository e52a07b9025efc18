"""A drop-down with nothing chosen says what that means, in the form's own words."""

from __future__ import annotations

import pytest
from django import forms
from django.test import Client

from matchwise.network.empty_choice import name_empty_choice
from matchwise.network.models import Contact


def test_it_names_the_empty_choice_of_a_choice_field() -> None:
    field = forms.ChoiceField(choices=[("", "---------"), ("a", "A"), ("b", "B")])
    name_empty_choice(field, "Not recorded")
    assert field.choices == [("", "Not recorded"), ("a", "A"), ("b", "B")]


def test_it_names_the_empty_choice_of_a_model_choice() -> None:
    field = forms.ModelChoiceField(Contact.objects.none())
    name_empty_choice(field, "Nobody")
    assert field.empty_label == "Nobody"


def test_it_refuses_a_field_without_choices() -> None:
    with pytest.raises(TypeError, match="CharField"):
        name_empty_choice(forms.CharField(), "Nothing")


@pytest.mark.django_db
def test_it_shows_the_names_on_the_contact_form(client: Client) -> None:
    html = client.get("/contacts/new/").content.decode()
    assert '<option value="" selected>Not recorded</option>' in html
    assert '<option value="" selected>Nobody</option>' in html
