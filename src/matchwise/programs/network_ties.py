"""Read the network tracker once and turn it into ties per program.

Letter writers are contacts tagged "letter writer" for now; when letter requests are tracked,
`letter_writer_ids` is the one place to extend. Rotations come from the rotation records: the
place of each rotation, the people met on one, and the program a rotation names by its id.

The rotations app sits above programs (a rotation happens at a program, and names one), so
programs never imports it: the rotations app hands its records to this module when Django
starts (`matchwise.rotations.apps.RotationsConfig.ready` calls `read_rotations_from`), and the
rule that turns them into ties stays here.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Iterable
from typing import Protocol

from django.core.exceptions import ImproperlyConfigured
from django.db.models import Exists

from matchwise import selection
from matchwise.network.models import Contact, Tag
from matchwise.programs.institutions import (
    Person,
    distinctive_words,
    institution_key,
    program_place,
    ties_by_program,
)
from matchwise.selection import NetworkTies


class RotationRecords(Protocol):
    """What the ties need to know of the rotations."""

    def met_on_rotation(self) -> Exists:
        """True for a contact (the outer query's row) met on a rotation."""
        ...

    def places(self) -> list[tuple[str, str]]:
        """Each distinct (institution, program id) of a rotation; the id may be empty."""
        ...


_offered: list[RotationRecords] = []


def read_rotations_from(records: RotationRecords) -> None:
    """Read the rotations from these records from now on (the rotations app calls this)."""
    _offered[:] = [records]


def rotation_records() -> RotationRecords:
    if not _offered:
        raise ImproperlyConfigured(
            "No rotation records to count ties from: is matchwise.rotations in INSTALLED_APPS?"
        )
    return _offered[0]


LETTER_WRITER_TAGS = frozenset({"letter writer", "letter writers", "lor", "lor writer"})


def is_letter_writer_tag(name: str) -> bool:
    return " ".join(re.findall(r"[^\W_]+", name.casefold())) in LETTER_WRITER_TAGS


def letter_writer_ids() -> set[int]:
    tags = [pk for pk, name in Tag.objects.values_list("pk", "name") if is_letter_writer_tag(name)]
    if not tags:
        return set()
    links = Contact.tags.through.objects.filter(tag_id__in=tags)
    return set(links.values_list("contact_id", flat=True))


def network_people(institutions: Collection[str] | None = None) -> list[Person]:
    """Every contact with an institution (of these institutions, when given), in at most
    three queries (met on a rotation when they are one of a rotation's people)."""
    writers = letter_writer_ids()
    met_on_rotation = rotation_records().met_on_rotation()
    contacts = Contact.objects.exclude(institution="")
    if institutions is not None:
        contacts = contacts.filter(institution__in=list(institutions))
    rows = contacts.annotate(rotated=met_on_rotation).values_list(
        "pk", "honorific", "name", "institution", "rotated"
    )
    return [
        Person(
            name=f"{honorific} {name}" if honorific else name,
            institution=institution,
            rotation=rotated,
            letter_writer=pk in writers,
        )
        for pk, honorific, name, institution, rotated in rows
    ]


def network_ties(
    programs: Iterable[selection.Program], institutions: Collection[str] | None = None
) -> dict[str, NetworkTies]:
    """Ties to each program from the applicant's contacts and rotations (programs with none
    are left out). A rotation counts at its institution, and at the program it names.
    `institutions` limits the contacts read to those working there (see network_ties_at)."""
    programs = list(programs)
    places = rotation_records().places()
    people = network_people(institutions)
    people += [Person("", place, rotation=True) for place, _ in places]
    ties = ties_by_program(people, programs) if people else {}
    named = {program_id for _, program_id in places if program_id}
    for program in programs:
        if program.program_id in named:
            tie = ties.get(program.program_id, NetworkTies())
            ties[program.program_id] = dataclasses.replace(tie, rotations=1)
    return ties


def network_ties_at(program: selection.Program) -> NetworkTies:
    """network_ties() for one program, reading only the contacts whose workplace shares a
    distinctive word with the program's (the only ones the matching rule can accept)."""
    words = distinctive_words(institution_key(program_place(program)))
    names = (
        Contact.objects.exclude(institution="")
        .order_by()
        .values_list("institution", flat=True)
        .distinct()
    )
    near = [name for name in names if words & distinctive_words(institution_key(name))]
    return network_ties([program], near).get(program.program_id, NetworkTies())
