"""Contacts, rotations and letter writers at a program raise the chance there."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from matchwise.network.models import Contact, Tag
from matchwise.programs.models import Catalogue
from matchwise.programs.network_ties import network_ties
from matchwise.programs.services import make_shortlist
from matchwise.rotations.models import Rotation, RotationMember
from matchwise.selection import profile_from_mapping

from .conftest import KNOWN, PROFILE, invented

pytestmark = pytest.mark.django_db
SPRING = date(2026, 3, 2)


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
    writer = make_contact("Ben Cole", institution="invented lakeside teaching hospital")
    writer.tags.add(Tag.objects.create(name="Letter writer"))
    rotation = Rotation.objects.create(
        institution="Invented Lakeside Teaching Hospital", starts_on=SPRING, ends_on=SPRING
    )
    RotationMember.objects.create(rotation=rotation, contact=writer, role="attending")
    both, reasons, _ = chance_at(KNOWN.program_id)
    text = "; ".join(reasons)
    assert both > known
    assert "you rotated there" in text and "Ben Cole, one of your letter writers" in text


def test_it_counts_a_rotation_from_its_record_not_from_how_a_contact_was_met(
    store: Callable[..., Catalogue], make_contact: Callable[..., Contact]
) -> None:
    hilltop = invented(3, name="Invented Hilltop — Internal Medicine", institution="Hilltop Clinic")
    store([KNOWN, invented(2), hilltop])
    make_contact("Ana Silva", institution="Invented Place2 Hospital", source="usce")
    assert network_ties([invented(2)])["INV-002"].rotations == 0
    Rotation.objects.create(
        institution="Invented Place2 Hospital", starts_on=SPRING, ends_on=SPRING
    )
    # A rotation elsewhere that names the program by its catalogue id counts there too.
    Rotation.objects.create(
        institution="Somewhere Else", program_id="INV-003", starts_on=SPRING, ends_on=SPRING
    )
    ties = network_ties([KNOWN, invented(2), hilltop])
    assert ties["INV-002"].rotations == 1 and ties["INV-002"].contacts == ("Ana Silva",)
    assert ties["INV-003"].rotations == 1 and ties["INV-003"].contacts == ()
    assert "INV-001" not in ties
    _, reasons, _ = chance_at("INV-003")
    assert "you rotated there" in "; ".join(reasons)


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
