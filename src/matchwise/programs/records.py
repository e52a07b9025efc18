"""Stored program rows to and from the engine's Program: one mapping, both directions."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any

from django.db import models

from matchwise import selection
from matchwise.programs.models import Catalogue, Program
from matchwise.selection.catalogue_fields import BOX_PARTS, STEP2_COLUMNS, STEP2_IMG_COLUMNS
from matchwise.selection.vocabulary import Setting

BOXES = {"step2_invited": STEP2_COLUMNS, "step2_img_invited": STEP2_IMG_COLUMNS}
# Not a column: citations come from the program's facts (`provenance.citations_of`).
DERIVED = frozenset({"citations"})
PLAIN = tuple(
    f.name
    for f in dataclasses.fields(selection.Program)
    if f.name not in BOXES and f.name not in DERIVED
)
TEXT = frozenset(
    f.name
    for f in Program._meta.concrete_fields
    if isinstance(f, models.CharField | models.TextField)
)
# The columns read back, in this order, by `programs_from_rows`.
COLUMNS: tuple[str, ...] = PLAIN + STEP2_COLUMNS + STEP2_IMG_COLUMNS


def row_for(catalogue: Catalogue, program: selection.Program) -> Program:
    """An unsaved row; unknown text is stored as '' (Django's way), numbers as NULL."""
    values: dict[str, Any] = {}
    for name in PLAIN:
        value = getattr(program, name)
        values[name] = "" if value is None and name in TEXT else value
    for name, columns in BOXES.items():
        box = getattr(program, name)
        figures = box.as_tuple() if box is not None else (None,) * len(BOX_PARTS)
        values.update(zip(columns, figures, strict=True))
    return Program(catalogue=catalogue, **values)


def _box(figures: Sequence[Any]) -> selection.ScoreBox | None:
    """The box when all five figures are known; a stated minimum is `step2_minimum`."""
    return None if any(f is None for f in figures) else selection.ScoreBox(*figures)


def programs_from_rows(rows: Iterable[Sequence[Any]]) -> list[selection.Program]:
    """Programs from `values_list(*COLUMNS)` rows (no model instances: 600 rows stay fast)."""
    plain_count, box_count = len(PLAIN), len(STEP2_COLUMNS)
    setting_at = PLAIN.index("setting")
    programs = []
    for row in rows:
        values: dict[str, Any] = {
            name: (None if value == "" else value)
            for name, value in zip(PLAIN, row[:plain_count], strict=True)
        }
        if values["setting"] is not None:
            values["setting"] = Setting(row[setting_at])
        programs.append(
            selection.Program(
                **values,
                step2_invited=_box(row[plain_count : plain_count + box_count]),
                step2_img_invited=_box(row[plain_count + box_count :]),
            )
        )
    return programs
