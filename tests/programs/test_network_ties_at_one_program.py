"""The ties at one program (the interview-day page's) are those of the whole-network reading,
from only the contacts whose workplace could match."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from matchwise.network.models import Contact, Tag
from matchwise.programs.network_ties import network_ties, network_ties_at
from matchwise.rotations.models import Rotation, RotationMember
from matchwise.selection import NetworkTies

from .conftest import KNOWN, invented

pytestmark = pytest.mark.django_db
SPRING = date(2026, 3, 2)


def test_it_finds_the_same_ties_as_reading_the_whole_network(
    make_contact: Callable[..., Contact],
) -> None:
    make_contact("Ana Silva", honorific="Dr.", institution="Lakeside Teaching Hospital")
    writer = make_contact("Ben Cole", institution="invented lakeside teaching hospital")
    writer.tags.add(Tag.objects.create(name="Letter writer"))
    make_contact("Cy Dunn", institution="Lakeside Clinic")  # shares a word, not the place
    make_contact("Di Eze", institution="University Hospital")  # generic words only
    for i in range(30):
        make_contact(f"Person {i}", institution=f"Elsewhere {i} Medical Center")
    rotation = Rotation.objects.create(
        institution="Invented Lakeside Teaching Hospital", starts_on=SPRING, ends_on=SPRING
    )
    RotationMember.objects.create(rotation=rotation, contact=writer, role="attending")
    Rotation.objects.create(
        institution="Somewhere Else", program_id="INV-002", starts_on=SPRING, ends_on=SPRING
    )
    for program in (KNOWN, invented(2), invented(3, institution="Nowhere Known")):
        expected = network_ties([program]).get(program.program_id, NetworkTies())
        assert network_ties_at(program) == expected, program.program_id
    at_known = network_ties_at(KNOWN)
    assert at_known.contacts == ("Dr. Ana Silva",) and at_known.letter_writers == ("Ben Cole",)
    assert at_known.rotations == 1 and network_ties_at(invented(2)).rotations == 1


def test_it_reads_a_few_rows_in_a_fixed_number_of_queries(
    make_contact: Callable[..., Contact],
) -> None:
    for i in range(50):
        make_contact(f"Person {i}", institution=f"Elsewhere {i} Medical Center")
    with CaptureQueriesContext(connection) as few:
        network_ties_at(KNOWN)
    for i in range(50, 200):
        make_contact(f"Person {i}", institution=f"Elsewhere {i} Medical Center")
    with CaptureQueriesContext(connection) as many:
        network_ties_at(KNOWN)
    assert len(few.captured_queries) == len(many.captured_queries)
