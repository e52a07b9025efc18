"""Vocabularies shared by the models, the rules and the importers (no Django import)."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

K = TypeVar("K", bound=str)


class Role(StrEnum):
    ATTENDING = "attending"
    RESIDENT = "resident"
    FELLOW = "fellow"
    PROGRAM_DIRECTOR = "program_director"
    ASSOCIATE_PD = "associate_pd"
    CHIEF_RESIDENT = "chief_resident"
    COORDINATOR = "coordinator"
    FACULTY = "faculty"
    IMG_PEER = "img_peer"
    ALUMNI = "alumni"
    OTHER = "other"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.ATTENDING: "Attending",
    Role.RESIDENT: "Resident",
    Role.FELLOW: "Fellow",
    Role.PROGRAM_DIRECTOR: "Program director",
    Role.ASSOCIATE_PD: "Associate program director",
    Role.CHIEF_RESIDENT: "Chief resident",
    Role.COORDINATOR: "Program coordinator",
    Role.FACULTY: "Faculty / researcher",
    Role.IMG_PEER: "IMG peer",
    Role.ALUMNI: "Alumni",
    Role.OTHER: "Other",
}


class Source(StrEnum):
    USCE = "usce"
    CONFERENCE = "conference"
    LINKEDIN = "linkedin"
    COLD_EMAIL = "cold_email"
    ALUMNI = "alumni"
    CLASSMATE = "classmate"
    ONLINE_COMMUNITY = "online_community"
    INTRODUCED = "introduced"
    OTHER = "other"


SOURCE_LABELS = {
    Source.USCE: "Clinical rotation (USCE)",
    Source.CONFERENCE: "Conference",
    Source.LINKEDIN: "LinkedIn",
    Source.COLD_EMAIL: "Cold email",
    Source.ALUMNI: "Alumni network",
    Source.CLASSMATE: "Classmate",
    Source.ONLINE_COMMUNITY: "Online community",
    Source.INTRODUCED: "Introduced by a contact",
    Source.OTHER: "Other",
}


class Channel(StrEnum):
    IN_PERSON = "in_person"
    CONFERENCE = "conference"
    EMAIL = "email"
    LINKEDIN = "linkedin"
    CALL = "call"
    VIDEO = "video"

    @property
    def is_in_person(self) -> bool:
        return self in (Channel.IN_PERSON, Channel.CONFERENCE)

    @property
    def is_message(self) -> bool:
        """Written, so it may go unanswered; a call or video call is answered there and then."""
        return self in (Channel.EMAIL, Channel.LINKEDIN)


CHANNEL_LABELS = {
    Channel.IN_PERSON: "In person",
    Channel.CONFERENCE: "At a conference",
    Channel.EMAIL: "Email",
    Channel.LINKEDIN: "LinkedIn",
    Channel.CALL: "Phone call",
    Channel.VIDEO: "Video call",
}


class Direction(StrEnum):
    OUTBOUND = "outbound"
    INBOUND = "inbound"


DIRECTION_LABELS = {
    Direction.OUTBOUND: "I reached out",
    Direction.INBOUND: "They reached out",
}


class FollowUpRule(StrEnum):
    MET_IN_PERSON = "met_in_person"
    NO_REPLY = "no_reply"
    MANUAL = "manual"


class FollowUpState(StrEnum):
    OPEN = "open"
    DONE = "done"
    SNOOZED = "snoozed"
    DISMISSED = "dismissed"


# A snoozed follow-up is still waiting to be done.
OPEN_STATES = (FollowUpState.OPEN, FollowUpState.SNOOZED)


class MentorRole(StrEnum):
    CAREER = "career"
    PROCESS = "process"
    PEER = "peer"
    RESEARCH = "research"


MENTOR_ROLE_LABELS = {
    MentorRole.CAREER: "Career mentor",
    MentorRole.PROCESS: "Application-process mentor",
    MentorRole.PEER: "Peer mentor",
    MentorRole.RESEARCH: "Research mentor",
}

FOLLOW_UP_STATE_LABELS = {
    FollowUpState.OPEN: "Open",
    FollowUpState.DONE: "Done",
    FollowUpState.SNOOZED: "Snoozed",
    FollowUpState.DISMISSED: "Dismissed",
}

FOLLOW_UP_RULE_LABELS = {
    FollowUpRule.MET_IN_PERSON: "Met in person: follow up within 48–72 hours",
    FollowUpRule.NO_REPLY: "No reply yet: one polite follow-up",
    FollowUpRule.MANUAL: "A follow-up date you set",
}


def choices(labels: Mapping[K, str]) -> list[tuple[str, str]]:
    """Django `choices` from one of the label tables above."""
    return [(str(key), label) for key, label in labels.items()]
