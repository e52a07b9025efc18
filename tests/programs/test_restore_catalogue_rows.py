"""A restored catalogue row passes the catalogue format's rules, the same as an import."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from matchwise.network.exporting.backup import BackupError, backup_bytes, restore
from matchwise.programs.models import Catalogue, Program

from .conftest import visa_catalogue

pytestmark = pytest.mark.django_db


def edited_backup(store: Callable[..., Catalogue], **fields: object) -> bytes:
    """A backup of a stored catalogue with one program's fields changed, then emptied."""
    store(visa_catalogue())
    data = json.loads(backup_bytes())
    program = next(o for o in data["objects"] if o["model"] == "programs.program")
    program["fields"].update(fields)
    Catalogue.objects.all().delete()
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"state": "ZZ"}, "state", "not the code of a US state"),
        ({"positions": 5000}, "positions", "more than the 1,000"),
        ({"interview_rate_us_md": 140.0}, "interview_rate_us_md", "between 0 and 100"),
        ({"name": "x" * 600}, "name", "at most 500"),
        ({"filled": 20, "positions": 10}, "filled", "more than the 10 positions"),
        ({"interview_rate_us_md": float("nan")}, "interview_rate_us_md", "number"),
        ({"step2_invited_lower": float("inf")}, "step2_invited_lower", "number"),
    ],
)
def test_it_refuses_a_catalogue_row_the_format_would_refuse(
    store: Callable[..., Catalogue], fields: dict[str, object], field: str, words: str
) -> None:
    data = edited_backup(store, **fields)
    with pytest.raises(BackupError) as caught:
        restore(data, "backup.json", accept_edited=True)
    found = [p for p in caught.value.problems if "programs.program" in p and field in p]
    assert found and words in found[0], caught.value.problems
    assert not Program.objects.exists()


def test_it_restores_a_catalogue_row_the_format_accepts(
    store: Callable[..., Catalogue],
) -> None:
    data = edited_backup(store, state="PR", positions=1000)
    restore(data, "backup.json", accept_edited=True)
    assert Program.objects.filter(state="PR", positions=1000).count() == 1
