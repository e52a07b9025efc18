"""What an importer reads from one row or card, before anything touches the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class ContactRecord:
    """One person as read from a file; `line` is where the row starts (1-based)."""

    line: int
    name: str
    honorific: str = ""
    role: str = ""
    position: str = ""
    specialty: str = ""
    institution: str = ""
    email: str = ""
    phone: str = ""
    linkedin_url: str = ""
    country: str = ""
    source: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    # An interaction the file implies: LinkedIn's "Connected On", a sheet's "last contact".
    touched_on: date | None = None
    touch_topic: str = ""
    touch_channel: str = ""
    follow_up_on: date | None = None


@dataclass(frozen=True)
class RejectedRow:
    line: int
    reason: str


@dataclass
class ParsedFile:
    """Everything a parser found in a file: the records to import and the rows it refused."""

    filename: str
    records: list[ContactRecord] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
