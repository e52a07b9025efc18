"""What a drop-down says when nothing is chosen: Django's default is a row of dashes, which
tells the reader nothing, so every form names it ("Not recorded", "Choose a contact")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from django import forms


def name_empty_choice(field: forms.Field, label: str) -> None:
    """Show `label` for the empty choice of a drop-down (a choice field or a model choice)."""
    if isinstance(field, forms.ModelChoiceField):
        field.empty_label = label
    elif isinstance(field, forms.ChoiceField):
        # A model field's choices are a plain list of pairs by the time its form field exists.
        pairs = cast("Iterable[tuple[object, object]]", field.choices)
        field.choices = [("", label) if value == "" else (value, text) for value, text in pairs]
    else:
        raise TypeError(f"{type(field).__name__} has no empty choice to name")
