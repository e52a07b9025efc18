"""Coverage at a glance: per attribute, how many of a catalogue's programs know it and from
which sources, and which missing attribute would change the applicant's list most.

That last one is decided simply: among the attributes whose being unknown enters the chance
of the latest saved profile (`selection.unknowns.attributes_that_matter`: the hard rules that
find their policy unknown, and the interview rate for the applicant's type), the one unknown
for the largest number of the catalogue's programs in the profile's specialties. Ties go to the
rules first. Without a saved profile there is no list to change, and it says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q

from matchwise.programs.forms import profile_mapping
from matchwise.programs.merge_runs import stored_catalogue
from matchwise.programs.models import Catalogue, Program, ProgramFact, SavedProfile
from matchwise.programs.provenance import disagreements_in
from matchwise.selection.profile import ProfileError, profile_from_mapping
from matchwise.selection.unknowns import attributes_that_matter

# (what the table says, the column that tells whether it is known)
SHOWN: tuple[tuple[str, str], ...] = (
    ("city", "city"),
    ("setting", "setting"),
    ("positions offered", "positions"),
    ("positions filled", "filled"),
    ("applicants", "applicants"),
    ("invited", "invited"),
    ("interview rate, US MD", "interview_rate_us_md"),
    ("interview rate, US DO", "interview_rate_us_do"),
    ("interview rate, US IMG", "interview_rate_us_img"),
    ("interview rate, non-US IMG", "interview_rate_non_us_img"),
    ("Step 2 CK of invited", "step2_invited_lower"),
    ("Step 2 CK of invited IMGs", "step2_img_invited_lower"),
    ("Step 2 CK minimum stated", "step2_minimum"),
    ("residents who are non-US IMGs", "residents_non_us_img_pct"),
    ("residents who are US IMGs", "residents_us_img_pct"),
    ("J-1 sponsorship", "visa_j1"),
    ("H-1B sponsorship", "visa_h1b"),
    ("graduation-year cutoff", "yog_max_years"),
    ("exam attempts accepted", "max_attempts"),
    ("US clinical experience required", "usce_required_months"),
    ("prior residency required", "prior_gme_required"),
    ("fill history", "fill_years_reported"),
)
TEXT = frozenset({"city", "setting"})
LABELS = {column: label for label, column in SHOWN}


@dataclass(frozen=True)
class AttributeCoverage:
    label: str
    attribute: str
    known: int
    sources: tuple[tuple[str, int], ...]  # (source, programs), most first


@dataclass(frozen=True)
class Coverage:
    catalogue: str
    programs: int
    rows: tuple[AttributeCoverage, ...]
    most_wanted: str | None  # the attribute's label
    why: str


def _known(column: str) -> Count:
    if column in TEXT:
        return Count("id", filter=~Q(**{column: ""}))
    return Count(column)


def _most_wanted(catalogue: Catalogue) -> tuple[str | None, str]:
    saved = SavedProfile.objects.first()
    if saved is None:
        return None, "save a profile to see which missing attribute matters most for your list"
    try:
        profile = profile_from_mapping(profile_mapping(vars(saved)))
    except ProfileError:
        return None, f"the saved profile “{saved.name}” cannot be read"
    programs = catalogue.programs.filter(specialty__in=list(profile.specialties))
    wanted = attributes_that_matter(profile)
    unknown = programs.aggregate(total=Count("id"), **{a: _known(a) for a in wanted if a in LABELS})
    total = unknown.pop("total")
    if not total:
        return None, f"the catalogue has no program in {', '.join(profile.specialties)}"
    counts = [(total - unknown[a], a) for a in wanted if a in unknown]
    missing, attribute = max(counts, key=lambda c: c[0]) if counts else (0, "")
    if not missing:
        return None, f"every attribute that enters your chances is known ({saved.name})"
    why = (
        f"unknown for {missing} of the {total} programs in {', '.join(profile.specialties)}, "
        f"and it enters your chances (profile “{saved.name}”)"
    )
    return LABELS[attribute], why


def coverage(catalogue: Catalogue) -> Coverage:
    """The table, in three queries."""
    programs = Program.objects.filter(catalogue=catalogue)
    counts = programs.aggregate(total=Count("id"), **{c: _known(c) for _, c in SHOWN})
    by_source: dict[str, list[tuple[str, int]]] = {}
    with_facts: dict[str, int] = {}
    for attribute, source, n in (
        ProgramFact.objects.filter(program__catalogue=catalogue)
        .values_list("attribute", "source")
        .annotate(n=Count("program", distinct=True))
        .order_by("attribute", "-n", "source")
    ):
        by_source.setdefault(attribute, []).append((source, n))
        with_facts[attribute] = with_facts.get(attribute, 0) + n
    rows = []
    for label, column in SHOWN:
        sources = list(by_source.get(column, []))
        imported = counts[column] - with_facts.get(column, 0)
        if imported > 0:
            sources.append((catalogue.source, imported))
        sources.sort(key=lambda s: (-s[1], s[0]))
        rows.append(AttributeCoverage(label, column, counts[column], tuple(sources)))
    wanted, why = _most_wanted(catalogue)
    return Coverage(catalogue.name, counts["total"], tuple(rows), wanted, why)


def coverage_json(found: Coverage, disagreements: list[str]) -> dict[str, Any]:
    """What a catalogue knows, for `matchwise catalogue show --json` and the API; one shape."""
    return {
        "catalogue": found.catalogue,
        "programs": found.programs,
        "attributes": [
            {
                "attribute": r.attribute,
                "label": r.label,
                "known": r.known,
                "sources": [{"source": s, "programs": n} for s, n in r.sources],
            }
            for r in found.rows
        ],
        "most_wanted": found.most_wanted,
        "why": found.why,
        "disagreements": disagreements,
    }


def catalogue_coverage(name: str) -> tuple[Coverage, list[str]]:
    """A stored catalogue's coverage and where its sources disagree (the newer is used).
    NoSuchCatalogueError when no stored catalogue has that name."""
    catalogue = stored_catalogue(name)
    return coverage(catalogue), [str(d) for d in disagreements_in(catalogue.pk)]
