"""Bring a parsed file into the tracker: `preview` says what would happen, `commit` does it.

    parsed = parse_linkedin(name, data)  # or parse_vcard(name, data), parse_sheet(name, data, m)
    plan = preview(parsed)  # ImportPlan; writes nothing
    report = commit(parsed, merge_possible={40})  # ImportReport; one short transaction
    print("\\n".join(report.summary_lines()))

`merge_possible` holds the line numbers of possible duplicates (`plan.possible_duplicates[i].line`)
the user chose to merge; the others are kept apart. `preview` takes it too, to show the result of
that choice. Rows that break a field's limits are rejected here, alongside the parser's rejections.

Imported history is written as the interactions it implies (LinkedIn's connection date, a sheet's
last contact), outbound, without planning follow-ups: the follow-up rules are for what happens
from now on, not for what happened before the import. When a file does not say how the last
contact happened, it is recorded as email and the interaction's notes say the file did not tell.
A next follow-up date becomes a manual follow-up. A sheet's "met through" links each contact to
the one who introduced them (`introductions`), once the new contacts have their ids. Everything
is written with bulk queries, so that a 10,000-row LinkedIn export imports in a few seconds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import tzinfo

from django.db import transaction

from matchwise.network import clock, rules
from matchwise.network.choices import Direction, FollowUpRule, Role
from matchwise.network.contact_fields import DAYS_FIELDS
from matchwise.network.contact_keys import email_key, linkedin_slug
from matchwise.network.derived import forget_weeks, refresh_dates, set_dates
from matchwise.network.importing.bulk_insert import BulkInsert
from matchwise.network.importing.checks import split_valid
from matchwise.network.importing.freshness import FileKeys, still_holds
from matchwise.network.importing.matching import (
    MERGE_FIELDS,
    KnownContact,
    Resolution,
    Snapshot,
    Target,
    resolve,
)
from matchwise.network.importing.report import ImportPlan, ImportReport
from matchwise.network.models import Contact, FollowUp, Interaction, Tag
from matchwise.network.records import ParsedFile, RejectedRow

BATCH = 500
ATTEMPTS = 3  # times the file is matched outside the write transaction before once inside
ContactTag = Contact.tags.through


def preview(parsed: ParsedFile, merge_possible: Iterable[int] | None = None) -> ImportPlan:
    """What `commit` would add, merge, flag and reject. Reads the tracker, writes nothing."""
    resolution, rejected = _resolve(parsed, merge_possible)
    plan = ImportPlan(parsed.filename)
    _describe(plan, resolution, rejected)
    return plan


def commit(parsed: ParsedFile, merge_possible: set[int] | None = None) -> ImportReport:
    """Write the file's contacts, history and follow-ups, all or nothing.

    The matching, which takes seconds on a large file, is done before the write transaction,
    so that other programs can go on changing the tracker meanwhile. The transaction, which
    holds SQLite's write lock from its start, reads the tracker again and writes the prepared
    import unless another change could have changed its outcome (see `freshness`); then the
    file is matched again against what is there now, the last time inside the transaction."""
    valid, refused = split_valid(parsed.records)
    rejected = sorted([*parsed.rejected, *refused], key=lambda row: row.line)
    lines = set(merge_possible or ())
    file = FileKeys.of(valid, linkedin_slug)
    snapshot = load_snapshot()
    for attempt in range(1, ATTEMPTS + 1):
        resolution = resolve(valid, snapshot, linkedin_slug, lines, parsed.filename)
        rows = _rows(resolution, parsed.filename)
        with transaction.atomic():
            now = load_snapshot()
            if not still_holds(snapshot, now, file, resolution):
                if attempt < ATTEMPTS:
                    snapshot = now
                    continue
                resolution = resolve(valid, now, linkedin_slug, lines, parsed.filename)
                rows = _rows(resolution, parsed.filename)
            report = ImportReport(parsed.filename)
            _describe(report, resolution, rejected)
            report.contact_ids = _write(rows)
            return report
    raise AssertionError("unreachable: the last attempt always writes")


def load_snapshot() -> Snapshot:
    """The stored contacts and history keys, in four queries whatever the size."""
    tags: dict[int, set[str]] = defaultdict(set)
    for contact_id, tag in ContactTag.objects.values_list("contact_id", "tag__name"):
        tags[contact_id].add(tag)
    fields = ("id", "name", "email_key", "linkedin_key", "met_through_id", *MERGE_FIELDS)
    contacts = [
        KnownContact(
            id=row["id"],
            name=row["name"],
            values={name: _as_text(row[name]) for name in MERGE_FIELDS},
            tags=frozenset(tags.get(row["id"], ())),
            email_key=row["email_key"],
            linkedin_key=row["linkedin_key"],
            met_through_id=row["met_through_id"],
        )
        for row in Contact.objects.order_by("id").values(*fields)
    ]
    touches = Interaction.objects.values_list("contact_id", "occurred_on", "channel", "topic")
    follow_ups = FollowUp.objects.filter(rule=FollowUpRule.MANUAL).values_list(
        "contact_id", "due_on"
    )
    return Snapshot(contacts, frozenset(touches), frozenset(follow_ups))


def _resolve(
    parsed: ParsedFile, merge_possible: Iterable[int] | None
) -> tuple[Resolution, list[RejectedRow]]:
    valid, refused = split_valid(parsed.records)
    resolution = resolve(
        valid, load_snapshot(), linkedin_slug, merge_possible or (), parsed.filename
    )
    return resolution, sorted([*parsed.rejected, *refused], key=lambda row: row.line)


def _describe(plan: ImportPlan, resolution: Resolution, rejected: list[RejectedRow]) -> None:
    plan.added = resolution.added
    plan.merged = resolution.merged
    plan.possible_duplicates = resolution.possible_duplicates
    plan.rejected = rejected
    plan.warned = resolution.warned
    plan.interactions = sum(len(t.touches) for t in resolution.targets)
    plan.follow_ups = sum(len(t.follow_ups) for t in resolution.targets)
    plan.introductions = resolution.introductions


@dataclass
class _Rows:
    """The rows an import inserts, made and converted to their database form before the write
    transaction (see `bulk_insert`). Their contact ids are set in `_write`, once the new
    contacts have theirs."""

    targets: list[Target]
    contacts: list[tuple[Target, Contact]]
    interactions: list[tuple[Target, Interaction]]
    follow_ups: list[tuple[Target, FollowUp]]
    inserts: tuple[BulkInsert, BulkInsert, BulkInsert]


def _rows(resolution: Resolution, filename: str) -> _Rows:
    targets = resolution.touched
    note = f"Imported from {filename}."
    zone = clock.user_zone()
    contacts = [(t, _new_contact(t, zone)) for t in targets if t.known is None]
    interactions = [
        (
            target,
            Interaction(
                occurred_on=touch.on,
                channel=touch.channel,
                direction=Direction.OUTBOUND,
                topic=touch.topic,
                notes=f"{note} {touch.notes}".strip(),
                imported=True,
            ),
        )
        for target in targets
        for touch in target.touches
    ]
    follow_ups = [
        (target, FollowUp(rule=plan.rule, due_on=plan.due_on, overdue_after=plan.overdue_after))
        for target in targets
        for plan in map(rules.manual_plan, target.follow_ups)
    ]
    inserts = (
        BulkInsert(Contact, [contact for _, contact in contacts]),
        BulkInsert(Interaction, [row for _, row in interactions], late=["contact"]),
        BulkInsert(FollowUp, [row for _, row in follow_ups], late=["contact"]),
    )
    return _Rows(targets, contacts, interactions, follow_ups, inserts)


def _write(rows: _Rows) -> list[int]:
    new_contacts, new_interactions, new_follow_ups = rows.inserts
    new_contacts.run()
    ids: dict[int, int] = {}  # id(target) → contact id
    for target, contact in rows.contacts:
        assert contact.pk is not None, "the database did not return the new contacts' ids"
        ids[id(target)] = contact.pk
    known = [t for t in rows.targets if t.known is not None]
    for target in known:
        assert target.known is not None
        ids[id(target)] = target.known.id
    _fill_known(t for t in known if t.filled)
    _link_tags(rows.targets, ids)
    _link_introducers(rows.targets, ids)
    for target, interaction in rows.interactions:
        interaction.contact_id = ids[id(target)]
    for target, follow_up in rows.follow_ups:
        follow_up.contact_id = ids[id(target)]
    new_interactions.run()
    new_follow_ups.run()
    earliest = min((row.occurred_on for _, row in rows.interactions), default=None)
    if earliest is not None:
        forget_weeks(since=earliest)  # the history written may change any later week
    # The stored dates of the contacts that were there before are refreshed here, once; new
    # contacts got theirs in `_new_contact`.
    refresh_dates(ids[id(t)] for t in known)
    return [contact.pk for _, contact in rows.contacts]


def _as_text(value: str | int | None) -> str:
    """A stored value as matching compares it: numbers of days as digits, '' for none."""
    return "" if value is None else str(value)


def _stored(values: Mapping[str, str]) -> dict[str, str | int | None]:
    """The values as the model stores them: numbers of days as numbers, None for none."""
    return {
        name: (int(value) if value else None) if name in DAYS_FIELDS else value
        for name, value in values.items()
    }


def _new_contact(target: Target, zone: tzinfo) -> Contact:
    values = _stored(target.values)
    values["role"] = values["role"] or Role.OTHER
    contact = Contact(name=target.name, **values)
    # bulk_create skips save(): the keys and the stored dates are set here by the functions
    # save() and `refresh_dates` use, before the insert (refreshing 10,000 new contacts
    # afterwards would cost seconds).
    contact.derive_keys()
    newest = max((touch.on for touch in target.touches), default=None)
    set_dates(contact, newest, is_mentor=False, zone=zone)
    return contact


def _fill_known(targets: Iterable[Target]) -> None:
    """Write only the fields each merge filled, grouped so that each group is one bulk update."""
    groups: dict[tuple[str, ...], list[Contact]] = defaultdict(list)
    for target in targets:
        assert target.known is not None
        contact = Contact(id=target.known.id, **_stored(target.filled))
        fields = tuple(sorted(target.filled))
        if "email" in target.filled:
            contact.email_key = email_key(target.filled["email"])
            fields += ("email_key",)
        if "linkedin_url" in target.filled:
            contact.linkedin_key = linkedin_slug(target.filled["linkedin_url"])
            fields += ("linkedin_key",)
        groups[fields].append(contact)
    for fields, contacts in groups.items():
        Contact.objects.bulk_update(contacts, fields, batch_size=BATCH)


def _link_introducers(targets: list[Target], ids: dict[int, int]) -> None:
    """Point each contact at the one who introduced them, now that new contacts have ids."""
    links = [
        Contact(id=ids[id(t)], met_through_id=_id_of(t.introducer, ids))
        for t in targets
        if t.introducer is not None
    ]
    Contact.objects.bulk_update(links, ["met_through"], batch_size=BATCH)


def _id_of(target: Target, ids: dict[int, int]) -> int:
    return target.known.id if target.known is not None else ids[id(target)]


def _link_tags(targets: list[Target], ids: dict[int, int]) -> None:
    wanted = {
        id(t): list(t.tags.values()) if t.known is None else t.new_tags for t in targets if t.tags
    }
    names = {tag for tags in wanted.values() for tag in tags}
    if not names:
        return
    existing = {tag.name.lower(): tag for tag in Tag.objects.order_by("id")}
    missing = list({n.lower(): n for n in names if n.lower() not in existing}.values())
    Tag.objects.bulk_create([Tag(name=name) for name in missing], ignore_conflicts=True)
    for tag in Tag.objects.filter(name__in=missing):
        existing.setdefault(tag.name.lower(), tag)
    links = [
        ContactTag(contact_id=ids[key], tag_id=existing[name.lower()].pk)
        for key, tags in wanted.items()
        for name in tags
    ]
    ContactTag.objects.bulk_create(links, batch_size=BATCH, ignore_conflicts=True)
