"""What an importer reads from one row or card, before anything touches the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class FieldWarning:
    """A part of a row or card that was left out (or changed) so that the rest could be read."""

    line: int  # where that part is written (1-based)
    field: str  # as the file names it: `URL`, `NOTE`, `END:VCARD`…
    message: str  # what was wrong and what was done, e.g. "… is not a web address; dropped"


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
    # The name of the contact who introduced this one, as written; linked after matching.
    met_through: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    # The keep-in-touch rhythm as the digits of a number of days ('' when the file has none).
    cadence_ideal_days: str = ""
    cadence_max_days: str = ""
    # An interaction the file implies: LinkedIn's "Connected On", a sheet's "last contact".
    touched_on: date | None = None
    touch_topic: str = ""
    touch_channel: str = ""
    follow_up_on: date | None = None
    # True where one bad field should not cost the whole row (vCards): a field that breaks a
    # limit is then dropped with a warning instead of the row being rejected.
    drop_bad_fields: bool = False
    # What was left out of this row, and where each field was read (field → (line, name in the
    # file)), so that a field dropped later for breaking a limit is named where it is written.
    warnings: list[FieldWarning] = field(default_factory=list)
    sources: dict[str, tuple[int, str]] = field(default_factory=dict)

    def warn_dropped(self, name: str, label: str, reason: str) -> None:
        """Record that field `name` was dropped, where it was read (or at the row's line)."""
        line, written = self.sources.get(name, (self.line, label))
        self.warnings.append(FieldWarning(line, written, f"{reason}; dropped"))


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
