"""Who introduced whom: a sheet's "met through" column names a contact by name, and each row is
linked to that contact once every row is matched (so a row may name a later one). No database
here.

- The name is compared as the import compares names (`similarity.name_key`: case, accents,
  punctuation, word order and titles such as "Dr." aside).
- It may name a contact of the same file (a row that joins a stored contact counts as that
  contact) or a stored one. The contact the row itself becomes is never its own introducer.
- Exactly one contact of that name: linked. None, or several: nothing is guessed. The report
  names the file, the line and the column, and the name is kept in the contact's notes as a
  line "<column>: <name>", unless the notes already hold that line (so importing the same file
  again adds nothing) or the contact already has an introducer.
- As everywhere in the import, a stored contact that already has an introducer keeps it; a
  different one in the file is reported, not written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from matchwise.network.importing.similarity import name_key
from matchwise.network.importing.vocabulary import split_honorific
from matchwise.network.records import ContactRecord, FieldWarning

if TYPE_CHECKING:
    from matchwise.network.importing.matching import Target

COLUMN = "Introduced by"  # what a row's column is called when the file did not say


@dataclass
class Introductions:
    """What linking found: the warnings by record position, and how many links are written."""

    warnings: dict[int, list[FieldWarning]] = field(default_factory=dict)
    linked: int = 0


def link_introducers(
    records: Sequence[ContactRecord],
    row_targets: Sequence[Target],
    stored: Sequence[tuple[int, str]],
    target_of_stored: Callable[[int], Target],
    filename: str,
) -> Introductions:
    """Link each row's target to the contact its "met through" names.

    `row_targets[i]` is what `records[i]` became; `stored` lists (id, name) of every stored
    contact; `target_of_stored(id)` gives the target of a stored contact (made when needed)."""
    found = Introductions()
    if not any(record.met_through for record in records):
        return found  # most files (LinkedIn, vCards) name no introducer: nothing to index
    stored_by_name: dict[str, list[int]] = defaultdict(list)
    for contact_id, name in stored:
        stored_by_name[name_key(name)].append(contact_id)
    new_by_name: dict[str, list[Target]] = defaultdict(list)
    for target in _unique(t for t in row_targets if t.known is None):
        new_by_name[name_key(target.name)].append(target)
    for index, (record, target) in enumerate(zip(records, row_targets, strict=True)):
        written = " ".join(record.met_through.split())
        if not written:
            continue
        line, column = record.sources.get("met_through", (record.line, COLUMN))
        said = f"{filename} names {written!r}"
        key = name_key(split_honorific(written)[1])
        candidates: list[Target | int] = [
            *(c for c in stored_by_name.get(key, []) if c != _stored_id(target)),
            *(t for t in new_by_name.get(key, []) if t is not target),
        ]
        if len(candidates) == 1:
            only = candidates[0]
            introducer = target_of_stored(only) if isinstance(only, int) else only
            problem = _link(target, introducer, said)
        else:
            itself = not candidates and _named(target, key, stored_by_name)
            problem = _refusal(said, candidates, itself)
            _keep_in_notes(target, f"{column}: {written}")
        if problem:
            found.warnings.setdefault(index, []).append(FieldWarning(line, column, problem))
    found.linked = sum(1 for t in _unique(row_targets) if t.introducer is not None)
    return found


def _link(target: Target, introducer: Target, said: str) -> str:
    """Link, or say why the link already there stays."""
    if _stored_introducer(target) is not None:
        if _stored_id(introducer) == _stored_introducer(target):
            return ""
        who = f"your contact {target.name}"
        return f"{said}, but {who} was introduced by someone else already; that link stays"
    if target.introducer is not None and target.introducer is not introducer:
        return f"{said}, but line {target.lines[0]} names someone else for the same contact; kept"
    target.introducer = introducer
    return ""


def _named(target: Target, key: str, stored_by_name: dict[str, list[int]]) -> bool:
    """Whether the name is that of the row's own contact."""
    return name_key(target.name) == key or _stored_id(target) in stored_by_name.get(key, [])


def _refusal(said: str, candidates: Sequence[Target | int], itself: bool) -> str:
    kept = "not linked, the name is kept in the notes"
    if itself:
        return f"{said}, this contact's own name; {kept}"
    if not candidates:
        return f"{said}, but no contact in the file or among yours has that name; {kept}"
    stored = sum(1 for c in candidates if isinstance(c, int))
    where = [f"line {c.lines[0]}" for c in candidates if not isinstance(c, int)]
    if stored:
        where.insert(0, "one of yours" if stored == 1 else f"{stored} of yours")
    return f"{said}, the name of {len(candidates)} contacts ({', '.join(where)}); {kept}"


def _keep_in_notes(target: Target, line: str) -> None:
    if _stored_introducer(target) is not None:
        return
    notes = target.values.get("notes", "")
    if line in notes.splitlines():
        return
    target.values["notes"] = f"{notes}\n{line}" if notes else line
    if target.known is not None:
        target.filled["notes"] = target.values["notes"]


def _unique(targets: Iterable[Target]) -> list[Target]:
    seen: dict[int, Target] = {}
    for target in targets:
        seen.setdefault(id(target), target)
    return list(seen.values())


def _stored_id(target: Target) -> int | None:
    return target.known.id if target.known is not None else None


def _stored_introducer(target: Target) -> int | None:
    return target.known.met_through_id if target.known is not None else None
