"""The rank-order demonstration on your own list: your primary rank list, the market model in
use, and `matchwise.market.rank_order` to run the Match with the list in true order and
reordered. The page and `matchwise season rank --demonstrate` both call `demonstrate_my_list`."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Any

from matchwise.market.rank_order import Applicant, Demonstration, demonstrate
from matchwise.programs.market_fits import fit_in_use
from matchwise.programs.models import SavedProfile
from matchwise.season.rank_list import ranked
from matchwise.season.services import SeasonError
from matchwise.season.vocabulary import ListKind
from matchwise.selection.vocabulary import ApplicantType

RUNS = 200
MOST_PROGRAMS = 100


@dataclass(frozen=True)
class MyDemonstration:
    program_ids: tuple[str, ...]  # your list, in your order (taken as your true preference)
    names: tuple[str, ...]
    demonstration: Demonstration
    model: str  # which market model fit gave the parameters
    citation: str
    applicant: Applicant
    profile: str  # the saved profile the applicant's figures came from; empty: the defaults

    @property
    def who(self) -> str:
        kind = "a non-US IMG" if self.applicant.img else "an applicant who is not a non-US IMG"
        source = f"from your saved profile “{self.profile}”" if self.profile else "by default"
        return f"{kind} with a Step 2 CK of {self.applicant.step2:.0f} ({source})"

    def to_json(self) -> dict[str, Any]:
        d = self.demonstration
        return {
            "runs": d.runs,
            "model": self.model,
            "citation": self.citation,
            "applicant": {
                "step2": self.applicant.step2,
                "non_us_img": self.applicant.img,
                "profile": self.profile or None,
            },
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
    applicant, profile = _applicant()
    demonstration = demonstrate(
        len(ids),
        in_use.fit.parameters,
        applicant,
        runs=runs,
        seed=zlib.crc32("\n".join(ids).encode("utf-8")),
    )
    names = tuple(a.name for a in applications)
    return MyDemonstration(
        ids, names, demonstration, in_use.label, in_use.citation, applicant, profile
    )


def _applicant() -> tuple[Applicant, str]:
    """You, as the latest saved profile describes you (its Step 2 CK, if taken, and whether a
    non-US IMG); without one, the defaults: a non-US IMG with a Step 2 CK of 240."""
    profile = SavedProfile.objects.order_by("-pk").first()
    if profile is None:
        return Applicant(), ""
    step2 = float(profile.step2_score) if profile.step2_score is not None else Applicant().step2
    return Applicant(step2, profile.applicant_type == ApplicantType.NON_US_IMG), profile.name
