"""A JSON backup of everything the user entered, and its restore into an empty database.

The backup is Django's own serialization of the models in `BACKED_UP_MODELS`, inside a small
envelope that says what the file is and carries a checksum of the objects, so that a file
changed since it was written is noticed. Other apps add their models to that list, nothing
else. A restore checks every value by the rules of the forms (`backup_checks`) and writes
nothing unless all of them pass.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from django.apps import apps
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import ForeignKey, Model
from django.utils import timezone
from django.utils.module_loading import import_string

from matchwise.network.exporting.backup_checks import Row, check_objects
from matchwise.network.plain_text import shown

FORMAT = "matchwise-backup"
VERSION = 2  # 2 adds the checksum
READABLE_VERSIONS = (1, 2)
CHECKSUM = "sha256"
# A backup of thousands of contacts and a whole catalogue is a few tens of MB.
MAX_BYTES = 100 * 2**20
# Problems listed in a refusal; the rest are counted.
MAX_SHOWN = 25
# Restore loads in this order, so a model comes after the models its foreign keys point to.
# PendingImport is left out on purpose: it is an upload waiting for review, not data.
BACKED_UP_MODELS: tuple[str, ...] = (
    "network.Tag",
    "network.Contact",
    "network.MentorAssignment",
    "network.Interaction",
    "network.FollowUp",
    "network.Preferences",
    # Imported catalogues and saved profiles; the sample catalogue is generated, never stored.
    "programs.Catalogue",
    "programs.Program",
    "programs.ProgramFact",
    "programs.SavedProfile",
    "programs.Calibration",
    "programs.MarketFit",
    # The playbook: your profile, templates, then what hangs off contacts and templates.
    "outreach.ApplicantIdentity",
    "outreach.MessageTemplate",
    "outreach.Campaign",
    "outreach.CampaignTarget",
    "outreach.Message",
    "outreach.LetterRequest",
    "outreach.Advice",
    "outreach.Conference",
    "outreach.ConferenceTarget",
    "outreach.Goal",
    "outreach.GoalReview",
    # Rotations, the people met and the promises kept as follow-ups; Match results; mentees.
    "rotations.Rotation",
    "rotations.RotationMember",
    "rotations.RotationTask",
    "rotations.MatchResult",
    "rotations.Mentee",
    # The application season: applications, their history, invitations and the dates offered.
    "season.Application",
    "season.StatusChange",
    "season.Invitation",
    "season.InvitationSlot",
    # SOAP: the unfilled programs, the offers of each round, and their dated history.
    "season.SoapProgram",
    "season.SoapOffer",
    "season.SoapStep",
    # Couples mode: the partner, their programs, the pairs (after the applications they name).
    "season.Partner",
    "season.PartnerProgram",
    "season.CouplePair",
)
# Settings rows that the app creates by itself on first use: restore replaces them rather
# than treating them as data it would overwrite. The template library is installed by a
# migration, so a fresh database already holds it.
REPLACED_ON_RESTORE = frozenset(
    {"network.Preferences", "outreach.ApplicantIdentity", "outreach.MessageTemplate"}
)
# Called once all rows are in, to recompute what the apps store only for speed (such as a
# contact's last-contacted date). Dotted paths, so that each rule stays in its own app.
AFTER_RESTORE: tuple[str, ...] = ("matchwise.network.derived.refresh_dates",)
BATCH = 500


class BackupError(ValueError):
    """A backup that cannot be restored: a message for the user, and each problem's place."""

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        self.message = message
        self.problems = problems
        super().__init__("\n".join([message, *(f"  {problem}" for problem in problems)]))


@dataclass(frozen=True)
class Backup:
    objects: list[Any]
    version: int
    edited: bool | None  # None: the version carries no checksum to tell


@dataclass(frozen=True)
class Restored:
    source_name: str
    counts: dict[str, int]  # rows per model label, in `BACKED_UP_MODELS` order
    notes: tuple[str, ...]  # what the user should know although it worked

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        """What was restored, e.g. "Restored 52 records from b.json: 12 contacts, …"."""
        parts = [
            counted(apps.get_model(label), count) for label, count in self.counts.items() if count
        ]
        listed = f": {', '.join(parts)}" if parts else ""
        return f"Restored {self.total} records from {self.source_name}{listed}."


def counted(model: type[Model], count: int) -> str:
    """How many rows of a model, in words: "1 contact", "12 contacts"."""
    meta = model._meta
    return f"{count} {meta.verbose_name if count == 1 else meta.verbose_name_plural}"


class LosslessJSONEncoder(DjangoJSONEncoder):
    """DjangoJSONEncoder cuts datetimes to milliseconds; a backup keeps the microseconds."""

    def default(self, o: Any) -> Any:
        if isinstance(o, datetime):
            return o.isoformat()
        return super().default(o)


def backed_up_models() -> list[type[Model]]:
    return [apps.get_model(label) for label in BACKED_UP_MODELS]


def backup_objects() -> list[dict[str, Any]]:
    """Every backed-up row in Django's "python" serialization, model by model, by pk."""
    objects: list[dict[str, Any]] = []
    for model in backed_up_models():
        related = [field.name for field in model._meta.many_to_many]
        rows = model._default_manager.order_by("pk").prefetch_related(*related)
        objects.extend(serializers.serialize("python", rows))
    return objects


def checksum(objects: list[Any]) -> str:
    """SHA-256 of the objects in a canonical JSON form (sorted keys, ASCII, no spaces): the
    same for the rows as written and for the file as read back, whatever its layout."""
    canonical = json.dumps(
        objects, cls=LosslessJSONEncoder, ensure_ascii=True, sort_keys=True, separators=(",", ":")
    )
    return f"{CHECKSUM}:{hashlib.sha256(canonical.encode('ascii')).hexdigest()}"


def backup_bytes(now: datetime | None = None) -> bytes:
    """The whole backup as UTF-8 JSON; the same data always gives the same bytes but the date."""
    objects = backup_objects()
    envelope = {
        "format": FORMAT,
        "version": VERSION,
        "created_at": (now or timezone.now()).isoformat(),
        "checksum": checksum(objects),
        "objects": objects,
    }
    text = json.dumps(envelope, cls=LosslessJSONEncoder, ensure_ascii=False, indent=1)
    return (text + "\n").encode("utf-8")


def size_problem(size: int, source_name: str) -> str | None:
    if size <= MAX_BYTES:
        return None
    return (
        f"{source_name} is larger than {MAX_BYTES // 2**20} MB, far more than a matchwise "
        "backup; it was not read."
    )


def read_source(source: bytes | Path, source_name: str | None) -> tuple[str, bytes]:
    """The name to show and the bytes of a backup given as bytes or as a file."""
    if not isinstance(source, Path):
        return shown(source_name or "the backup", 200), source
    name = shown(source_name or source.name, 200)
    try:
        if problem := size_problem(source.stat().st_size, name):
            raise BackupError(problem)
        return name, source.read_bytes()
    except OSError as error:
        raise BackupError(f"cannot read {shown(str(source), 200)}: {error.strerror}") from error


def read_backup(data: bytes, source_name: str) -> Backup:
    """The objects of a backup file, after checking that it is one this version can read."""
    if problem := size_problem(len(data), source_name):
        raise BackupError(problem)
    not_backup = f"{source_name} is not a matchwise backup"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BackupError(
            f"{not_backup}: it is not UTF-8 text (byte {error.start + 1} cannot be read)."
        ) from error
    try:
        envelope = json.loads(text)
    except RecursionError as error:
        raise BackupError(f"{source_name} is damaged: it is nested too deeply.") from error
    except ValueError as error:  # JSONDecodeError, or a number too long to convert
        raise BackupError(f"{not_backup}: not JSON ({shown(str(error), 200)}).") from error
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        found = envelope.get("format") if isinstance(envelope, dict) else None
        found_text = shown(repr(found)) if isinstance(found, str | None) else "not text"
        raise BackupError(f"{not_backup}: its format is {found_text}, expected {FORMAT!r}.")
    version = envelope.get("version")
    if type(version) is not int or version not in READABLE_VERSIONS:
        found_text = shown(repr(version)) if isinstance(version, str | int) else "not a number"
        readable = " and ".join(map(str, READABLE_VERSIONS))
        raise BackupError(
            f"{source_name} is a backup of version {found_text}, and this version of matchwise "
            f"reads versions {readable} only."
        )
    objects = envelope.get("objects")
    if not isinstance(objects, list):
        raise BackupError(f"{source_name} is damaged: it has no list of objects.")
    if version == 1:
        return Backup(objects, version, edited=None)
    try:
        edited = envelope.get("checksum") != checksum(objects)
    except RecursionError as error:
        raise BackupError(f"{source_name} is damaged: it is nested too deeply.") from error
    return Backup(objects, version, edited)


def edit_notes(backup: Backup, source_name: str, accept_edited: bool) -> tuple[str, ...]:
    """What to tell about edits; a refusal when the file was edited and that is not accepted."""
    if backup.edited is None:
        return (
            f"{source_name} is a version-{backup.version} backup, which has no checksum: it "
            "could not be checked for edits (every value was checked).",
        )
    if not backup.edited:
        return ()
    if not accept_edited:
        raise BackupError(
            f"{source_name} was changed after matchwise wrote it: its checksum does not match "
            "its contents. If you edited it on purpose, restore it accepting edits "
            "(`--accept-edited`, or the box on the Export page); every value is checked either way."
        )
    return (f"{source_name} was edited after it was written; restored as you asked.",)


def restore(
    source: bytes | Path, source_name: str | None = None, *, accept_edited: bool = False
) -> Restored:
    """Load a backup into an empty database, all or nothing; return the rows per model.

    The database must hold no data yet (settings rows aside): merging two histories would
    silently mix or overwrite them, which is never what a restore is for. Every object is
    checked first, by the rules of the forms, and every problem is reported at once.
    """
    name, data = read_source(source, source_name)
    backup = read_backup(data, name)
    notes = edit_notes(backup, name, accept_edited)
    refuse_existing_data(name)
    checked = check_objects(backup.objects, backed_up_models())
    if checked.problems:
        count = len(checked.problems)
        listed = [str(problem) for problem in checked.problems[:MAX_SHOWN]]
        if count > MAX_SHOWN:
            listed.append(f"… and {count - MAX_SHOWN} more.")
        raise BackupError(
            f"{name} cannot be restored: {count} problem{'s' if count != 1 else ''} found; "
            "nothing was written.",
            tuple(listed),
        )
    with transaction.atomic():
        refuse_existing_data(name)  # again, inside the transaction that writes
        for label in REPLACED_ON_RESTORE:
            apps.get_model(label)._default_manager.all().delete()
        counts = load(checked.rows, name)
        check_references(name)
        for path in AFTER_RESTORE:
            import_string(path)()
        reset_sequences()
    return Restored(name, counts, notes)


def held_data() -> list[str]:
    """What the database holds that a restore would mix with, e.g. ["3 contacts"]."""
    return [
        counted(model, count)
        for label, model in zip(BACKED_UP_MODELS, backed_up_models(), strict=True)
        if label not in REPLACED_ON_RESTORE and (count := model._default_manager.count())
    ]


def refuse_existing_data(source_name: str) -> None:
    if held := held_data():
        raise BackupError(
            f"Cannot restore {source_name}: the database already holds {', '.join(held)}. "
            "A backup is restored into an empty database only; delete everything first."
        )


def load(rows: dict[type[Model], list[Row]], source_name: str) -> dict[str, int]:
    """Insert the checked rows model by model, in batches (a row-by-row save costs an UPDATE
    and an INSERT each). As with loaddata, rows go in as they were, without save() logic;
    `AFTER_RESTORE` recomputes what is derived. Foreign keys are checked at the end,
    so rows may point forward (`met_through`). The database's own refusals, which the checks
    should have caught, still end in a message rather than a traceback."""
    counts: dict[str, int] = {}
    try:
        for label, model in zip(BACKED_UP_MODELS, backed_up_models(), strict=True):
            batch = rows.get(model, [])
            model._default_manager.bulk_create([row.instance for row in batch], batch_size=BATCH)
            insert_many_to_many(model, batch)
            counts[label] = len(batch)
    except DatabaseError as error:
        raise BackupError(f"{source_name} could not be restored: {error}") from error
    return counts


def insert_many_to_many(model: type[Model], rows: list[Row]) -> None:
    for field in model._meta.many_to_many:
        through = field.remote_field.through
        assert through is not None
        source = key_attname(through, field.m2m_field_name())
        target = key_attname(through, field.m2m_reverse_field_name())
        links = [
            through(**{source: row.instance.pk, target: related})
            for row in rows
            for related in row.links.get(field.name, [])
        ]
        through._default_manager.bulk_create(links, batch_size=BATCH)


def key_attname(model: type[Model], name: str) -> str:
    field = model._meta.get_field(name)
    assert isinstance(field, ForeignKey)
    return field.attname


def check_references(source_name: str) -> None:
    """Foreign keys are checked at commit; check them now to name the file in the error."""
    tables = [model._meta.db_table for model in backed_up_models()]
    tables += [
        field.m2m_db_table() for model in backed_up_models() for field in model._meta.many_to_many
    ]
    try:
        connection.check_constraints(table_names=tables)
    except IntegrityError as error:
        raise BackupError(
            f"{source_name} could not be restored: a row refers to one that is not in it ({error})."
        ) from error


def reset_sequences() -> None:
    """Rows came in with their ids; move PostgreSQL's counters past them for new rows."""
    statements = connection.ops.sequence_reset_sql(no_style(), backed_up_models())
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
