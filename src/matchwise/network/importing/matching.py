"""Who in a file is already in the tracker, and what merging them changes. No database here.

- The same email (any case) or the same LinkedIn `/in/` profile is the same person: the row is
  merged into that contact. Merging fills empty fields only, never overwrites what is there
  (a role of 'other' counts as empty: it is what is stored when nothing is known), and unions
  the tags. Rows of the same file are matched against each other the same way.
- With no email or profile in common, the same name at the same institution, written the same
  way (case and spacing aside), is the same person too, unless an email or profile on both
  sides differs. This is what lets a sheet or vCard without emails be imported twice.
- Otherwise a close name at a similar institution (see `similarity`: token_sort_ratio ≥ 90 on
  names, token_set_ratio ≥ 80 on institutions or either one blank) is a *possible duplicate*.
  It is added as a separate contact unless the user asks to merge it. Two different LinkedIn
  profiles are never possible duplicates of each other.
- History is deduplicated on contact + date + channel + topic, follow-ups on contact + date, so
  importing the same file twice adds nothing.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from matchwise.network.choices import Channel, Role
from matchwise.network.contact_fields import MERGED_ON_IMPORT
from matchwise.network.contact_keys import email_key
from matchwise.network.importing.introductions import link_introducers
from matchwise.network.importing.report import (
    Added,
    Merged,
    PossibleDuplicate,
    Warned,
    warned_rows,
)
from matchwise.network.importing.similarity import (
    close_names,
    identity_key,
    name_key,
    similar_institutions,
)
from matchwise.network.records import ContactRecord

MERGE_FIELDS = MERGED_ON_IMPORT
UNKNOWN_CHANNEL = Channel.EMAIL
UNKNOWN_CHANNEL_NOTE = "The imported file did not say how you were in touch; recorded as email."


@dataclass(frozen=True)
class ImportedTouch:
    """An interaction to log: the dedupe key plus the note that explains an assumed channel."""

    on: date
    channel: str
    topic: str
    notes: str = ""


@dataclass(frozen=True)
class KnownContact:
    """A stored contact, as far as matching needs it."""

    id: int
    name: str
    values: Mapping[str, str]  # MERGE_FIELDS → stored text
    tags: frozenset[str] = frozenset()
    email_key: str = ""
    linkedin_key: str = ""
    met_through_id: int | None = None  # who introduced them, when stored


@dataclass(frozen=True)
class Snapshot:
    """The tracker before the import: contacts, and the history keys that make re-imports idle."""

    contacts: list[KnownContact] = field(default_factory=list)
    touches: frozenset[tuple[int, date, str, str]] = frozenset()
    follow_ups: frozenset[tuple[int, date]] = frozenset()


@dataclass
class Target:
    """A contact the import writes to: a stored one (`known`) or a new one (`known` is None)."""

    name: str
    values: dict[str, str]
    lines: list[int]
    known: KnownContact | None = None
    filled: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)  # lower case → spelling
    new_tags: list[str] = field(default_factory=list)
    touches: list[ImportedTouch] = field(default_factory=list)
    follow_ups: list[date] = field(default_factory=list)
    introducer: Target | None = None  # the link to write (see `introductions`)


@dataclass
class Resolution:
    targets: list[Target] = field(default_factory=list)
    added: list[Added] = field(default_factory=list)
    merged: list[Merged] = field(default_factory=list)
    possible_duplicates: list[PossibleDuplicate] = field(default_factory=list)
    warned: list[Warned] = field(default_factory=list)  # rows imported without some fields
    introductions: int = 0  # links to the contact who introduced someone, to write

    @property
    def touched(self) -> list[Target]:
        """Targets with something to write: every new contact, stored ones that change."""
        return [
            t
            for t in self.targets
            if t.known is None
            or t.filled
            or t.new_tags
            or t.touches
            or t.follow_ups
            or t.introducer is not None
        ]


def resolve(
    records: list[ContactRecord],
    snapshot: Snapshot,
    slug_of: Callable[[str], str],
    merge_possible: Iterable[int] = (),
    filename: str = "the file",
) -> Resolution:
    """Decide, row by row in file order, whether each record is new or joins a contact.

    `slug_of` turns a LinkedIn URL into the profile key stored on contacts (the models'
    `linkedin_slug`); `merge_possible` holds the lines of possible duplicates to merge anyway;
    `filename` is how the file is named where an introducer cannot be found.
    The cycle collector is paused meanwhile: a large file makes millions of small objects and
    no cycles, and collecting would cost a quarter of the time (bench/duplicates.py).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _Resolver(records, snapshot, slug_of, set(merge_possible), filename).run()
    finally:
        if collecting:
            gc.enable()


class _Resolver:
    def __init__(
        self,
        records: list[ContactRecord],
        snapshot: Snapshot,
        slug_of: Callable[[str], str],
        merge_possible: set[int],
        filename: str,
    ) -> None:
        self.records, self.snapshot, self.filename = records, snapshot, filename
        self.slug_of: Callable[[str], str] = lru_cache(maxsize=None)(slug_of)
        self.merge_possible = merge_possible
        self.result = Resolution()
        self.known_email: dict[str, KnownContact] = {}
        self.known_slug: dict[str, KnownContact] = {}
        self.known_identity: dict[str, KnownContact] = {}
        for known in snapshot.contacts:
            if known.email_key:
                self.known_email.setdefault(known.email_key, known)
            if known.linkedin_key:
                self.known_slug.setdefault(known.linkedin_key, known)
            identity = identity_key(known.name, known.values.get("institution", ""))
            self.known_identity.setdefault(identity, known)
        self.known_targets: dict[int, Target] = {}
        self.new_email: dict[str, Target] = {}
        self.new_slug: dict[str, Target] = {}
        self.new_identity: dict[str, Target] = {}
        self.target_of_row: list[Target | None] = []
        self.stored_by_id = {known.id: known for known in snapshot.contacts}

    def run(self) -> Resolution:
        keys = [(email_key(r.email), self.slug_of(r.linkedin_url)) for r in self.records]
        identities = [identity_key(r.name, r.institution) for r in self.records]
        # Only rows that match no stored contact outright need the fuzzy comparison.
        lonely = [
            i for i in range(len(self.records)) if not self._known_match(identities[i], *keys[i])
        ]
        close_known, close_rows = close_names(
            [(r.name, bool(slug)) for r, (_, slug) in zip(self.records, keys, strict=True)],
            [(c.name, bool(c.linkedin_key)) for c in self.snapshot.contacts],
            lonely,
        )
        for index, record in enumerate(self.records):
            email, slug = keys[index]
            found = self._by_key(email, slug) or self._by_identity(identities[index], email, slug)
            if found is not None:
                target, reason = found
                self._merge(record, target, reason)
            else:
                target = self._possible_duplicate(index, slug, close_known, close_rows)
            self._register(target, email, slug, identities[index])
            self.target_of_row.append(target)
        linking = link_introducers(
            self.records,
            [t for t in self.target_of_row if t is not None],
            [(known.id, known.name) for known in self.snapshot.contacts],
            lambda contact_id: self._known_target(self.stored_by_id[contact_id]),
            self.filename,
        )
        self.result.warned = warned_rows(self.records, linking.warnings)
        self.result.introductions = linking.linked
        return self.result

    def _known_match(self, identity: str, email: str, slug: str) -> bool:
        if (email and email in self.known_email) or (slug and slug in self.known_slug):
            return True
        known = self.known_identity.get(identity)
        return known is not None and not (
            _differ(email, known.email_key) or _differ(slug, known.linkedin_key)
        )

    def _by_key(self, email: str, slug: str) -> tuple[Target, str] | None:
        for key, known, new, reason in (
            (email, self.known_email, self.new_email, "same email"),
            (slug, self.known_slug, self.new_slug, "same LinkedIn profile"),
        ):
            if key and key in known:
                return self._known_target(known[key]), reason
            if key and key in new:
                return new[key], reason
        return None

    def _by_identity(self, identity: str, email: str, slug: str) -> tuple[Target, str] | None:
        """The same name at the same institution, written the same way, with no email or
        profile that tells them apart: what makes a re-imported row without keys idle."""
        if identity in self.known_identity:
            target = self._known_target(self.known_identity[identity])
        elif identity in self.new_identity:
            target = self.new_identity[identity]
        else:
            return None
        their_email = email_key(target.values.get("email", ""))
        their_slug = self.slug_of(target.values.get("linkedin_url", ""))
        if _differ(email, their_email) or _differ(slug, their_slug):
            return None
        return target, "same name and institution"

    def _possible_duplicate(
        self,
        index: int,
        slug: str,
        close_known: dict[int, list[tuple[int, float]]],
        close_rows: dict[int, list[tuple[int, float]]],
    ) -> Target:
        record = self.records[index]
        candidates = [
            (self._known_target(self.snapshot.contacts[k]), s)
            for k, s in close_known.get(index, [])
        ]
        candidates += [(t, s) for i, s in close_rows.get(index, []) if (t := self.target_of_row[i])]
        best = _best_candidate(record, slug, candidates, self.slug_of)
        merge = best is not None and record.line in self.merge_possible
        if best is not None:
            other, score = best
            self.result.possible_duplicates.append(
                PossibleDuplicate(
                    line=record.line,
                    name=record.name,
                    institution=record.institution,
                    other_id=other.known.id if other.known else None,
                    other_line=None if other.known else other.lines[0],
                    other_name=other.name,
                    other_institution=other.values.get("institution", ""),
                    score=round(score, 1),
                    merged=merge,
                )
            )
            if merge:
                self._merge(record, other, "merged as you asked")
                return other
        target = _new_target(record)
        self.result.targets.append(target)
        self.result.added.append(Added(record.line, record.name, record.institution))
        return target

    def _known_target(self, known: KnownContact) -> Target:
        if known.id not in self.known_targets:
            target = Target(known.name, dict(known.values), [], known=known)
            target.tags = {tag.lower(): tag for tag in known.tags}
            self.known_targets[known.id] = target
            self.result.targets.append(target)
        return self.known_targets[known.id]

    def _register(self, target: Target, email: str, slug: str, identity: str) -> None:
        if email:
            self.new_email.setdefault(email, target)
        if slug:
            self.new_slug.setdefault(slug, target)
        self.new_identity.setdefault(identity, target)

    def _merge(self, record: ContactRecord, target: Target, reason: str) -> None:
        filled: list[str] = []
        kept: list[str] = []
        for name in MERGE_FIELDS:
            incoming = str(getattr(record, name)).strip()
            current = target.values.get(name, "")
            if not incoming:
                continue
            if incoming != current and (not current or (name, current) == ("role", Role.OTHER)):
                target.values[name] = incoming
                filled.append(name)
                if target.known is not None:
                    target.filled[name] = incoming
            elif _comparable(name, current, self.slug_of) != _comparable(
                name, incoming, self.slug_of
            ):
                kept.append(name)
        if name_key(record.name) != name_key(target.name):
            kept.insert(0, "name")
        tags_added = _add_tags(target, record.tags)
        history = len(target.touches) + len(target.follow_ups)
        _add_history(target, record, self.snapshot)
        history = len(target.touches) + len(target.follow_ups) - history
        target.lines.append(record.line)
        self.result.merged.append(
            Merged(
                line=record.line,
                name=record.name,
                reason=reason,
                into_id=target.known.id if target.known else None,
                into_line=None if target.known else target.lines[0],
                into_name=target.name,
                filled=tuple(filled),
                kept=tuple(kept),
                tags_added=tuple(tags_added),
                history_added=history,
            )
        )


def _new_target(record: ContactRecord) -> Target:
    values = {name: str(getattr(record, name)).strip() for name in MERGE_FIELDS}
    target = Target(record.name, values, [])
    _add_tags(target, record.tags)
    _add_history(target, record, Snapshot())
    target.lines.append(record.line)
    return target


def _add_tags(target: Target, tags: list[str]) -> list[str]:
    added = []
    for tag in tags:
        if tag.lower() not in target.tags:
            target.tags[tag.lower()] = tag
            added.append(tag)
    if target.known is not None:
        target.new_tags += added
    return added


def _add_history(target: Target, record: ContactRecord, snapshot: Snapshot) -> None:
    known_id = target.known.id if target.known else None
    if record.touched_on is not None:
        channel = record.touch_channel or UNKNOWN_CHANNEL
        note = "" if record.touch_channel else UNKNOWN_CHANNEL_NOTE
        touch = ImportedTouch(record.touched_on, str(channel), record.touch_topic.strip(), note)
        key = (touch.on, touch.channel, touch.topic)
        stored = known_id is not None and (known_id, *key) in snapshot.touches
        if not stored and key not in {(t.on, t.channel, t.topic) for t in target.touches}:
            target.touches.append(touch)
    due = record.follow_up_on
    stored = due is not None and known_id is not None and (known_id, due) in snapshot.follow_ups
    if due is not None and due not in target.follow_ups and not stored:
        target.follow_ups.append(due)


def _differ(mine: str, theirs: str) -> bool:
    """Both known and not the same: an email or profile that tells two people apart."""
    return bool(mine and theirs and mine != theirs)


def _comparable(name: str, value: str, slug_of: Callable[[str], str]) -> str:
    if name == "linkedin_url":
        return slug_of(value) or value.strip().lower()
    return " ".join(value.lower().split())


def _best_candidate(
    record: ContactRecord,
    slug: str,
    candidates: list[tuple[Target, float]],
    slug_of: Callable[[str], str],
) -> tuple[Target, float] | None:
    """The closest candidate whose institution is similar and whose LinkedIn does not differ."""
    best: tuple[Target, float] | None = None
    for target, score in candidates:
        if not similar_institutions(record.institution, target.values.get("institution", "")):
            continue
        other_slug = slug_of(target.values.get("linkedin_url", ""))
        if slug and other_slug and slug != other_slug:
            continue
        if best is None or score > best[1]:
            best = (target, score)
    return best
