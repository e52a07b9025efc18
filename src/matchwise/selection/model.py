"""The parameters every chance is computed with: fitted per specialty for non-US IMGs.

matchwise ships parameters fitted to NRMP's published 2026 Charting Outcomes for non-US IMGs
(only the fitted numbers ship, never the table; bench/fit_defaults.py refits them). A user's
own calibration replaces them. A specialty the fit does not know gets the pooled parameters;
other applicant types get labelled assumptions on top of the non-US IMG figures.
"""

import json
from dataclasses import asdict, dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from matchwise.selection.specialty_fit import SpecialtyFit
from matchwise.selection.specialty_model import SpecialtyParameters
from matchwise.selection.strength import FloatArray
from matchwise.selection.vocabulary import ApplicantType

SHIPPED_FILE = "nrmp_2026_non_us_img.json"
CITATION = (
    "National Resident Matching Program, Charting Outcomes in the Match: International "
    "Medical Graduates, 2026 (non-US IMGs): model parameters fitted to its published figures"
)
FITTED_TYPE = ApplicantType.NON_US_IMG
# Not fitted: how much easier an interview is for other applicant types, on the log-odds scale.
TYPE_LEVEL_SHIFT: dict[ApplicantType, float] = {
    ApplicantType.US_MD: 2.5,
    ApplicantType.US_DO: 2.0,
    ApplicantType.US_IMG: 0.8,
}
POOLED = "pooled"


@dataclass(frozen=True)
class Parameters:
    """What a list for one specialty and applicant type is computed with, and how to say so."""

    values: SpecialtyParameters
    covariance: FloatArray
    words: str  # e.g. "fitted", "partly pooled", "pooled (not in the table)"


@dataclass(frozen=True)
class MatchModel:
    fitted: dict[str, SpecialtyParameters]
    covariances: dict[str, FloatArray]
    methods: dict[str, str]
    description: str
    citation: str
    pooled: SpecialtyParameters = field(init=False)
    pooled_covariance: FloatArray = field(init=False)

    def __post_init__(self) -> None:
        full = [n for n, m in self.methods.items() if m == "fitted"] or list(self.fitted)
        values = np.array([self.fitted[n].vector() for n in full])
        centre = np.median(values, axis=0)
        scores = [self.fitted[n] for n in full]
        pooled = SpecialtyParameters.from_vector(
            centre,
            float(np.mean([s.score_mean for s in scores])),
            float(np.mean([s.score_sd for s in scores])),
        )
        spread = values.var(axis=0) if len(full) > 1 else np.full(len(centre), 0.25)
        object.__setattr__(self, "pooled", pooled)
        object.__setattr__(self, "pooled_covariance", np.diag(spread))

    def parameters(self, specialty: str, applicant_type: ApplicantType) -> Parameters:
        if specialty in self.fitted:
            base = Parameters(
                self.fitted[specialty], self.covariances[specialty], self.methods[specialty]
            )
        else:
            base = Parameters(
                self.pooled, self.pooled_covariance, "pooled (the table does not have it)"
            )
        if applicant_type is FITTED_TYPE:
            return base
        shift = TYPE_LEVEL_SHIFT[applicant_type]
        values = replace(base.values, level=base.values.level + shift)
        return Parameters(
            values,
            base.covariance,
            f"assumed for {applicant_type.label}: the non-US IMG figures with the chance of "
            "an interview raised (not fitted)",
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "description": self.description,
                "citation": self.citation,
                "specialties": {
                    name: {
                        "method": self.methods[name],
                        "parameters": {
                            k: round(v, 6) for k, v in asdict(self.fitted[name]).items()
                        },
                        "covariance": np.round(self.covariances[name], 8).tolist(),
                    }
                    for name in sorted(self.fitted)
                },
            },
            indent=1,
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> "MatchModel":
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "MatchModel":
        """from_json() of text already read (e.g. from a JSON field)."""
        specialties = data["specialties"]
        return cls(
            {n: SpecialtyParameters(**s["parameters"]) for n, s in specialties.items()},
            {n: np.array(s["covariance"], dtype=np.float64) for n, s in specialties.items()},
            {n: s["method"] for n, s in specialties.items()},
            data["description"],
            data["citation"],
        )

    @classmethod
    def from_fits(
        cls, fits: dict[str, SpecialtyFit], description: str, citation: str
    ) -> "MatchModel":
        return cls(
            {n: f.parameters for n, f in fits.items()},
            {n: f.covariance for n, f in fits.items()},
            {n: f.method for n, f in fits.items()},
            description,
            citation,
        )


@cache
def shipped_model() -> MatchModel:
    """The parameters that ship, fitted to NRMP's 2026 table (see bench/fit_defaults.py)."""
    text = resources.files("matchwise.selection").joinpath(SHIPPED_FILE).read_text("utf-8")
    return MatchModel.from_json(text)
