"""The words of rotations and Match results (no Django import)."""

from __future__ import annotations

from enum import StrEnum


class RotationKind(StrEnum):
    OBSERVERSHIP = "observership"
    EXTERNSHIP = "externship"
    RESEARCH = "research"
    SUB_INTERNSHIP = "sub_internship"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {
    RotationKind.OBSERVERSHIP: "Observership",
    RotationKind.EXTERNSHIP: "Externship (hands-on)",
    RotationKind.RESEARCH: "Research post",
    RotationKind.SUB_INTERNSHIP: "Sub-internship",
}


class MemberRole(StrEnum):
    """What someone was to you on the rotation (their title stays on the contact)."""

    ATTENDING = "attending"
    RESIDENT = "resident"
    OTHER = "other"

    @property
    def label(self) -> str:
        return MEMBER_ROLE_LABELS[self]

    @property
    def is_key_person(self) -> bool:
        """Attendings and residents: the relationships a rotation is planned around."""
        return self is not MemberRole.OTHER


MEMBER_ROLE_LABELS = {
    MemberRole.ATTENDING: "Attending (or supervisor)",
    MemberRole.RESIDENT: "Resident or fellow",
    MemberRole.OTHER: "Someone else (coordinator, nurse, fellow observer…)",
}


class Outcome(StrEnum):
    MATCHED = "matched"
    NOT_MATCHED = "not_matched"

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]


OUTCOME_LABELS = {Outcome.MATCHED: "Matched", Outcome.NOT_MATCHED: "Did not match this year"}
