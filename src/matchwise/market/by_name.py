"""The Match for rank lists written with names, for readable use and small examples."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from matchwise.market.deferred_acceptance import Engine, solve
from matchwise.market.instance import Market, MarketError


def match_by_name(
    applicant_lists: Mapping[str, Sequence[str]],
    program_lists: Mapping[str, Sequence[str]],
    capacity: Mapping[str, int],
    engine: Engine = "auto",
) -> dict[str, str | None]:
    """Each applicant's matched program (None when unmatched), from rank lists best first.

    Every program needs a capacity and a rank list (empty if it ranks nobody); a name that is
    not declared on the other side is refused, naming the list it is in.
    """
    applicants = list(applicant_lists)
    programs = list(program_lists)
    missing = [name for name in programs if name not in capacity]
    if missing:
        raise MarketError(f"program {missing[0]!r} has no capacity")
    extra = [name for name in capacity if name not in program_lists]
    if extra:
        raise MarketError(f"capacity given for {extra[0]!r}, which has no rank list")
    program_index = {name: i for i, name in enumerate(programs)}
    applicant_index = {name: i for i, name in enumerate(applicants)}
    market = Market.from_rank_lists(
        [_indices(applicant_lists[a], program_index, f"applicant {a!r}") for a in applicants],
        [_indices(program_lists[p], applicant_index, f"program {p!r}") for p in programs],
        [capacity[p] for p in programs],
    )
    result = solve(market, engine)
    return {
        name: programs[int(p)] if p >= 0 else None
        for name, p in zip(applicants, result.program, strict=True)
    }


def _indices(names: Sequence[str], index: Mapping[str, int], owner: str) -> list[int]:
    unknown = [name for name in names if name not in index]
    if unknown:
        raise MarketError(f"{owner} ranks {unknown[0]!r}, who is not in the market")
    repeated = [name for i, name in enumerate(names) if name in names[:i]]
    if repeated:
        raise MarketError(f"{owner} ranks {repeated[0]!r} twice")
    return [index[name] for name in names]
