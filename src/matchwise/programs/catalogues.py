"""Which catalogues there are, their programs, and importing a file as a new catalogue.

The sample catalogue is generated once per process and never stored; imported catalogues are
rows. Callers see both through `CatalogueChoice`, so that no page has to tell them apart.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from django.db import transaction
from django.db.models import Count, F, QuerySet

from matchwise import selection
from matchwise.network import clock
from matchwise.programs import records
from matchwise.programs.models import Catalogue, Program, ProgramFact
from matchwise.programs.provenance import citations_of
from matchwise.selection import SAMPLE_LABEL, CatalogueError, RowProblem
from matchwise.selection.catalogue_limits import size_problem, text_problem
from matchwise.textfiles.decoding import decode_text
from matchwise.textfiles.errors import ImportFileError

SAMPLE_NAME = "sample"
LAYOUTS = ("csv", "json", "nrmp", "acgme", "explorer")
BATCH = 500
NAME_LENGTH = Catalogue._meta.get_field("name").max_length or 100


@dataclass(frozen=True)
class CatalogueChoice:
    name: str
    source: str
    program_count: int
    specialties: tuple[tuple[str, int], ...]  # (specialty, programs), by name
    is_sample: bool = False
    imported_at: datetime | None = None
    pk: int | None = None  # None for the sample, which is not stored

    @property
    def label(self) -> str | None:
        """What every page, output and export must show with it."""
        return SAMPLE_LABEL if self.is_sample else None


@cache
def sample_programs() -> tuple[selection.Program, ...]:
    return tuple(selection.sample_catalogue())


@cache
def _sample_by_specialty() -> dict[str, tuple[selection.Program, ...]]:
    grouped: dict[str, list[selection.Program]] = {}
    for program in sample_programs():
        grouped.setdefault(program.specialty, []).append(program)
    return {name: tuple(programs) for name, programs in grouped.items()}


def sample_choice() -> CatalogueChoice:
    counts = sorted((name, len(p)) for name, p in _sample_by_specialty().items())
    return CatalogueChoice(
        SAMPLE_NAME, SAMPLE_LABEL, len(sample_programs()), tuple(counts), is_sample=True
    )


def _counts(programs: QuerySet[Program]) -> dict[int, list[tuple[str, int]]]:
    counts: dict[int, list[tuple[str, int]]] = {}
    for catalogue_id, specialty, n in (
        programs.values_list("catalogue_id", "specialty")
        .annotate(n=Count("id"))
        .order_by("catalogue_id", "specialty")
    ):
        counts.setdefault(catalogue_id, []).append((specialty, n))
    return counts


def _choice(catalogue: Catalogue, counts: dict[int, list[tuple[str, int]]]) -> CatalogueChoice:
    by_specialty = tuple(counts.get(catalogue.pk, []))
    return CatalogueChoice(
        catalogue.name,
        catalogue.source,
        sum(n for _, n in by_specialty),
        by_specialty,
        imported_at=catalogue.imported_at,
        pk=catalogue.pk,
    )


def catalogue_choices() -> list[CatalogueChoice]:
    """The sample first, then every imported catalogue; two queries in all."""
    stored = list(Catalogue.objects.order_by("name"))
    counts = _counts(Program.objects.all())
    return [sample_choice()] + [_choice(c, counts) for c in stored]


def known_specialties() -> list[str]:
    """Every specialty of any catalogue, for the profile form."""
    stored = set(Program.objects.values_list("specialty", flat=True).distinct())
    return sorted(stored | set(_sample_by_specialty()))


def find_catalogue(name: str | None) -> CatalogueChoice | None:
    """The catalogue of that name (the sample when no name is given), or None."""
    wanted = name or SAMPLE_NAME
    if wanted == SAMPLE_NAME:
        return sample_choice()
    if text_problem(wanted) is not None:  # no stored name holds what is not plain text
        return None
    stored = Catalogue.objects.filter(name=wanted).first()
    if stored is None:
        return None
    return _choice(stored, _counts(Program.objects.filter(catalogue=stored)))


def programs_of(
    catalogue: CatalogueChoice, specialties: Collection[str]
) -> list[selection.Program]:
    """The catalogue's programs of these specialties (the only ones a shortlist looks at)."""
    if catalogue.pk is None:  # the sample
        by_specialty = _sample_by_specialty()
        return [p for s in sorted(set(specialties)) for p in by_specialty.get(s, ())]
    rows = (
        Program.objects.filter(catalogue_id=catalogue.pk, specialty__in=list(specialties))
        .order_by("specialty", "program_id")
        .values_list(*records.COLUMNS)
    )
    programs = records.programs_from_rows(rows)
    facts = list(
        ProgramFact.objects.filter(
            program__catalogue_id=catalogue.pk, program__specialty__in=list(specialties)
        ).annotate(code=F("program__program_id"))
    )
    codes: dict[int, str] = {}
    for fact in facts:
        codes[fact.program_id] = fact.code
    if not codes:
        return programs
    cited = {codes[pk]: pairs for pk, pairs in citations_of(facts).items()}
    return [
        dataclasses.replace(p, citations=cited[p.program_id]) if p.program_id in cited else p
        for p in programs
    ]


class CatalogueNameError(ValueError):
    """A name that cannot be used for a new catalogue."""


def name_problem(name: str) -> str | None:
    """Why a catalogue cannot take this name, or None when it can."""
    if not name.strip():
        return "Give the catalogue a name."
    if len(name.strip()) > NAME_LENGTH:
        return f"Keep the name under {NAME_LENGTH} characters."
    if text_problem(name) is not None:
        return (
            "Use plain text for the name: it holds a control character or bytes that are not text."
        )
    if name.strip().casefold() == SAMPLE_NAME:
        return f"“{SAMPLE_NAME}” is the name of the built-in fictional catalogue; choose another."
    if Catalogue.objects.filter(name=name.strip()).exists():
        return f"A catalogue named “{name.strip()}” exists already; choose another name."
    return None


@dataclass(frozen=True)
class ImportOptions:
    layout: str = "csv"
    specialty: str | None = None  # ACGME listings cover one specialty without naming it
    as_of: date | None = None  # layouts without a date per row; default today
    source: str | None = None  # default: the file's name


def parse_programs(data: bytes, file_name: str, options: ImportOptions) -> list[selection.Program]:
    """Every program in the file, or CatalogueError listing every problem (line and column)."""
    refusal = size_problem(len(data), file_name)
    if refusal is not None:
        raise refusal
    try:
        # The same encodings as every other import: UTF-8 or UTF-16 with its byte-order mark.
        text = decode_text(file_name, data)
    except ImportFileError as error:
        raise CatalogueError([RowProblem(file_name, error.line or 1, "-", error.problem)]) from None
    as_of = options.as_of or clock.today()
    source = options.source or file_name
    layout = options.layout
    if layout == "csv":
        return selection.parse_catalogue_csv(text, file_name)
    if layout == "json":
        return selection.parse_catalogue_json(text, file_name)
    if layout == "nrmp":
        return selection.parse_nrmp_program_list(text, file_name, as_of=as_of, source=source)
    if layout == "acgme":
        if not options.specialty:
            raise CatalogueError(
                [RowProblem(file_name, 1, "-", "an ACGME listing covers one specialty: name it")]
            )
        return selection.parse_acgme_listing(
            text, file_name, specialty=options.specialty, as_of=as_of, source=source
        )
    if layout == "explorer":
        return selection.parse_program_records(text, file_name, as_of=as_of, source=source)
    raise ValueError(f"unknown layout {layout!r}; known: {', '.join(LAYOUTS)}")


def import_catalogue(
    data: bytes, file_name: str, name: str, options: ImportOptions | None = None
) -> Catalogue:
    """Store a file as a new catalogue: every row, or (on any problem) nothing at all."""
    options = options or ImportOptions()
    problem = name_problem(name)
    if problem:
        raise CatalogueNameError(problem)
    programs = parse_programs(data, file_name, options)
    if not programs:
        raise CatalogueError([RowProblem(file_name, 1, "-", "no programs in the file")])
    sources = Counter(p.source for p in programs)
    source = options.source or (
        sources.most_common(1)[0][0]
        if len(sources) == 1
        else f"{file_name} ({len(sources)} sources)"
    )
    with transaction.atomic():
        catalogue = Catalogue.objects.create(
            name=name.strip(), source=source, layout=options.layout, file_name=file_name
        )
        Program.objects.bulk_create(
            (records.row_for(catalogue, p) for p in programs), batch_size=BATCH
        )
    return catalogue


def layout_for(file_name: str, layout: str | None) -> str:
    """The layout asked for, or guessed from the file's ending (.json or else CSV)."""
    if layout:
        return layout
    return "json" if file_name.lower().endswith(".json") else "csv"


def catalogue_title(name: str, label: str | None) -> str:
    """A catalogue as pages and exports name it: its name, and its label where that says more
    ("sample — fictional programs" rather than "sample (sample — fictional programs)")."""
    if not label:
        return name
    return label if label.startswith(name) else f"{name} ({label})"
