"""The shortlist and the catalogues, as JSON. Each route calls the programs app's services.

Importing a catalogue takes the file in the body, base64-encoded, since the API takes changes
only as JSON; it lives here because it shares its path with the list of catalogues."""

from __future__ import annotations

import dataclasses
import operator
from functools import reduce
from types import UnionType
from typing import Any, get_args, get_origin, get_type_hints

from django.http import HttpRequest
from ninja import Field, Router, Schema, Status
from pydantic import create_model, field_validator

from matchwise.api.errors import BUSY, WRITE, ProblemsOut, problem
from matchwise.api.fields import CONTENT, BodyIn, Day, Flag, Number, Whole, file_content
from matchwise.programs.catalogues import (
    LAYOUTS,
    CatalogueChoice,
    CatalogueNameError,
    ImportOptions,
    catalogue_choices,
    import_catalogue,
    layout_for,
)
from matchwise.programs.services import (
    Choices,
    ShortlistRequestError,
    UnknownCatalogueError,
    make_shortlist,
    shortlist_json,
)
from matchwise.selection import CatalogueError, Objective, ProfileError, profile_from_mapping
from matchwise.selection.catalogue_limits import MAX_FILE_BYTES
from matchwise.selection.profile import PARSERS, Profile
from matchwise.selection.shortlist import DEFAULT_STOP_BELOW

router = Router(tags=["programs"])


# What the schema says of a profile key beyond its type and default.
PROFILE_NOTES: dict[str, dict[str, Any]] = {
    "step2_score": {"description": "Step 2 CK score; null when not taken yet"},
    "include_preliminary": {
        "description": "Count preliminary and transitional-year tracks in the list itself"
    },
    "stop_below": {
        "ge": 0,
        "le": 100,
        "description": "End the list where the next application adds less than this many "
        f"percentage points per $100 of fees (default {DEFAULT_STOP_BELOW:g})",
    },
}
# A JSON body takes numbers and yes/no as JSON writes them (see api.fields), lists as lists.
JSON_TYPES: dict[object, object] = {int: Whole, bool: Flag, float: Number}


def json_type(hint: Any) -> Any:
    """The body's type for a profile field's type: `int | None` → `Whole | None`, …"""
    if get_origin(hint) is UnionType:
        return reduce(operator.or_, (json_type(part) for part in get_args(hint)))
    if get_origin(hint) is tuple:
        return list[get_args(hint)[0]]  # type: ignore[misc]
    return JSON_TYPES.get(hint, hint)


def profile_fields() -> dict[str, Any]:
    """The profile's keys as body fields, from `selection.Profile` itself: its types, its
    defaults (required when it has none) and the same keys as the TOML file (`PARSERS`)."""
    hints = get_type_hints(Profile)
    fields: dict[str, Any] = {}
    for field in dataclasses.fields(Profile):
        notes = PROFILE_NOTES.get(field.name, {})
        if field.default is not dataclasses.MISSING:
            default = field.default
            info = (
                Field(default_factory=list, **notes) if default == () else Field(default, **notes)
            )
        else:
            info = Field(..., **notes)
        fields[field.name] = (json_type(hints[field.name]), info)
    assert set(fields) == set(PARSERS), "the profile and its parsers name the same keys"
    return fields


ProfileIn = create_model("ProfileIn", __base__=BodyIn, **profile_fields())


class ShortlistIn(ProfileIn):  # type: ignore[misc,valid-type]
    """The profile's keys (as in the TOML file), plus which catalogue and optional limits."""

    catalogue: str | None = Field(None, description="A catalogue name; the sample by default")
    budget: Whole | None = Field(None, description="Overrides budget_usd for this request")
    max: Whole | None = Field(None, description="Overrides max_applications for this request")
    objective: Objective = Field(
        Objective.P_MATCH,
        description="p_match: the best chance of matching; utility: the best expected value "
        "of the match under your preferences (states, setting, favourites)",
    )
    favourites: list[str] = Field(
        default_factory=list,
        description="Programs you favour, by id or exact name, best first; always listed",
    )


class ListedOut(Schema):
    program_id: str
    name: str
    specialty: str
    institution: str | None
    city: str | None
    state: str | None
    p_interview: float
    p_interview_low: float
    p_interview_high: float
    p_match_here: float
    tier: str
    reasons: list[str] = Field(
        description='Each starts "helps:" or "hurts:" when it moves the chance'
    )
    unknowns: list[str]
    network_ties: int
    tied: bool = Field(description="Its chance equals another listed program's (within 0.1 pp)")


class ExcludedOut(Schema):
    program_id: str
    name: str
    reason: str


class CurvePointOut(Schema):
    n: int
    cost_usd: int
    p_match: float
    low: float
    high: float


class LastProgramOut(Schema):
    program_id: str
    name: str
    adds: float = Field(description="P(match) the last program on the list adds")
    cost_usd: int
    pp_per_100usd: float


class ShortlistOut(Schema):
    catalogue: str
    label: str | None = Field(description='"sample — fictional programs" for the sample')
    p_match: float
    p_match_low: float = Field(description="10th percentile of P(match) over what is unknown")
    p_match_high: float = Field(description="90th percentile of P(match) over what is unknown")
    cost_usd: int
    expected_interviews: float
    season: int
    programs: list[ListedOut]
    backups: list[ListedOut] = Field(description="Preliminary and transitional-year tracks")
    tied: int = Field(description="Listed programs sharing their chance with another")
    indistinguishable: bool = Field(description="The catalogue cannot tell the programs apart")
    excluded: list[ExcludedOut]
    curve: list[CurvePointOut]
    last_program: LastProgramOut | None
    stop_below: float
    networking_targets: list[str]
    objective: Objective
    expected_utility: float | None = None
    model: str = Field(description="Which parameters: the shipped fit or your calibration")
    citation: str | None = None
    assumption: str


class CatalogueOut(Schema):
    name: str
    label: str | None
    source: str
    program_count: int
    specialties: dict[str, int]


@router.post(
    "/shortlist",
    # An unknown catalogue is a 404 that names the field, in the same shape as a 422.
    response={200: ShortlistOut, 404: ProblemsOut} | WRITE,
    summary="The optimised list of programs for a profile",
)
def shortlist(request: HttpRequest, payload: ShortlistIn) -> Status[Any]:
    given = payload.model_dump(exclude_unset=True, mode="json")
    mapping = {key: value for key, value in given.items() if key in PARSERS}
    try:
        profile = profile_from_mapping(mapping)
        choices = Choices(payload.objective, tuple(payload.favourites), payload.stop_below)
        result = make_shortlist(profile, payload.catalogue, payload.budget, payload.max, choices)
    except ProfileError as error:
        problems = [p.partition(": ") for p in error.problems]
        detail = [problem(["body", "payload", k], m) for k, _, m in problems]
        return Status(422, {"detail": detail})
    except ShortlistRequestError as error:
        detail = [problem(["body", "payload", error.field], error.message)]
        return Status(422, {"detail": detail})
    except UnknownCatalogueError:
        names = ", ".join(c.name for c in catalogue_choices())
        message = f"no catalogue named {payload.catalogue!r}; known: {names}"
        detail = [problem(["body", "payload", "catalogue"], message, "not_found")]
        return Status(404, {"detail": detail})
    return Status(200, shortlist_json(result))


class ImportIn(BodyIn):
    name: str = Field(min_length=1, max_length=200, description="The new catalogue's name")
    file_name: str = Field(
        min_length=1,
        max_length=255,
        description="The file's name: problems name it, and without `format` a name ending in "
        ".json is read as JSON, any other as CSV",
    )
    content: str = Field(description=f"The file, base64-encoded (at most {MAX_FILE_BYTES} bytes)")
    format: str | None = Field(
        None,
        description="The file's layout, as `--format` says it: matchwise csv or json, an NRMP "
        "program list, an ACGME listing, or per-program (explorer) records",
        json_schema_extra={"enum": list(LAYOUTS)},
    )
    specialty: str | None = Field(
        None, max_length=200, description="The specialty an ACGME listing covers"
    )
    as_of: Day | None = Field(None, description="When the figures were true (default: today)")
    source: str | None = Field(
        None, max_length=200, description="Where the figures come from (default: the file name)"
    )

    @field_validator("format")
    @classmethod
    def known_layout(cls, value: str | None) -> str | None:
        if value is not None and value not in LAYOUTS:
            raise ValueError(f"unknown layout {value!r}; one of: {', '.join(LAYOUTS)}")
        return value


def catalogue_json(c: CatalogueChoice) -> dict[str, object]:
    return {
        "name": c.name,
        "label": c.label,
        "source": c.source,
        "program_count": c.program_count,
        "specialties": dict(c.specialties),
    }


@router.get(
    "/catalogues",
    response={200: list[CatalogueOut]} | BUSY,
    summary="The catalogues to choose from",
)
def catalogues(request: HttpRequest) -> list[dict[str, object]]:
    return [catalogue_json(c) for c in catalogue_choices()]


@router.post(
    "/catalogues",
    response={201: CatalogueOut} | WRITE,
    summary="Import a file as a new catalogue (all or nothing)",
)
def import_file(request: HttpRequest, data: ImportIn) -> Status[Any]:
    try:
        content = file_content(data.content)
    except ValueError as error:
        return Status(422, {"detail": [problem(CONTENT, str(error))]})
    layout = layout_for(data.file_name, data.format)
    options = ImportOptions(layout, data.specialty or None, data.as_of, data.source or None)
    try:
        stored = import_catalogue(content, data.file_name, data.name, options)
    except CatalogueNameError as error:
        return Status(422, {"detail": [problem(["body", "data", "name"], str(error))]})
    except CatalogueError as error:
        return Status(422, {"detail": [problem(CONTENT, str(p)) for p in error.problems]})
    [choice] = [c for c in catalogue_choices() if c.pk == stored.pk]
    return Status(201, catalogue_json(choice))
