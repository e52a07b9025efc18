"""The rules of SOAP, the Supplemental Offer and Acceptance Program (no Django import).

During Match Week an unmatched applicant applies to unfilled programs, up to a cap, and
programs send offers in timed rounds. An offer is answered once: accepted, rejected, or left
to expire at the end of its round. Accepting an offer is binding and ends SOAP for the
applicant, so only one offer can ever be accepted, and no offer is recorded after it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class OfferState(StrEnum):
    RECEIVED = "received"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    EXPIRED = "expired"

    @property
    def label(self) -> str:
        return OFFER_LABELS[self]


OFFER_LABELS = {
    OfferState.RECEIVED: "Received, not answered yet",
    OfferState.ACCEPTED: "Accepted",
    OfferState.REJECTED: "Rejected",
    OfferState.EXPIRED: "Expired",
}
ANSWERS = frozenset({OfferState.ACCEPTED, OfferState.REJECTED, OfferState.EXPIRED})


def cap_problem(applied: int, cap: int) -> str | None:
    """Why one more SOAP application cannot be recorded, or None when it can."""
    if applied >= cap:
        return (
            f"SOAP allows at most {cap} applications and you have recorded {applied}: "
            "this one would go past the cap."
        )
    return None


def offer_problem(round_number: int, rounds: int, *, applied: bool, accepted: str) -> str | None:
    """Why a new offer cannot be recorded: an unknown round, a program not applied to, or
    SOAP already over (`accepted` names the program whose offer was accepted, or is empty)."""
    if accepted:
        return f"You accepted the offer of {accepted}: SOAP is over, no other offer can be taken."
    if not 1 <= round_number <= rounds:
        return f"SOAP has {rounds} offer rounds: give a round from 1 to {rounds}."
    if not applied:
        return "Offers come only from programs you applied to in SOAP: record the application."
    return None


def answer_problem(current: OfferState, answer: OfferState, *, accepted: str) -> str | None:
    """Why an offer in state `current` cannot take `answer`, or None when it can. `accepted`
    names the program whose offer was already accepted (empty when none was)."""
    if answer not in ANSWERS:
        return "An offer is answered by accepting it, rejecting it, or letting it expire."
    if current != OfferState.RECEIVED:
        return f"This offer was already answered: “{current.label}”."
    if answer == OfferState.ACCEPTED and accepted:
        return (
            f"You already accepted the offer of {accepted}; an acceptance is binding and "
            "ends SOAP, so only one offer can be accepted."
        )
    return None


@dataclass(frozen=True)
class Reach:
    """How quickly a person can be reached: what the tracker holds for them."""

    phone: bool
    email: bool
    linkedin: bool
    last_contacted: date | None


def reach_key(reach: Reach) -> tuple[int, int, int]:
    """Sort key, quickest first: a phone number, then an email address, then LinkedIn alone,
    then nothing to write to; among equals, the most recently in touch first (never last).
    `soap_people.REACH_ORDER` says the same in SQL, and a test holds the two to agree."""
    channel = 0 if reach.phone else 1 if reach.email else 2 if reach.linkedin else 3
    recent = -reach.last_contacted.toordinal() if reach.last_contacted else 0
    return (channel, 0 if reach.last_contacted else 1, recent)


def reach_label(reach: Reach) -> str:
    if reach.phone:
        return "by phone"
    if reach.email:
        return "by email"
    if reach.linkedin:
        return "on LinkedIn"
    return "no phone, email or LinkedIn recorded"


def accepted_among(states: Iterable[tuple[str, OfferState]]) -> str:
    """The program whose offer was accepted, from (program, state) pairs; empty when none."""
    return next((program for program, state in states if state == OfferState.ACCEPTED), "")


class SoapStepKind(StrEnum):
    """What a SOAP program's history records."""

    APPLIED = "applied"
    OFFER = "offer"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    EXPIRED = "expired"


STEP_LABELS = {
    SoapStepKind.APPLIED: "Applied in SOAP",
    SoapStepKind.OFFER: "Offer received",
    SoapStepKind.ACCEPTED: "Offer accepted",
    SoapStepKind.REJECTED: "Offer rejected",
    SoapStepKind.EXPIRED: "Offer expired",
}
