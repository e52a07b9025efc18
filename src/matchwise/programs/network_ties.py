"""Read the network tracker once and turn it into ties per program.

Letter writers are contacts tagged "letter writer" for now; when letter requests are tracked,
`letter_writer_ids` is the one place to extend.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from matchwise import selection
from matchwise.network.choices import Source
from matchwise.network.models import Contact, Tag
from matchwise.programs.institutions import Person, ties_by_program
from matchwise.selection import NetworkTies

LETTER_WRITER_TAGS = frozenset({"letter writer", "letter writers", "lor", "lor writer"})


def is_letter_writer_tag(name: str) -> bool:
    return " ".join(re.findall(r"[^\W_]+", name.casefold())) in LETTER_WRITER_TAGS


def letter_writer_ids() -> set[int]:
    tags = [pk for pk, name in Tag.objects.values_list("pk", "name") if is_letter_writer_tag(name)]
    if not tags:
        return set()
    links = Contact.tags.through.objects.filter(tag_id__in=tags)
    return set(links.values_list("contact_id", flat=True))


def network_people() -> list[Person]:
    """Every contact with an institution, in at most three queries."""
    writers = letter_writer_ids()
    rows = Contact.objects.exclude(institution="").values_list(
        "pk", "honorific", "name", "institution", "source"
    )
    return [
        Person(
            name=f"{honorific} {name}" if honorific else name,
            institution=institution,
            rotation=source == Source.USCE,
            letter_writer=pk in writers,
        )
        for pk, honorific, name, institution, source in rows
    ]


def network_ties(programs: Iterable[selection.Program]) -> dict[str, NetworkTies]:
    """Ties to each program from the applicant's contacts (programs with none are left out)."""
    people = network_people()
    return ties_by_program(people, programs) if people else {}
