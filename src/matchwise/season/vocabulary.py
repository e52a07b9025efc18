"""The words of the application season (no Django import)."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """Where an application stands. The main road runs applied → invited → scheduled →
    interviewed → ranked → matched or not matched; the others leave it."""

    APPLIED = "applied"
    INVITED = "invited"
    SCHEDULED = "scheduled"
    INTERVIEWED = "interviewed"
    RANKED = "ranked"
    MATCHED = "matched"
    NOT_MATCHED = "not_matched"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    DECLINED = "declined"
    WAITLISTED = "waitlisted"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    Status.APPLIED: "Applied",
    Status.INVITED: "Invited to interview",
    Status.SCHEDULED: "Interview scheduled",
    Status.INTERVIEWED: "Interviewed",
    Status.RANKED: "Ranked",
    Status.MATCHED: "Matched",
    Status.NOT_MATCHED: "Not matched here",
    Status.REJECTED: "Rejected",
    Status.WITHDRAWN: "Withdrawn",
    Status.DECLINED: "Invitation declined",
    Status.WAITLISTED: "Waitlisted for an interview",
}


class InterviewMode(StrEnum):
    VIRTUAL = "virtual"
    IN_PERSON = "in_person"

    @property
    def label(self) -> str:
        return MODE_LABELS[self]


MODE_LABELS = {InterviewMode.VIRTUAL: "Virtual", InterviewMode.IN_PERSON: "In person"}


class ListKind(StrEnum):
    """The main rank list, or the supplemental list for advanced (PGY-2) programs."""

    PRIMARY = "primary"
    SUPPLEMENTAL = "supplemental"

    @property
    def label(self) -> str:
        return LIST_LABELS[self]


LIST_LABELS = {
    ListKind.PRIMARY: "Primary list",
    ListKind.SUPPLEMENTAL: "Supplemental list (advanced programs)",
}
