"""A stored catalogue as JSON: what it knows (`matchwise catalogue show`, through
`programs.coverage`), and merging a source into it (`matchwise catalogue merge`, through
`programs.merge_runs`). The file travels in the body, base64-encoded, since the API takes
changes only as JSON.

The coverage route comes after the merge route: `/catalogues/merge` is matched first, so a
catalogue named "merge" is shown only on its page and by the command."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from django.http import HttpRequest
from ninja import Field, Path, Router, Schema, Status
from pydantic import field_validator

from matchwise.api.errors import BUSY, INVALID, MISSING, WRITE, ProblemsOut, problem
from matchwise.api.fields import CONTENT, BodyIn, Flag, Whole, file_content
from matchwise.programs.coverage import catalogue_coverage, coverage_json
from matchwise.programs.merge_runs import (
    NoSuchCatalogueError,
    merge_content,
    preview_json,
    stored_catalogue,
)
from matchwise.programs.merging import MergeError
from matchwise.selection.catalogue_limits import MAX_FILE_BYTES
from matchwise.sources.formats import FORMATS

router = Router(tags=["programs"])
SourceLine = Annotated[Whole, Field(ge=1, le=10**9)]


class MergeIn(BodyIn):
    catalogue: str = Field(min_length=1, max_length=200, description="The catalogue to merge into")
    format: str = Field(
        description="The source's layout, as `--format` says it",
        json_schema_extra={"enum": list(FORMATS)},
    )
    file_name: str = Field(
        min_length=1,
        max_length=255,
        description="The file's name: its extension tells CSV from XLSX, and LCA and NRMP "
        "files are dated by it as on the command line",
    )
    content: str = Field(description=f"The file, base64-encoded (at most {MAX_FILE_BYTES} bytes)")
    confirmed_lines: list[SourceLine] = Field(
        default_factory=list,
        description="Source lines of uncertain matches to apply (a dry run lists them)",
    )
    dry_run: Flag = Field(False, description="Say what the merge would do; store nothing")
    mapping: dict[str, str] = Field(
        default_factory=dict,
        description="For a program sheet: how to read a header it does not recognise, as the "
        "page's mapping step does: a field of the sheet vocabulary, `notes` or `ignore` "
        "(a header not mapped is kept in the notes)",
    )

    @field_validator("format")
    @classmethod
    def known_format(cls, value: str) -> str:
        if value not in FORMATS:
            raise ValueError(f"unknown source format {value!r}; one of: {', '.join(FORMATS)}")
        return value


class MergedRowOut(Schema):
    line: int = Field(description="Its line (or record) in the file, to confirm it by")
    institution: str
    city: str
    state: str
    specialty: str
    matched_as: str = Field(description="The catalogue's institution it was matched to")
    programs: list[str] = Field(description="The ids of the programs it would set")
    why: str


class MergeOut(Schema):
    catalogue: str
    source: str
    as_of: date
    stored: bool = Field(description="False for a dry run")
    counts: dict[str, int] = Field(description="Rows per outcome: confident, uncertain, unmatched")
    facts_per_attribute: dict[str, int]
    disagreements: list[str] = Field(description="Where sources disagree; the newer is kept")
    unrecognised_columns: list[str] = Field(
        description="Headers the sheet's reader did not recognise and `mapping` did not map: "
        "their values went to the notes"
    )
    uncertain: list[MergedRowOut] = Field(description="Applied only when their line is confirmed")
    unmatched: list[MergedRowOut]


@router.post(
    "/catalogues/merge",
    response={200: MergeOut, 404: ProblemsOut} | WRITE,
    summary="Merge a program sheet, LCA file, NRMP results or catalogue file into a stored "
    "catalogue (all or nothing; `dry_run` previews)",
)
def merge_catalogue(request: HttpRequest, data: MergeIn) -> Status[Any]:
    try:
        content = file_content(data.content)
    except ValueError as error:
        return Status(422, {"detail": [problem(CONTENT, str(error))]})
    try:
        catalogue = stored_catalogue(data.catalogue)
    except NoSuchCatalogueError as error:
        where: list[str | int] = ["body", "data", "catalogue"]
        return Status(404, {"detail": [problem(where, str(error), "not_found")]})
    try:
        preview = merge_content(
            catalogue,
            data.format,
            data.file_name,
            content,
            frozenset(data.confirmed_lines),
            dry_run=data.dry_run,
            mapping=data.mapping,
        )
    except MergeError as error:
        return Status(422, {"detail": [problem(CONTENT, str(p)) for p in error.problems]})
    return Status(200, preview_json(preview, data.dry_run))


class SourceCountOut(Schema):
    source: str
    programs: int = Field(description="Programs that know the attribute from this source")


class AttributeOut(Schema):
    attribute: str
    label: str
    known: int = Field(description="Programs for which it is known")
    sources: list[SourceCountOut] = Field(description="Where it comes from, most first")


class CoverageOut(Schema):
    catalogue: str
    programs: int
    attributes: list[AttributeOut]
    most_wanted: str | None = Field(
        description="The missing attribute that would change your saved profile's list most"
    )
    why: str
    disagreements: list[str] = Field(description="Where sources disagree; the newer is used")


@router.get(
    "/catalogues/{path:name}",
    response={200: CoverageOut} | MISSING | INVALID | BUSY,
    summary="What a stored catalogue knows: per attribute, how many programs and from which "
    "sources",
)
def show_catalogue(
    request: HttpRequest, name: Path[Annotated[str, Field(min_length=1, max_length=200)]]
) -> Status[Any]:
    try:
        found, disagreeing = catalogue_coverage(name)
    except NoSuchCatalogueError as error:
        return Status(404, {"detail": str(error)})
    return Status(200, coverage_json(found, disagreeing))
