"""Merging on a catalogue's page: coverage, preview, mapping, confirm or reject, apply."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.programs.models import Catalogue, PendingMerge, Program, ProgramFact
from matchwise.sources import formats
from matchwise.sources.formats import Progress
from matchwise.sources.rows import Fact, Source, SourceRow

from .conftest import invented

pytestmark = pytest.mark.django_db


def fake_read_source(
    path: Path, *, progress: Progress | None = None, mapping: Mapping[str, str] | None = None
) -> Source:
    """A sheet with one header the reader does not know ("Friendly?"), and three rows."""
    mapping = mapping or {}
    header = mapping.get("Friendly?")
    facts: tuple[Fact, ...] = (Fact("visa_j1", True, "sheet says Y"),)
    notes: tuple[tuple[str, str], ...] = ()
    if header == "visa_h1b":
        facts += (Fact("visa_h1b", True, "sheet says ✓"),)
    elif header == formats.NOTES:
        notes = (("Friendly?", "✓"),)
    rows = [
        SourceRow(line=2, institution="Invented Harbor Medical Center", city="Tampa", state="FL",
                  facts=facts, notes=notes),
        SourceRow(line=3, institution="Invented Ridge Hospital", facts=facts),
        SourceRow(line=4, institution="Nowhere Hospital", state="FL", facts=facts),
    ]  # fmt: skip
    unrecognised = [] if header else ["Friendly?"]
    return Source(path.name, date(2026, 1, 5), rows=rows, unrecognised_columns=unrecognised)


@pytest.fixture
def fake_sheet(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("fake_sheet_reader")
    module.read_source = fake_read_source  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_sheet_reader", module)
    monkeypatch.setitem(formats.FORMATS, "fake", ("fake_sheet_reader", "A fake sheet"))


@pytest.fixture
def catalogue(store: Callable[..., Catalogue]) -> Catalogue:
    return store(
        [
            invented(1, institution="Invented Harbor Med Ctr", city="Tampa", state="FL",
                     visa_j1=None, visa_h1b=None),
            invented(2, institution="Invented Ridge Hosp", city="Ocala", state="FL",
                     visa_j1=None, visa_h1b=None),
        ]
    )  # fmt: skip


def upload(client: Client, catalogue: Catalogue) -> str:
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(
        reverse("programs:merge", args=[catalogue.pk]),
        {"file": SimpleUploadedFile("friends.csv", b"x"), "source_format": "fake"},
    )
    assert response.status_code == 302
    return str(response["Location"])


def test_it_shows_the_coverage_on_the_catalogue_page(client: Client, catalogue: Catalogue) -> None:
    page = client.get(reverse("programs:catalogue", args=[catalogue.pk])).content.decode()
    assert "J-1 sponsorship" in page and "0 of 2" in page and "Merge a source" in page


def test_it_maps_columns_previews_and_applies_only_confirmed_matches(
    client: Client, catalogue: Catalogue, fake_sheet: None
) -> None:
    preview_url = upload(client, catalogue)
    page = client.get(preview_url).content.decode()
    assert "Friendly?" in page and 'name="column-0"' in page
    pending = PendingMerge.objects.get()
    client.post(reverse("programs:merge_mapping", args=[catalogue.pk, pending.pk]),
                {"column-0": "visa_h1b"})  # fmt: skip
    page = client.get(preview_url).content.decode()
    assert 'id="count-confident">1<' in page
    assert 'id="count-uncertain">1<' in page and 'id="count-unmatched">1<' in page
    assert "visa_h1b: 1" in page and 'name="decision-3"' in page
    assert ProgramFact.objects.count() == 0
    apply_url = reverse("programs:merge_apply", args=[catalogue.pk, pending.pk])
    response = client.post(apply_url, {"decision-3": "no"})
    assert response.status_code == 302
    assert Program.objects.get(program_id="INV-001").visa_h1b is True
    assert Program.objects.get(program_id="INV-002").visa_j1 is None  # rejected
    assert not PendingMerge.objects.exists()
    page = client.get(response["Location"]).content.decode()
    assert "Merged friends.csv" in page and "friends.csv (1)" in page


def test_it_applies_a_confirmed_uncertain_match_and_keeps_notes(
    client: Client, catalogue: Catalogue, fake_sheet: None
) -> None:
    preview_url = upload(client, catalogue)
    pending = PendingMerge.objects.get()
    client.post(reverse("programs:merge_mapping", args=[catalogue.pk, pending.pk]),
                {"column-0": "notes"})  # fmt: skip
    client.get(preview_url)
    client.post(reverse("programs:merge_apply", args=[catalogue.pk, pending.pk]),
                {"decision-3": "yes"})  # fmt: skip
    assert Program.objects.get(program_id="INV-002").visa_j1 is True
    assert Program.objects.get(program_id="INV-001").notes == "Friendly?: ✓ (friends.csv)"


def test_it_lists_the_problems_of_a_bad_file_and_changes_nothing(
    client: Client, catalogue: Catalogue
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    bad = b"Sponsoring Institution,Program Code,2026 Quota,2026 Matched\nA,1111140C0,x,1\n"
    response = client.post(
        reverse("programs:merge", args=[catalogue.pk]),
        {"file": SimpleUploadedFile("results.csv", bad), "source_format": "nrmp-results"},
    )
    page = client.get(response["Location"])
    assert page.status_code == 400
    assert "line 2, column <code>2026 Quota</code>" in page.content.decode()
    assert ProgramFact.objects.count() == 0


def test_it_says_when_a_format_has_no_reader_yet(
    client: Client, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(formats.FORMATS, "later", ("matchwise.sources.not_written", "Later"))
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(
        reverse("programs:merge", args=[catalogue.pk]),
        {"file": SimpleUploadedFile("a.csv", b"x"), "source_format": "later"},
    )
    page = client.get(response["Location"])
    assert page.status_code == 400
    assert "the later reader is not part of this version" in page.content.decode()


def test_it_shows_where_sources_disagree_and_their_notes(
    client: Client, catalogue: Catalogue
) -> None:
    from matchwise.programs.merging import apply_merge

    row = SourceRow(
        line=2,
        institution="Invented Harbor Med Ctr",
        city="Tampa",
        state="FL",
        facts=(Fact("setting", "university"),),
        notes=(("Vibe", "<kind>"),),
    )
    apply_merge(catalogue, Source("Sheet 2026", date(2026, 1, 5), rows=[row]))
    page = client.get(reverse("programs:catalogue", args=[catalogue.pk])).content.decode()
    assert "Where sources disagree" in page
    assert "setting is university per Sheet 2026 (2026-01-05)" in page
    assert "said community" in page
    assert "Vibe: &lt;kind&gt; (Sheet 2026)" in page
