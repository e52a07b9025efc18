"""Who gets a thank-you or an update after the Match, and with which template."""

from __future__ import annotations

import pytest

from matchwise.rotations.thanks import Candidate, Reason, template_for, who_helped


def candidate(name: str, mentor: bool = False, letter: bool = False, n: int = 0) -> Candidate:
    return Candidate(hash(name) % 1000, name, mentor, letter, n)


PEOPLE = [
    candidate("Zoe Adams", n=2),
    candidate("Lena Park", letter=True),
    candidate("Kwame Osei", mentor=True, n=5),
    candidate("Omar Haddad"),  # no exchange, not a mentor, no letter: left out
    candidate("ana silva", n=1),
]


def test_it_lists_mentors_then_letter_writers_then_season_contacts_most_exchanges_first() -> None:
    helpers = who_helped(PEOPLE, matched=True)
    assert [h.candidate.name for h in helpers] == [
        "Kwame Osei",
        "Lena Park",
        "Zoe Adams",  # 2 exchanges before 1
        "ana silva",
    ]
    assert helpers[0].reasons == (Reason.MENTOR, Reason.SEASON_EXCHANGES)
    assert helpers[0].why == "mentor, 5 exchanges this season"
    assert helpers[3].why == "1 exchange this season"


@pytest.mark.parametrize(
    ("reasons", "matched", "template"),
    [
        ((Reason.MENTOR,), True, "match-matched"),
        ((Reason.SEASON_EXCHANGES,), True, "match-matched"),
        ((Reason.MENTOR, Reason.LETTER_WRITER), False, "match-not-matched-mentor"),
        ((Reason.LETTER_WRITER,), False, "match-not-matched"),
        ((Reason.SEASON_EXCHANGES,), False, "match-not-matched"),
    ],
)
def test_it_picks_the_template_by_outcome_and_role(
    reasons: tuple[Reason, ...], matched: bool, template: str
) -> None:
    assert template_for(reasons, matched=matched) == template
