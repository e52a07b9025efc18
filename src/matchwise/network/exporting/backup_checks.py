"""What a backup must pass before a single row is written: the rules of the forms.

Each value is checked against its model field (`backup_values`), then each row by its model's
`clean()`, where the rules between fields live. References and unique keys are checked against
the rest of the file, in memory, so that a large backup costs no query per row. Every problem
is kept with its place in the file, so that one run lists them all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models import Model

from matchwise.network.exporting.backup_values import (
    FieldRule,
    UnusableValueError,
    cleaned,
    default_of,
    json_type,
    key_range,
    rule_for,
)
from matchwise.network.plain_text import shown

ITEM_KEYS = frozenset({"model", "pk", "fields"})


@dataclass(frozen=True)
class Problem:
    """One thing wrong, at its place: the object's number in the file, its model, key, field."""

    position: int
    model: str
    pk: int | None
    field: str
    message: str

    def __str__(self) -> str:
        place = f"object {self.position}"
        if self.model:
            key = "" if self.pk is None else f", pk {self.pk}"
            place += f" ({self.model}{key})"
        if self.field:
            place += f", {shown(self.field)}"
        return f"{place}: {shown(self.message, 300)}"


@dataclass(frozen=True)
class Row:
    """A checked object, ready to insert."""

    position: int
    instance: Model
    links: dict[str, list[int]]  # many-to-many field → the keys of the related rows


@dataclass(frozen=True)
class Checked:
    rows: dict[type[Model], list[Row]]
    problems: list[Problem]


@dataclass(frozen=True)
class ModelRules:
    fields: dict[str, FieldRule]  # every column but the key, in the model's order
    many: dict[str, type[Model]]  # many-to-many field → the related model
    names: frozenset[str]  # every field an object may give
    unique: list[tuple[str, ...]]  # attribute names that must be unique together
    key_range: tuple[int, int]

    @classmethod
    def of(cls, model: type[Model]) -> ModelRules:
        meta = model._meta
        fields = {f.name: rule_for(f) for f in meta.concrete_fields if not f.primary_key}
        many = {}
        for relation in meta.many_to_many:
            assert isinstance(relation.related_model, type)
            many[relation.name] = relation.related_model
        groups: list[tuple[str, ...]] = [
            (f.name,) for f in meta.concrete_fields if f.unique and not f.primary_key
        ]
        groups += [tuple(together) for together in meta.unique_together]
        groups += [tuple(constraint.fields) for constraint in meta.total_unique_constraints]
        unique = [tuple(fields[name].field.attname for name in group) for group in groups]
        names = frozenset(fields) | frozenset(many)
        return cls(fields, many, names, list(dict.fromkeys(unique)), key_range(model))


def messages_of(error: ValidationError) -> dict[str, str]:
    if hasattr(error, "error_dict"):
        return {
            ("" if field == NON_FIELD_ERRORS else field): " ".join(ValidationError(e).messages)
            for field, e in error.error_dict.items()
        }
    return {"": " ".join(error.messages)}


class Checker:
    """Collects the problems of one backup's objects and builds the rows that pass."""

    def __init__(self, backed_up: Sequence[type[Model]]) -> None:
        self.models = {model._meta.label_lower: model for model in backed_up}
        self.rules = {model: ModelRules.of(model) for model in backed_up}
        self.problems: list[Problem] = []
        self.keys: dict[type[Model], dict[int, int]] = defaultdict(dict)  # pk → position

    def refuse(self, position: int, model: str, pk: int | None, field: str, why: str) -> None:
        self.problems.append(Problem(position, model, pk, field, why))

    def header(self, position: int, item: object) -> tuple[type[Model], int, dict[str, Any]] | None:
        """The model, key and field values of an object, when they can be read."""
        if not isinstance(item, dict):
            self.refuse(position, "", None, "", f"expected an object, found {json_type(item)}")
            return None
        label = item.get("model")
        model = self.models.get(label.lower()) if isinstance(label, str) else None
        if model is None:
            kind = shown(repr(label)) if isinstance(label, str) else json_type(label)
            self.refuse(position, "", None, "model", f"unknown kind of object {kind}")
            return None
        name = model._meta.label_lower
        for extra in sorted(str(key) for key in item.keys() - ITEM_KEYS):
            self.refuse(position, name, None, extra, "not part of a backed-up object")
        pk, fields = item.get("pk"), item.get("fields")
        low, high = self.rules[model].key_range
        usable = True
        if type(pk) is not int:
            found = "nothing" if "pk" not in item else json_type(pk)
            self.refuse(position, name, None, "pk", f"expected a whole number, found {found}")
            pk = None
        elif not low <= pk <= high:
            self.refuse(position, name, None, "pk", f"{pk} is outside {low} to {high}")
            pk = None
        elif (first := self.keys[model].setdefault(pk, position)) != position:
            self.refuse(position, name, pk, "pk", f"the same key as object {first}")
            usable = False
        if not isinstance(fields, dict):
            found = "nothing" if "fields" not in item else json_type(fields)
            self.refuse(position, name, pk, "fields", f"expected an object, found {found}")
            usable = False
        if usable and pk is not None and isinstance(fields, dict):
            return model, pk, fields
        return None

    def row(self, position: int, model: type[Model], pk: int, fields: dict[str, Any]) -> Row | None:
        name, rules = model._meta.label_lower, self.rules[model]
        before = len(self.problems)
        if not fields.keys() <= rules.names:
            for unknown in sorted(str(key) for key in fields.keys() - rules.names):
                self.refuse(position, name, pk, unknown, "no such field")
        values: list[object] = [pk]  # in the order of the model's columns, the key first
        for field_name, rule in rules.fields.items():
            try:
                given = field_name in fields
                values.append(cleaned(rule, fields[field_name]) if given else default_of(rule))
            except UnusableValueError as error:
                self.refuse(position, name, pk, field_name, str(error))
        links: dict[str, list[int]] = {}
        for field_name in rules.many:
            keys = fields.get(field_name, [])
            if not isinstance(keys, list) or any(type(key) is not int for key in keys):
                self.refuse(position, name, pk, field_name, "expected a list of whole numbers")
            elif len(set(keys)) != len(keys):
                self.refuse(position, name, pk, field_name, "lists the same row twice")
            else:
                links[field_name] = keys
        if len(self.problems) > before:
            return None
        instance = model(*values)  # by position: several times faster than by name
        try:
            instance.clean()
        except ValidationError as error:
            for field_name, message in messages_of(error).items():
                self.refuse(position, name, pk, field_name, message)
            return None
        return Row(position, instance, links)

    def references(self, model: type[Model], row: Row) -> None:
        """Each key must name a row of the file (the database holds nothing else)."""
        rules = self.rules[model]
        wanted = [
            (name, rule.target, [key])
            for name, rule in rules.fields.items()
            if rule.target and (key := getattr(row.instance, rule.field.attname)) is not None
        ]
        wanted += [(name, target, row.links[name]) for name, target in rules.many.items()]
        for field_name, target, keys in wanted:
            absent = [key for key in keys if key not in self.keys[target]]
            if target in self.rules and absent:
                what = f"{target._meta.label_lower} {', '.join(map(str, absent[:5]))}"
                why = f"refers to {what}, which is not in the file"
                self.refuse(row.position, model._meta.label_lower, row.instance.pk, field_name, why)

    def uniques(self, model: type[Model], rows: list[Row]) -> None:
        for attnames in self.rules[model].unique:
            seen: dict[tuple[object, ...], int] = {}
            fields = ", ".join(attname.removesuffix("_id") for attname in attnames)
            for row in rows:
                key = tuple(getattr(row.instance, attname) for attname in attnames)
                if None in key:
                    continue  # NULLs never clash in the database either
                if (first := seen.setdefault(key, row.position)) != row.position:
                    why = f"the same {fields} as object {first}; it must be unique"
                    self.refuse(row.position, model._meta.label_lower, row.instance.pk, fields, why)


def check_objects(objects: Sequence[object], backed_up: Sequence[type[Model]]) -> Checked:
    """Every object of a backup checked, the problems in file order, the rows that passed."""
    checker = Checker(backed_up)
    headers = [
        (position, header)
        for position, item in enumerate(objects, start=1)
        if (header := checker.header(position, item)) is not None
    ]
    rows: dict[type[Model], list[Row]] = defaultdict(list)
    for position, (model, pk, fields) in headers:
        if (row := checker.row(position, model, pk, fields)) is not None:
            rows[model].append(row)
    for model, model_rows in rows.items():
        for row in model_rows:
            checker.references(model, row)
        checker.uniques(model, model_rows)
    problems = sorted(checker.problems, key=lambda problem: problem.position)
    return Checked(dict(rows), problems)
