"""What a shortlist says: the list, its chance with a band, and how honest its order is."""

from dataclasses import dataclass
from enum import StrEnum

# Tiers by the chance of an interview: under 5% is a reach, 20% or more is likely.
REACH_BELOW = 0.05
LIKELY_FROM = 0.20
ASSUMPTION = (
    "Chances at different programs rise and fall together with your unobserved strength, "
    "so applying to more programs helps less than if each were a separate coin toss."
)


class Objective(StrEnum):
    P_MATCH = "p_match"
    EXPECTED_UTILITY = "utility"


def tier(p_interview: float) -> str:
    if p_interview < REACH_BELOW:
        return "reach"
    return "likely" if p_interview >= LIKELY_FROM else "target"


@dataclass(frozen=True)
class ShortlistedProgram:
    program_id: str
    name: str
    specialty: str
    p_interview: float
    p_interview_low: float
    p_interview_high: float
    p_match_here: float  # chance this program gives an interview that ends in a match
    tier: str
    reasons: tuple[str, ...]
    unknowns: tuple[str, ...]
    network_ties: int
    tied: bool = False  # its chance equals another listed program's, within 0.1 pp

    def to_json_dict(self) -> dict[str, object]:
        return {
            "program_id": self.program_id,
            "p_interview": self.p_interview,
            "p_interview_low": self.p_interview_low,
            "p_interview_high": self.p_interview_high,
            "tier": self.tier,
            "reasons": list(self.reasons),
            "unknowns": list(self.unknowns),
        }


@dataclass(frozen=True)
class ExcludedProgram:
    program_id: str
    name: str
    reason: str


@dataclass(frozen=True)
class CurvePoint:
    n: int
    cost_usd: int
    p_match: float
    low: float
    high: float


@dataclass(frozen=True)
class LastProgram:
    """What the last program on the list adds, per $100 of its fee."""

    program_id: str
    name: str
    adds: float  # P(match) it adds
    cost_usd: int  # what it costs
    pp_per_100usd: float


@dataclass(frozen=True)
class Shortlist:
    p_match: float
    p_match_low: float
    p_match_high: float
    cost_usd: int
    expected_interviews: float
    interviews_distribution: tuple[float, ...]  # P(k interviews), k = 0, 1, 2, ...
    expected_utility: float | None
    programs: tuple[ShortlistedProgram, ...]
    backups: tuple[ShortlistedProgram, ...]  # preliminary and transitional tracks
    excluded: tuple[ExcludedProgram, ...]
    curve: tuple[CurvePoint, ...]
    last_program: LastProgram | None
    stop_below: float  # percentage points per $100
    tied: int  # listed programs sharing their chance with another
    indistinguishable: bool  # the catalogue cannot tell the listed programs apart
    networking_targets: tuple[str, ...]  # listed programs where the applicant knows nobody
    objective: Objective
    season: int
    model: str
    citation: str | None
    assumption: str
    label: str | None  # SAMPLE_LABEL when any program comes from the sample catalogue

    def to_json_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "p_match": self.p_match,
            "p_match_low": self.p_match_low,
            "p_match_high": self.p_match_high,
            "cost_usd": self.cost_usd,
            "programs": [p.to_json_dict() for p in self.programs],
            "backups": [p.to_json_dict() for p in self.backups],
            "tied": self.tied,
            "indistinguishable": self.indistinguishable,
            "excluded": [{"program_id": e.program_id, "reason": e.reason} for e in self.excluded],
            "curve": [
                {
                    "n": c.n,
                    "cost_usd": c.cost_usd,
                    "p_match": c.p_match,
                    "low": c.low,
                    "high": c.high,
                }
                for c in self.curve
            ],
            "last_program": None
            if self.last_program is None
            else {
                "program_id": self.last_program.program_id,
                "adds": self.last_program.adds,
                "pp_per_100usd": self.last_program.pp_per_100usd,
            },
            "stop_below": self.stop_below,
            "objective": self.objective.value,
            "model": self.model,
            "assumption": self.assumption,
        }
        if self.citation is not None:
            out["citation"] = self.citation
        if self.expected_utility is not None:
            out["expected_utility"] = self.expected_utility
        if self.label is not None:
            out["label"] = self.label
        return out
