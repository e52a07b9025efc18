"""What an import would do (`ImportPlan`) or did (`ImportReport`), and its summary in words."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from matchwise.network.records import ContactRecord, FieldWarning, RejectedRow


@dataclass(frozen=True)
class Added:
    line: int
    name: str
    institution: str


@dataclass(frozen=True)
class Merged:
    """A row written into a contact that was already there (or into an earlier row of the file)."""

    line: int
    name: str
    reason: str  # "same email", "same LinkedIn profile", "merged as you asked"
    into_id: int | None  # the stored contact, or None when the other row is new in this file
    into_line: int | None  # the earlier row of this file it joined, when into_id is None
    into_name: str
    filled: tuple[str, ...] = ()  # fields that were empty and now hold the file's value
    kept: tuple[str, ...] = ()  # fields where the file differs and the stored value stays
    tags_added: tuple[str, ...] = ()
    history_added: int = 0  # interactions and follow-ups this row adds

    @property
    def changes_something(self) -> bool:
        return bool(self.filled or self.tags_added or self.history_added)


@dataclass(frozen=True)
class PossibleDuplicate:
    """A row whose name and institution are close to a contact's, with no email or profile in
    common. It is kept apart unless its line is passed in `merge_possible`."""

    line: int
    name: str
    institution: str
    other_id: int | None
    other_line: int | None
    other_name: str
    other_institution: str
    score: float
    merged: bool = False


@dataclass(frozen=True)
class Warned:
    """A row imported without some of its fields (or with some changed), and why."""

    line: int
    name: str
    warnings: tuple[FieldWarning, ...]


@dataclass
class ImportPlan:
    """What `commit` would do with the file, as `preview` finds it. Nothing is written."""

    filename: str
    added: list[Added] = field(default_factory=list)
    merged: list[Merged] = field(default_factory=list)
    possible_duplicates: list[PossibleDuplicate] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    warned: list[Warned] = field(default_factory=list)
    interactions: int = 0
    follow_ups: int = 0
    introductions: int = 0  # contacts linked to the contact who introduced them

    tense: ClassVar[dict[str, str]] = {
        "add": "would be added",
        "merge": "would be merged",
        "link": "would be linked",
    }

    @property
    def changes_nothing(self) -> bool:
        merging = any(merge.changes_something for merge in self.merged)
        changes = self.added or merging or self.interactions or self.follow_ups
        return not (changes or self.introductions)

    def summary_lines(self) -> list[str]:
        """The result in a few lines, then one line per merge, possible duplicate and rejection."""
        kept_apart = [d for d in self.possible_duplicates if not d.merged]
        merging = [m for m in self.merged if m.changes_something]
        lines = [
            f"{self.filename}: {_count(len(self.added), 'new contact')} {self.tense['add']}, "
            f"{_count(len(merging), 'row')} {self.tense['merge']} into existing contacts, "
            f"{_count(len(self.merged) - len(merging), 'row')} already up to date, "
            f"{_count(len(kept_apart), 'possible duplicate')} kept apart, "
            f"{_count(len(self.rejected), 'row')} rejected.",
            f"History: {_count(self.interactions, 'interaction')} and "
            f"{_count(self.follow_ups, 'follow-up')} {self.tense['add']}.",
        ]
        for merge in merging:
            other = f"line {merge.into_line}" if merge.into_id is None else "your contact"
            filled = f"; filled {', '.join(merge.filled)}" if merge.filled else ""
            kept = f"; kept your {', '.join(merge.kept)}" if merge.kept else ""
            lines.append(
                f"Line {merge.line}: {merge.name} joins {other} {merge.into_name} "
                f"({merge.reason}{filled}{kept})."
            )
        for dup in self.possible_duplicates:
            other = f"line {dup.other_line}" if dup.other_id is None else "your contact"
            decision = "merged" if dup.merged else "kept apart"
            lines.append(
                f"Line {dup.line}: {_who(dup.name, dup.institution)} may be the same person as "
                f"{other} {_who(dup.other_name, dup.other_institution)}; {decision}."
            )
        if self.introductions:
            lines.append(
                f"Introductions: {_count(self.introductions, 'contact')} "
                f"{self.tense['link']} to whoever introduced them."
            )
        lines += [f"Line {row.line} rejected: {row.reason}." for row in self.rejected]
        lines += [
            f"Line {row.line}: {row.name}: line {warning.line}, {warning.field}: {warning.message}."
            for row in self.warned
            for warning in row.warnings
        ]
        return lines


@dataclass
class ImportReport(ImportPlan):
    """What `commit` wrote; `contact_ids` are the contacts it created."""

    contact_ids: list[int] = field(default_factory=list)

    tense: ClassVar[dict[str, str]] = {"add": "added", "merge": "merged", "link": "linked"}


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _who(name: str, institution: str) -> str:
    return f"{name} ({institution})" if institution else name


def warned_rows(
    records: list[ContactRecord], more: Mapping[int, list[FieldWarning]] | None = None
) -> list[Warned]:
    """The records that carry warnings (their own, and `more` by position in `records`), each
    warning in line order."""
    more = more or {}
    found = [(r, [*r.warnings, *more.get(index, [])]) for index, r in enumerate(records)]
    return [
        Warned(r.line, r.name, tuple(sorted(warnings, key=lambda w: w.line)))
        for r, warnings in found
        if warnings
    ]
