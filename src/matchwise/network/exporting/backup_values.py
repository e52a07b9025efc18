"""One value of a backed-up object against its model field, as a form would check it.

Its JSON type comes first (a list is never a name, a fraction or `true` never a key), then
characters that cannot be stored, then the field's own cleaning: choices, blank and null,
length and the field's validators (email, web address, ranges, the database's integer range).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from enum import Enum, auto
from typing import Any

from django.core.exceptions import ValidationError
from django.db import connection, models
from django.db.models import Model
from django.utils.dateparse import parse_datetime

from matchwise.network.plain_text import control_character_problem

# JSON kept in a JSON field is a few levels deep (a calibration's report is three).
MAX_NESTING = 32


class Kind(Enum):
    """What JSON value a field accepts before its own cleaning."""

    TEXT = auto()
    WHOLE = auto()
    NUMBER = auto()
    YES_NO = auto()
    DATE = auto()
    DATE_TIME = auto()
    JSON = auto()
    KEY = auto()


EXPECTED = {
    Kind.TEXT: "text",
    Kind.WHOLE: "a whole number",
    Kind.NUMBER: "a number",
    Kind.YES_NO: "true or false",
    Kind.DATE: "a date as text (YYYY-MM-DD)",
    Kind.DATE_TIME: "a date and time as text",
    Kind.KEY: "the key (a whole number) of the row it refers to",
}


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


# `type(...) is` rather than isinstance: True is an int to Python, never a key or a count.
ACCEPTS: dict[Kind, Callable[[object], bool]] = {
    Kind.TEXT: lambda value: type(value) is str,
    Kind.WHOLE: lambda value: type(value) is int,
    Kind.KEY: lambda value: type(value) is int,
    Kind.NUMBER: is_number,
    Kind.YES_NO: lambda value: type(value) is bool,
    Kind.DATE: lambda value: type(value) is str,
    Kind.DATE_TIME: lambda value: type(value) is str,
}
# Values that repeat across rows (a channel, a date, a role) are checked once per field.
REMEMBERED_TYPES = frozenset({str, int, float, bool})


class UnusableValueError(ValueError):
    """Why a value cannot be stored, for the user."""


@dataclass(frozen=True)
class FieldRule:
    field: models.Field[Any, Any]
    kind: Kind | None  # None: the field's own cleaning only
    target: type[Model] | None  # what a key refers to
    accepts: Callable[[object], bool] | None
    # (type, value) → the stored value, or the message of why it was refused
    memo: dict[tuple[type, object], tuple[bool, object]] = dataclass_field(default_factory=dict)


def kind_of(model_field: models.Field[Any, Any]) -> Kind | None:
    if isinstance(model_field, models.ForeignKey):
        return Kind.KEY
    kinds: list[tuple[type[models.Field[Any, Any]], Kind]] = [
        (models.CharField, Kind.TEXT),
        (models.TextField, Kind.TEXT),
        (models.BooleanField, Kind.YES_NO),
        (models.DateTimeField, Kind.DATE_TIME),  # before DateField, its parent
        (models.DateField, Kind.DATE),
        (models.FloatField, Kind.NUMBER),
        (models.IntegerField, Kind.WHOLE),
        (models.JSONField, Kind.JSON),
    ]
    return next((kind for cls, kind in kinds if isinstance(model_field, cls)), None)


def rule_for(model_field: models.Field[Any, Any]) -> FieldRule:
    kind = kind_of(model_field)
    target = model_field.related_model if kind is Kind.KEY else None
    assert target is None or isinstance(target, type)
    return FieldRule(model_field, kind, target, ACCEPTS.get(kind) if kind else None)


def key_range(model: type[Model]) -> tuple[int, int]:
    """The keys the database can hold for the model (and matchwise makes: 1 and up)."""
    pk = model._meta.pk
    assert pk is not None
    low, high = connection.ops.integer_field_range(pk.get_internal_type())
    return max(low, 1), high


def json_type(value: object) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # NaN and Infinity, which Python's JSON reader accepts
    names = {str: "text", bool: "true/false", int: "a whole number", float: "a number"}
    names |= {list: "a list", dict: "an object", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def nested_values(value: object) -> Iterator[tuple[object, int]]:
    """Every value inside a JSON value, with its depth, keys included (no recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        yield item, depth
        if isinstance(item, dict):
            stack.extend((key, depth + 1) for key in item)
            stack.extend((inner, depth + 1) for inner in item.values())
        elif isinstance(item, list):
            stack.extend((inner, depth + 1) for inner in item)


def json_problem(value: object) -> str | None:
    for item, depth in nested_values(value):
        if depth > MAX_NESTING:
            return f"nested more than {MAX_NESTING} levels deep"
        if isinstance(item, str) and (problem := control_character_problem(item)):
            return problem
        if isinstance(item, float) and not math.isfinite(item):
            return f"holds {item}, which is not a number"
    return None


def typed(rule: FieldRule, value: object) -> object:
    """The value in the type its field cleans; UnusableValueError if JSON gave another type."""
    kind = rule.kind
    if rule.accepts is not None and not rule.accepts(value):
        assert kind is not None
        raise UnusableValueError(f"expected {EXPECTED[kind]}, found {json_type(value)}")
    if isinstance(value, str) and (problem := control_character_problem(value)):
        raise UnusableValueError(problem)
    if kind is Kind.JSON and (problem := json_problem(value)):
        raise UnusableValueError(problem)
    if kind is Kind.DATE_TIME:
        assert isinstance(value, str)
        try:
            moment = parse_datetime(value)
        except ValueError:
            moment = None
        if moment is None:
            raise UnusableValueError("expected a date and time (YYYY-MM-DDTHH:MM:SS+00:00)")
        if moment.tzinfo is None:
            raise UnusableValueError("a date and time without its time zone")
        return moment
    return value


def field_cleaned(rule: FieldRule, value: object) -> object:
    """The field's own cleaning, as `Model.full_clean` runs it, with its messages."""
    if rule.kind is Kind.KEY:
        return value  # checked against the file's rows, not by a query
    try:
        return rule.field.clean(value, None)
    except ValidationError as error:
        raise UnusableValueError(" ".join(error.messages)) from None


def cleaned(rule: FieldRule, value: object) -> object:
    """The value as stored, after the checks the field's form would make."""
    if value is None:
        if rule.field.null:
            return None
        raise UnusableValueError("cannot be empty (null)")
    remembered = type(value) in REMEMBERED_TYPES
    if remembered and (known := rule.memo.get((type(value), value))) is not None:
        passed, result = known
        if passed:
            return result
        raise UnusableValueError(str(result))
    try:
        result = field_cleaned(rule, typed(rule, value))
    except UnusableValueError as error:
        if remembered:
            rule.memo[type(value), value] = (False, str(error))
        raise
    if remembered:
        rule.memo[type(value), value] = (True, result)
    return result


def default_of(rule: FieldRule) -> object:
    """A field the file leaves out takes its default, which must be acceptable too."""
    value = rule.field.get_default()
    if value is None:
        if rule.field.null:
            return None
        raise UnusableValueError("missing")
    return field_cleaned(rule, value)
