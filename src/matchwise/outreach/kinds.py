"""Kinds of message, and what each implies: channel, length limit, whether it opens a contact.

No Django import: the checks, the CLI and the models all read this one table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from matchwise.network.choices import Channel


class MessageKind(StrEnum):
    FOLLOW_UP = "follow_up"
    COLD_EMAIL = "cold_email"
    OBSERVERSHIP_REQUEST = "observership_request"
    LINKEDIN_NOTE = "linkedin_note"
    MENTOR_REQUEST = "mentor_request"
    LETTER_REQUEST = "letter_request"
    THANK_YOU = "thank_you"
    UPDATE = "update"

    @property
    def label(self) -> str:
        return KIND_RULES[self].label

    @property
    def cli_name(self) -> str:
        """How the command line spells it: `cold-email`, `linkedin-note`, …"""
        return self.value.replace("_", "-")

    @classmethod
    def from_cli(cls, name: str) -> MessageKind:
        return cls(name.strip().lower().replace("-", "_"))

    @property
    def rules(self) -> KindRules:
        return KIND_RULES[self]


@dataclass(frozen=True)
class KindRules:
    label: str
    channel: Channel
    # Where the message usually opens the relationship, asking for a letter or a place is early.
    opens_contact: bool
    max_lines: int | None = None
    max_characters: int | None = None


KIND_RULES: dict[MessageKind, KindRules] = {
    MessageKind.FOLLOW_UP: KindRules("Follow-up after meeting", Channel.EMAIL, True),
    MessageKind.COLD_EMAIL: KindRules("Cold email", Channel.EMAIL, True, max_lines=15),
    MessageKind.OBSERVERSHIP_REQUEST: KindRules(
        "Observership or externship request", Channel.EMAIL, True, max_lines=15
    ),
    # LinkedIn refuses an invitation note longer than 300 characters.
    MessageKind.LINKEDIN_NOTE: KindRules(
        "LinkedIn connection note", Channel.LINKEDIN, True, max_characters=300
    ),
    MessageKind.MENTOR_REQUEST: KindRules("Asking for a mentor meeting", Channel.EMAIL, True),
    MessageKind.LETTER_REQUEST: KindRules("Letter request", Channel.EMAIL, False),
    MessageKind.THANK_YOU: KindRules("Thank-you", Channel.EMAIL, False),
    MessageKind.UPDATE: KindRules("Update (progress or Match result)", Channel.EMAIL, False),
}

KIND_CHOICES = [(str(kind), kind.label) for kind in MessageKind]
CLI_KINDS = tuple(kind.cli_name for kind in MessageKind)
