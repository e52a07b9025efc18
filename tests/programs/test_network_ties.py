"""Contacts, rotations and letter writers at a program raise the chance there."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from matchwise.network.models import Contact, Tag
from matchwise.programs.models import Catalogue
from matchwise.programs.network_ties import network_ties
from matchwise.programs.services import make_shortlist
from matchwise.selection import profile_from_mapping

from .conftest import KNOWN, PROFILE, invented

pytestmark = pytest.mark.django_db


def chance_at(program_id: str) -> tuple[float, tuple[str, ...], bool]:
    result = make_shortlist(profile_from_mapping(PROFILE), "invented")
    row = next(r for r in result.rows if r.listed.program_id == program_id)
    return (
        row.listed.p_interview,
        row.listed.reasons,
        program_id in result.shortlist.networking_targets,
    )


def test_it_raises_the_chance_where_the_applicant_knows_someone(
    store: Callable[..., Catalogue], make_contact: Callable[..., Contact]
) -> None:
    store([KNOWN, invented(2)])
    before, _, target_before = chance_at(KNOWN.program_id)
    make_contact("Kwame Osei", honorific="Dr.", institution="Lakeside Teaching Hospital")
    after, reasons, target_after = chance_at(KNOWN.program_id)
    assert after > before
    assert "you know Dr. Kwame Osei there" in "; ".join(reasons)
    assert target_before and not target_after


def test_it_counts_a_rotation_and_a_letter_writer_more_than_a_name(
    store: Callable[..., Catalogue], make_contact: Callable[..., Contact]
) -> None:
    store([KNOWN])
    make_contact("Ana Silva", institution="Invented Lakeside Teaching Hospital")
    known, _, _ = chance_at(KNOWN.program_id)
    writer = make_contact(
        "Ben Cole", institution="invented lakeside teaching hospital", source="usce"
    )
    writer.tags.add(Tag.objects.create(name="Letter writer"))
    both, reasons, _ = chance_at(KNOWN.program_id)
    text = "; ".join(reasons)
    assert both > known
    assert "you rotated there" in text and "Ben Cole, one of your letter writers" in text


def test_it_ignores_people_elsewhere_and_generic_names(
    store: Callable[..., Catalogue], make_contact: Callable[..., Contact]
) -> None:
    store([KNOWN])
    alone, _, _ = chance_at(KNOWN.program_id)
    make_contact("Elsewhere", institution="Invented Hilltop Medical Center")
    make_contact("Generic", institution="Teaching Hospital")
    make_contact("Nowhere", institution="")
    assert chance_at(KNOWN.program_id)[0] == alone


def test_it_reads_the_tracker_in_a_few_queries(
    store: Callable[..., Catalogue], make_contact: Callable[..., Contact]
) -> None:
    programs = [invented(n) for n in range(1, 60)]
    store(programs)
    for n in range(1, 60):
        make_contact(f"Person {n}", institution=f"Invented Place{n} Hospital")
    with CaptureQueriesContext(connection) as queries:
        ties = network_ties(programs)
    assert len(ties) == 59
    assert len(queries) <= 3


def test_it_shows_networking_targets_with_a_link_to_add_a_contact(
    client: Client, store: Callable[..., Catalogue], make_contact: Callable[..., Contact]
) -> None:
    store([KNOWN, invented(2)])
    make_contact("Kwame Osei", institution="Lakeside Teaching Hospital")
    page = client.get("/programs/shortlist/", {**PROFILE, "catalogue": "invented"}).content.decode()
    targets = page[page.index('id="networking-targets"') :]
    assert "/contacts/new/?institution=Invented%20Place2%20Hospital" in targets
    assert "Lakeside" not in targets.split("</section>")[0]
    body = {**PROFILE, "catalogue": "invented"}
    api = client.post("/api/shortlist", json.dumps(body), content_type="application/json").json()
    assert api["networking_targets"] == ["INV-002"]
