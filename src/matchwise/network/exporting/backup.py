"""A JSON backup of everything the user entered, and its restore into an empty database.

The backup is Django's own serialization of the models in `BACKED_UP_MODELS`, inside a small
envelope that says what the file is. Other apps add their models to that list, nothing else.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from itertools import groupby
from pathlib import Path
from typing import Any

from django.apps import apps
from django.core import serializers
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError, DeserializedObject
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import ForeignKey, Model
from django.utils import timezone
from django.utils.module_loading import import_string

FORMAT = "matchwise-backup"
VERSION = 1
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
    "programs.SavedProfile",
    "programs.Calibration",
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
    """A backup that cannot be restored, with a message meant for the user."""


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


def backup_bytes(now: datetime | None = None) -> bytes:
    """The whole backup as UTF-8 JSON; the same data always gives the same bytes but the date."""
    envelope = {
        "format": FORMAT,
        "version": VERSION,
        "created_at": (now or timezone.now()).isoformat(),
        "objects": backup_objects(),
    }
    text = json.dumps(envelope, cls=LosslessJSONEncoder, ensure_ascii=False, indent=1)
    return (text + "\n").encode("utf-8")


def read_backup(data: bytes, source_name: str) -> list[dict[str, Any]]:
    """The objects of a backup file, after checking that it is one this version can read."""
    try:
        envelope = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BackupError(
            f"{source_name} is not a matchwise backup: not JSON ({error})."
        ) from error
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        found = envelope.get("format") if isinstance(envelope, dict) else None
        raise BackupError(
            f"{source_name} is not a matchwise backup: its format is {found!r}, "
            f"expected {FORMAT!r}."
        )
    version = envelope.get("version")
    if type(version) is not int or version != VERSION:
        raise BackupError(
            f"{source_name} is a backup of version {version!r}, and this version of matchwise "
            f"reads version {VERSION} only."
        )
    objects = envelope.get("objects")
    if not isinstance(objects, list):
        raise BackupError(f"{source_name} is damaged: it has no list of objects.")
    known = {model._meta.label_lower for model in backed_up_models()}
    for position, item in enumerate(objects, start=1):
        if not (isinstance(item, dict) and isinstance(item.get("fields"), dict) and "pk" in item):
            raise BackupError(f"{source_name} is damaged: object {position} is malformed.")
        if str(item.get("model", "")).lower() not in known:
            raise BackupError(
                f"{source_name}: object {position} is of an unknown kind {item.get('model')!r}."
            )
    return objects


def restore(source: bytes | Path, source_name: str | None = None) -> dict[str, int]:
    """Load a backup into an empty database, all or nothing; return the rows per model.

    The database must hold no data yet (settings rows aside): merging two histories would
    silently mix or overwrite them, which is never what a restore is for.
    """
    if isinstance(source, Path):
        name = source_name or source.name
        data = source.read_bytes()
    else:
        name = source_name or "the backup"
        data = source
    objects = read_backup(data, name)
    order = {label.lower(): index for index, label in enumerate(BACKED_UP_MODELS)}
    objects.sort(key=lambda item: order[str(item["model"]).lower()])
    with transaction.atomic():
        refuse_existing_data(name)
        for label in REPLACED_ON_RESTORE:
            apps.get_model(label)._default_manager.all().delete()
        counts = load(objects, name)
        check_references(name)
        for path in AFTER_RESTORE:
            import_string(path)()
        reset_sequences()
    return counts


def refuse_existing_data(source_name: str) -> None:
    held = [
        f"{count} {model._meta.verbose_name_plural}"
        for label, model in zip(BACKED_UP_MODELS, backed_up_models(), strict=True)
        if label not in REPLACED_ON_RESTORE and (count := model._default_manager.count())
    ]
    if held:
        raise BackupError(
            f"Cannot restore {source_name}: the database already holds {', '.join(held)}. "
            "A backup is restored into an empty database only; delete everything first."
        )


def load(objects: list[dict[str, Any]], source_name: str) -> dict[str, int]:
    """Insert the rows model by model, in batches (a row-by-row save costs an UPDATE and an
    INSERT each). As with loaddata, rows go in as they were: no save() logic and no signals;
    derived columns come from the file, then `AFTER_RESTORE` recomputes what it owns.
    Foreign keys are checked at the end, so rows may point forward (`met_through`)."""
    counts: Counter[str] = Counter()
    try:
        rows = serializers.deserialize("python", objects)
        for model, group in groupby(rows, key=lambda row: type(row.object)):
            batch = list(group)
            model._default_manager.bulk_create([row.object for row in batch], batch_size=BATCH)
            insert_many_to_many(model, batch)
            counts[model._meta.label] += len(batch)
    except (
        DeserializationError,
        FieldDoesNotExist,
        ValidationError,
        DatabaseError,
        ValueError,
        TypeError,
    ) as error:
        raise BackupError(f"{source_name} could not be restored: {error}") from error
    return {label: counts[label] for label in BACKED_UP_MODELS}


def insert_many_to_many(model: type[Model], rows: list[DeserializedObject]) -> None:
    for field in model._meta.many_to_many:
        through = field.remote_field.through
        assert through is not None
        source = key_attname(through, field.m2m_field_name())
        target = key_attname(through, field.m2m_reverse_field_name())
        links = [
            through(**{source: row.object.pk, target: related})
            for row in rows
            for related in (row.m2m_data or {}).get(field.name, [])
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
