"""A letter of intent goes to one program: the checks block a second one (a table of texts)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from matchwise.network.models import Contact
from matchwise.outreach.checks import Draft, check, is_letter_of_intent
from matchwise.outreach.compose import check_message, intent_elsewhere, mark_sent
from matchwise.outreach.findings import Check
from matchwise.outreach.kinds import MessageKind


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Lakeside is my first choice, and I will say so plainly.", True),
        ("I will rank your program first.", True),
        ("I intend to rank this program number one.", True),
        ("Your program is my top choice.", True),
        ("I enjoyed the interview day and the residents' lunch.", False),
        ("The first choice of topic was sepsis.", False),
    ],
)
def test_it_recognises_a_letter_of_intent(body: str, intent: bool) -> None:
    assert is_letter_of_intent(body) is intent


def findings(body: str, elsewhere: tuple[str, ...]) -> list[Check]:
    draft = Draft(MessageKind.UPDATE, body, intent_elsewhere=elsewhere)
    return [f.check for f in check(draft)]


def test_it_blocks_a_second_letter_of_intent() -> None:
    letter = "Dear Dr. Park, Lakeside is my first choice. I will rank your program first."
    assert Check.SECOND_INTENT in findings(letter, ("Riverside Hospital",))
    assert Check.SECOND_INTENT not in findings(letter, ())
    assert Check.SECOND_INTENT not in findings("An update on my scores.", ("Riverside",))


@pytest.mark.django_db
def test_it_reads_the_letters_already_sent(make_contact: Callable[..., Contact]) -> None:
    first = make_contact("Lena Park", institution="Lakeside General")
    second = make_contact("Omar Haddad", institution="Riverside Community")
    letter = "Lakeside is my first choice: I will rank your program first."
    mark_sent(first, MessageKind.UPDATE, "My first choice", letter, confirmed=True)
    assert intent_elsewhere(first) == []
    assert intent_elsewhere(second) == ["Lakeside General"]
    found = check_message(MessageKind.UPDATE, letter.replace("Lakeside", "Riverside"))
    assert Check.SECOND_INTENT in [f.check for f in found]
