"""The rules of SOAP, as tables: the cap, which offers can be recorded, how an offer is
answered (one acceptance, ever), and who is quickest to reach."""

from __future__ import annotations

from datetime import date

import pytest

from matchwise.season.soap_rules import (
    OfferState,
    Reach,
    accepted_among,
    answer_problem,
    cap_problem,
    offer_problem,
    reach_key,
    reach_label,
)

R, A, J, E = OfferState.RECEIVED, OfferState.ACCEPTED, OfferState.REJECTED, OfferState.EXPIRED


@pytest.mark.parametrize(
    ("applied", "cap", "refused"),
    [(0, 45, False), (44, 45, False), (45, 45, True), (46, 45, True), (0, 0, True)],
)
def test_it_refuses_an_application_past_the_cap(applied: int, cap: int, refused: bool) -> None:
    problem = cap_problem(applied, cap)
    assert (problem is not None) == refused
    if problem:
        assert f"at most {cap}" in problem


@pytest.mark.parametrize(
    ("round_number", "applied", "accepted", "words"),
    [
        (1, True, "", None),
        (4, True, "", None),
        (0, True, "", "give a round from 1 to 4"),
        (5, True, "", "give a round from 1 to 4"),
        (2, False, "", "only from programs you applied to"),
        (2, True, "Lakeside FM", "SOAP is over"),
        (9, False, "Lakeside FM", "SOAP is over"),
    ],
)
def test_it_checks_a_new_offer(
    round_number: int, applied: bool, accepted: str, words: str | None
) -> None:
    problem = offer_problem(round_number, 4, applied=applied, accepted=accepted)
    assert (problem is None) if words is None else (problem is not None and words in problem)


@pytest.mark.parametrize(
    ("current", "answer", "accepted", "words"),
    [
        (R, A, "", None),
        (R, J, "", None),
        (R, E, "", None),
        (R, A, "Riverside IM", "only one offer can be accepted"),
        (R, J, "Riverside IM", None),  # declining another offer after accepting is harmless
        (R, E, "Riverside IM", None),
        (A, J, "", "already answered"),
        (A, A, "Riverside IM", "already answered"),
        (J, A, "", "already answered"),
        (E, A, "", "already answered"),
        (R, R, "", "accepting it, rejecting it, or letting it expire"),
    ],
)
def test_it_answers_an_offer_once_and_accepts_only_one(
    current: OfferState, answer: OfferState, accepted: str, words: str | None
) -> None:
    problem = answer_problem(current, answer, accepted=accepted)
    assert (problem is None) if words is None else (problem is not None and words in problem)


def test_it_finds_the_accepted_offer() -> None:
    assert accepted_among([("A", R), ("B", J)]) == ""
    assert accepted_among([("A", R), ("B", A), ("C", E)]) == "B"


MAY, JUNE = date(2027, 3, 1), date(2027, 3, 10)


@pytest.mark.parametrize(
    ("people", "order"),
    [
        (
            {
                "linkedin": Reach(False, False, True, JUNE),
                "phone": Reach(True, False, False, None),
                "nothing": Reach(False, False, False, JUNE),
                "email": Reach(False, True, False, None),
            },
            ["phone", "email", "linkedin", "nothing"],
        ),
        (
            {
                "email, never": Reach(False, True, False, None),
                "email, May": Reach(False, True, False, MAY),
                "email, June": Reach(False, True, True, JUNE),
            },
            ["email, June", "email, May", "email, never"],
        ),
    ],
)
def test_it_orders_people_by_who_can_be_reached_first(
    people: dict[str, Reach], order: list[str]
) -> None:
    assert sorted(people, key=lambda name: reach_key(people[name])) == order


@pytest.mark.parametrize(
    ("reach", "label"),
    [
        (Reach(True, True, True, None), "by phone"),
        (Reach(False, True, True, None), "by email"),
        (Reach(False, False, True, None), "on LinkedIn"),
        (Reach(False, False, False, None), "no phone, email or LinkedIn recorded"),
    ],
)
def test_it_says_how_to_reach_someone(reach: Reach, label: str) -> None:
    assert reach_label(reach) == label
