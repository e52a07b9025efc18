"""The shortlist service: the one function the pages, the API and the command line call."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import cached_property

from matchwise import selection
from matchwise.programs.calibrations import model_for
from matchwise.programs.catalogues import SAMPLE_NAME, find_catalogue, programs_of
from matchwise.programs.network_ties import network_ties
from matchwise.selection import (
    SAMPLE_LABEL,
    Objective,
    Profile,
    ProfileError,
    Shortlist,
    build_shortlist,
)
from matchwise.selection.profile import PARSERS
from matchwise.selection.shortlist_result import ShortlistedProgram
from matchwise.selection.specialties import unknown_specialties


class UnknownCatalogueError(LookupError):
    """No catalogue of that name."""


class ShortlistRequestError(ValueError):
    """A request the catalogue cannot answer as asked; `field` is the input at fault."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


@dataclass(frozen=True)
class Choices:
    """How to choose the list, besides the profile: the objective and the favourite programs."""

    objective: Objective = Objective.P_MATCH
    favourites: tuple[str, ...] = ()  # program ids or exact program names, best first
    stop_below: float | None = None  # percentage points per $100; None: the profile's or default


def check_specialties(profile: Profile, known: Collection[str]) -> None:
    problems = unknown_specialties(profile.specialties, known)
    if problems:
        raise ShortlistRequestError("specialties", "; ".join(problems))


@dataclass(frozen=True)
class ListedRow:
    rank: int  # by the chance the program ends in a match, best first
    listed: ShortlistedProgram
    program: selection.Program


@dataclass(frozen=True)
class ShortlistResult:
    profile: Profile
    catalogue: str
    shortlist: Shortlist
    programs: dict[str, selection.Program]  # every program considered, by id
    catalogue_is_sample: bool = False

    @property
    def label(self) -> str | None:
        sample = self.catalogue_is_sample or self.shortlist.label is not None
        return SAMPLE_LABEL if sample else None

    @cached_property
    def rows(self) -> list[ListedRow]:
        return [
            ListedRow(rank, listed, self.programs[listed.program_id])
            for rank, listed in enumerate(self.shortlist.programs, start=1)
        ]

    @property
    def networking_targets(self) -> list[ListedRow]:
        """Listed programs where the applicant knows nobody yet, best chance first."""
        targets = set(self.shortlist.networking_targets)
        return [row for row in self.rows if row.listed.program_id in targets]

    @property
    def considered(self) -> int:
        return len(self.programs)


def check_limits(budget: int | None, max_n: int | None) -> None:
    """Limits given for one request obey the profile's own rules for budget_usd and
    max_applications; ProfileError names them as the caller called them (budget, max)."""
    problems = []
    for name, value, rule in (("budget", budget, "budget_usd"), ("max", max_n, "max_applications")):
        try:
            PARSERS[rule](value)
        except ValueError as error:
            problems.append(f"{name}: {error}")
    if problems:
        raise ProfileError(problems)


def favourite_ids(
    favourites: tuple[str, ...], programs: list[selection.Program]
) -> tuple[str, ...]:
    """Favourites named by id or by exact program name (any case), as ids, best first."""
    ids = {p.program_id for p in programs}
    by_name: dict[str, list[str]] = {}
    for program in programs:
        by_name.setdefault(program.name.casefold(), []).append(program.program_id)
    out, problems = [], []
    for favourite in favourites:
        if favourite in ids:
            out.append(favourite)
            continue
        matches = by_name.get(favourite.strip().casefold(), [])
        if len(matches) == 1:
            out.append(matches[0])
        elif matches:
            problems.append(f"“{favourite}” names {len(matches)} programs; use the id")
        else:
            problems.append(f"no program with the id or name “{favourite}” in these specialties")
    if problems:
        raise ShortlistRequestError("favourites", "; ".join(problems))
    return tuple(dict.fromkeys(out))


def shortlist_from_programs(
    profile: Profile,
    catalogue: str,
    programs: list[selection.Program],
    budget: int | None = None,
    max_n: int | None = None,
    *,
    is_sample: bool = False,
    choices: Choices | None = None,
) -> ShortlistResult:
    """The optimised list from these programs, with ties read from the network tracker."""
    check_limits(budget, max_n)
    check_specialties(profile, {p.specialty for p in programs})
    choices = choices or Choices()
    wanted = set(profile.specialties)
    programs = [p for p in programs if p.specialty in wanted]
    favourites = favourite_ids(choices.favourites, programs)
    shortlist = build_shortlist(
        profile,
        programs,
        network_ties(programs),
        budget,
        max_n,
        choices.objective,
        favourites=favourites,
        model=model_for(profile),
        stop_below=choices.stop_below,
    )
    return ShortlistResult(
        profile,
        catalogue,
        shortlist,
        {p.program_id: p for p in programs},
        catalogue_is_sample=is_sample,
    )


def make_shortlist(
    profile: Profile,
    catalogue_name: str | None = None,
    budget: int | None = None,
    max_n: int | None = None,
    choices: Choices | None = None,
) -> ShortlistResult:
    """The optimised list from a stored catalogue (the sample when none is named).

    budget and max_n default to the profile's own; an empty list is a result, not an error.
    A specialty the catalogue does not have, or an unknown favourite, is a
    ShortlistRequestError naming the field.
    """
    catalogue = find_catalogue(catalogue_name or SAMPLE_NAME)
    if catalogue is None:
        raise UnknownCatalogueError(catalogue_name or SAMPLE_NAME)
    check_specialties(profile, [name for name, _ in catalogue.specialties])
    programs = programs_of(catalogue, profile.specialties)
    return shortlist_from_programs(
        profile,
        catalogue.name,
        programs,
        budget,
        max_n,
        is_sample=catalogue.is_sample,
        choices=choices,
    )


def _describe(
    entries: object, listed: list[ShortlistedProgram], programs: dict[str, selection.Program]
) -> None:
    assert isinstance(entries, list)
    for entry, item in zip(entries, listed, strict=True):
        program = programs[item.program_id]
        entry.update(
            name=item.name,
            specialty=item.specialty,
            institution=program.institution,
            city=program.city,
            state=program.state,
            p_match_here=item.p_match_here,
            network_ties=item.network_ties,
            tied=item.tied,
        )


def shortlist_json(result: ShortlistResult) -> dict[str, object]:
    """The engine's JSON (p_match with its band, programs, backups, excluded, curve) with what a
    reader needs besides: the catalogue and its label, names and places. The command line and
    the API both print this."""
    shortlist = result.shortlist
    data = shortlist.to_json_dict()
    _describe(data["programs"], list(shortlist.programs), result.programs)
    _describe(data["backups"], list(shortlist.backups), result.programs)
    excluded = data["excluded"]
    assert isinstance(excluded, list)
    for entry, gone in zip(excluded, shortlist.excluded, strict=True):
        entry["name"] = gone.name
    last = data["last_program"]
    if isinstance(last, dict) and shortlist.last_program is not None:
        last.update(name=shortlist.last_program.name, cost_usd=shortlist.last_program.cost_usd)
    data.update(
        catalogue=result.catalogue,
        label=result.label,
        expected_interviews=shortlist.expected_interviews,
        season=shortlist.season,
        networking_targets=list(shortlist.networking_targets),
    )
    return data
