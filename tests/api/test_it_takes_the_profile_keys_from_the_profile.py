"""The shortlist body's profile keys come from `selection.Profile`: same keys, same defaults."""

from __future__ import annotations

import dataclasses

import pytest
from pydantic_core import PydanticUndefined

from matchwise.api.fields import Flag, Number, Whole
from matchwise.api.programs import ShortlistIn, json_type
from matchwise.selection.profile import PARSERS, Profile

PROFILE = {field.name: field for field in dataclasses.fields(Profile)}


def test_it_has_every_key_of_the_profile_and_of_the_toml_file() -> None:
    assert set(PROFILE) == set(PARSERS)
    assert set(PROFILE) <= set(ShortlistIn.model_fields)


@pytest.mark.parametrize("name", sorted(PROFILE))
def test_it_takes_the_profiles_default_or_requires_the_key(name: str) -> None:
    declared, body = PROFILE[name], ShortlistIn.model_fields[name]
    if declared.default is dataclasses.MISSING:
        assert body.is_required()
    elif declared.default == ():
        assert body.default is PydanticUndefined and body.default_factory is list
    else:
        assert body.default == declared.default


@pytest.mark.parametrize(
    ("hint", "expected"),
    [(int, Whole), (bool, Flag), (float, Number), (int | None, Whole | None), (str, str)],
)
def test_it_reads_numbers_and_yes_no_as_json_writes_them(hint: object, expected: object) -> None:
    assert json_type(hint) == expected


def test_it_reads_lists_for_tuples() -> None:
    assert json_type(tuple[str, ...]) == list[str]
