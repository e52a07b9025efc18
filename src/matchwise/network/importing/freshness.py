"""Whether an import worked out against one snapshot of the tracker still holds in a newer one.

Matching a large file takes seconds, so it is done before the write transaction begins, while
other programs may still change the tracker. Inside the transaction the snapshot is read again
and compared with the one the matching used. The prepared import is written as it is unless a
change could have changed its outcome. A change counts when the contact changed, added or
deleted (in its old or new state):

- is one the import merges into, or named as a possible duplicate of a row;
- has an email, LinkedIn profile, or name and institution that a row of the file has;
- has a name close to a row's name (with a margin below the duplicate threshold);

or when the history or the planned follow-ups of a contact the import merges into changed.
Anything else (a contact nobody in the file resembles, a template, a message) lets the import
go ahead. The test errs on the side of "it counts": the price is only matching again. No
database here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from matchwise.network.contact_keys import email_key
from matchwise.network.importing.matching import KnownContact, Resolution, Snapshot
from matchwise.network.importing.similarity import NAME_THRESHOLD, identity_key, name_key
from matchwise.network.records import ContactRecord

NAME_MARGIN = 10  # names this much less alike than a possible duplicate still count
MANY_CHANGES = 200  # past this many changed contacts, match again rather than compare each


@dataclass(frozen=True)
class FileKeys:
    """What the file's rows can be matched on, worked out once, before the transaction."""

    keys: frozenset[str]  # emails, profiles, names with institutions (see `_key_of`)
    names: list[str]  # name keys, for the fuzzy comparison

    @classmethod
    def of(cls, records: Sequence[ContactRecord], slug_of: Callable[[str], str]) -> FileKeys:
        keys: set[str] = set()
        for record in records:
            keys.add("identity " + identity_key(record.name, record.institution))
            if email := email_key(record.email):
                keys.add("email " + email)
            if slug := slug_of(record.linkedin_url):
                keys.add("profile " + slug)
        # The introducers' names too: a contact of that name added meanwhile changes a link.
        written = [name for record in records for name in (record.name, record.met_through)]
        names = {name_key(name) for name in written} - {""}
        return cls(frozenset(keys), sorted(names))


def still_holds(before: Snapshot, now: Snapshot, file: FileKeys, resolution: Resolution) -> bool:
    """True only when `resolution`, made from `before`, is what matching against `now` gives."""
    if before == now:
        return True
    changed = _changed_contacts(before, now)
    if len(changed) > MANY_CHANGES:
        return False
    involved = {t.known.id for t in resolution.targets if t.known is not None}
    involved |= {p.other_id for p in resolution.possible_duplicates if p.other_id is not None}
    history = (before.touches ^ now.touches, before.follow_ups ^ now.follow_ups)
    if any(key[0] in involved for keys in history for key in keys):
        return False
    if any(contact.id in involved for contact in changed):
        return False
    if any(_key_of(contact) & file.keys for contact in changed):
        return False
    return not _close_to_a_row(changed, file.names)


def _changed_contacts(before: Snapshot, now: Snapshot) -> list[KnownContact]:
    """Every contact added, deleted or changed, in each state it had."""
    old = {contact.id: contact for contact in before.contacts}
    new = {contact.id: contact for contact in now.contacts}
    changed: list[KnownContact] = []
    for contact_id in old.keys() | new.keys():
        was, is_now = old.get(contact_id), new.get(contact_id)
        if was != is_now:
            changed += [state for state in (was, is_now) if state is not None]
    return changed


def _key_of(contact: KnownContact) -> set[str]:
    keys = {"identity " + identity_key(contact.name, contact.values.get("institution", ""))}
    if contact.email_key:
        keys.add("email " + contact.email_key)
    if contact.linkedin_key:
        keys.add("profile " + contact.linkedin_key)
    return keys


def _close_to_a_row(changed: list[KnownContact], names: list[str]) -> bool:
    asking = sorted({name_key(contact.name) for contact in changed} - {""})
    if not names or not asking:
        return False
    scores = process.cdist(
        asking,
        names,
        scorer=fuzz.ratio,
        score_cutoff=NAME_THRESHOLD - NAME_MARGIN,
        dtype=np.uint8,
        workers=-1,
    )
    return bool(scores.any())
