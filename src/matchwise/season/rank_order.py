"""The rank-order demonstration on your own list: your primary rank list, the market model in
use, and `matchwise.market.rank_order` to run the Match with the list in true order and
reordered. The page and `matchwise season rank --demonstrate` both call `demonstrate_my_list`."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Any

from matchwise.market.rank_order import Applicant, Demonstration, demonstrate
from matchwise.programs.market_fits import fit_in_use
from matchwise.season.rank_list import ranked
from matchwise.season.services import SeasonError
from matchwise.season.vocabulary import ListKind

RUNS = 200
MOST_PROGRAMS = 100


@dataclass(frozen=True)
class MyDemonstration:
    program_ids: tuple[str, ...]  # your list, in your order (taken as your true preference)
    names: tuple[str, ...]
    demonstration: Demonstration
    model: str  # which market model fit gave the parameters
    citation: str

    def to_json(self) -> dict[str, Any]:
        d = self.demonstration
        return {
            "runs": d.runs,
            "model": self.model,
            "citation": self.citation,
            "programs": [
                {"rank": i + 1, "program_id": pid, "name": name, "alone": d.alone[i]}
                for i, (pid, name) in enumerate(zip(self.program_ids, self.names, strict=True))
            ],
            "orders": [
                {
                    "name": order.name,
                    "order": [self.program_ids[p] for p in order.order],
                    "at_or_above": list(order.at_or_above),
                }
                for order in d.orders
            ],
            "reorder_won": d.reorder_won,
        }

    def rows(self) -> list[dict[str, Any]]:
        """Per program in your order: its chance alone, and the chance of it or better under
        each order (for the page and the text output)."""
        d = self.demonstration
        return [
            {
                "rank": i + 1,
                "name": name,
                "program_id": pid,
                "alone": d.alone[i],
                "by_order": [order.at_or_above[i] for order in d.orders],
            }
            for i, (pid, name) in enumerate(zip(self.program_ids, self.names, strict=True))
        ]


def demonstrate_my_list(runs: int = RUNS) -> MyDemonstration:
    """Your primary list taken as your true preference, matched `runs` times in synthetic
    markets (seeded by the list, so the same list gives the same figures)."""
    applications = ranked(ListKind.PRIMARY)
    if not applications:
        raise SeasonError("rank", "your primary rank list is empty: rank some programs first.")
    if len(applications) > MOST_PROGRAMS:
        raise SeasonError(
            "rank", f"the demonstration runs on lists of up to {MOST_PROGRAMS} programs."
        )
    ids = tuple(a.program_id for a in applications)
    in_use = fit_in_use()
    demonstration = demonstrate(
        len(ids),
        in_use.fit.parameters,
        Applicant(),
        runs=runs,
        seed=zlib.crc32("\n".join(ids).encode("utf-8")),
    )
    return MyDemonstration(
        ids, tuple(a.name for a in applications), demonstration, in_use.label, in_use.citation
    )
