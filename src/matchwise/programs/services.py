"""The shortlist service: the one function the pages, the API and the command line call."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from matchwise import selection
from matchwise.programs.catalogues import SAMPLE_NAME, find_catalogue, programs_of
from matchwise.programs.network_ties import network_ties
from matchwise.selection import SAMPLE_LABEL, Profile, ProfileError, Shortlist, build_shortlist
from matchwise.selection.profile import PARSERS
from matchwise.selection.shortlist import ShortlistedProgram


class UnknownCatalogueError(LookupError):
    """No catalogue of that name."""


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


def shortlist_from_programs(
    profile: Profile,
    catalogue: str,
    programs: list[selection.Program],
    budget: int | None = None,
    max_n: int | None = None,
    *,
    is_sample: bool = False,
) -> ShortlistResult:
    """The optimised list from these programs, with ties read from the network tracker."""
    check_limits(budget, max_n)
    wanted = set(profile.specialties)
    programs = [p for p in programs if p.specialty in wanted]
    shortlist = build_shortlist(profile, programs, network_ties(programs), budget, max_n)
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
) -> ShortlistResult:
    """The optimised list from a stored catalogue (the sample when none is named).

    budget and max_n default to the profile's own; an empty list is a result, not an error.
    """
    catalogue = find_catalogue(catalogue_name or SAMPLE_NAME)
    if catalogue is None:
        raise UnknownCatalogueError(catalogue_name or SAMPLE_NAME)
    programs = programs_of(catalogue, profile.specialties)
    return shortlist_from_programs(
        profile, catalogue.name, programs, budget, max_n, is_sample=catalogue.is_sample
    )


def shortlist_json(result: ShortlistResult) -> dict[str, object]:
    """The engine's JSON (p_match, cost_usd, programs, excluded, curve) with what a reader
    needs besides: the catalogue and its label, names, ranges and the point of diminishing
    returns. The command line and the API both print this."""
    shortlist = result.shortlist
    data = shortlist.to_json_dict()
    programs = data["programs"]
    assert isinstance(programs, list)
    for entry, row in zip(programs, result.rows, strict=True):
        listed, program = row.listed, row.program
        entry.update(
            name=listed.name,
            specialty=listed.specialty,
            institution=program.institution,
            city=program.city,
            state=program.state,
            p_interview_low=listed.p_interview_low,
            p_interview_high=listed.p_interview_high,
            p_match_here=listed.p_match_here,
            network_ties=listed.network_ties,
        )
    excluded = data["excluded"]
    assert isinstance(excluded, list)
    for entry, gone in zip(excluded, shortlist.excluded, strict=True):
        entry["name"] = gone.name
    point = shortlist.diminishing_returns
    data.update(
        catalogue=result.catalogue,
        label=result.label,
        expected_interviews=shortlist.expected_interviews,
        season=shortlist.season,
        diminishing_returns=None
        if point is None
        else {"budget_usd": point.budget_usd, "p_match": point.p_match},
        networking_targets=list(shortlist.networking_targets),
    )
    return data
