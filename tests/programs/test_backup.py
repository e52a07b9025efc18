"""A backup holds imported catalogues and saved profiles, never the generated sample."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from matchwise.network.exporting.backup import backup_bytes, restore
from matchwise.programs.models import Catalogue, Program, SavedProfile

from .conftest import visa_catalogue

pytestmark = pytest.mark.django_db


def test_it_backs_up_and_restores_imports_and_saved_profiles(
    store: Callable[..., Catalogue],
) -> None:
    store(visa_catalogue())
    SavedProfile.objects.create(name="Mine", specialties=["Internal Medicine"], step2_score=240)
    data = backup_bytes()
    models = {item["model"] for item in json.loads(data)["objects"]}
    assert {"programs.catalogue", "programs.program", "programs.savedprofile"} <= models
    assert "sample — fictional programs" not in data.decode()
    Catalogue.objects.all().delete()
    SavedProfile.objects.all().delete()
    counts = restore(data, "backup.json").counts
    assert counts["programs.Program"] == 3
    assert Program.objects.filter(visa_j1=None).count() == 1
    assert SavedProfile.objects.get().specialties == ["Internal Medicine"]
