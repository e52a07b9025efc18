"""Rounded aggregate figures behind the fictional sample catalogue (per specialty).

Program counts are close to the sizes of the recent NRMP Main Match; IMG shares of residents
follow the published Internal Medicine survey figures (IMGs fill 55-70% of PGY-1 positions at
community programs, 22-30% at university programs), scaled by how open each specialty is to
IMGs; Step 2 CK figures are rounded typical levels of invited applicants.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class SpecialtyFigures:
    name: str
    code: str
    programs: int
    positions: float  # mean PGY-1 positions per program
    university_share: float  # the rest splits between affiliated and community programs
    community_share: float
    img_openness: float  # 1.0 = Internal Medicine
    step2_median: float  # invited applicants, university programs
    applicants_per_position: float
    md_rate: float  # typical interview rate of US MD applicants, percent


SPECIALTIES: tuple[SpecialtyFigures, ...] = (
    SpecialtyFigures("Internal Medicine", "IM", 600, 17, 0.30, 0.35, 1.00, 250, 110, 45),
    SpecialtyFigures("Family Medicine", "FM", 700, 9, 0.20, 0.45, 0.75, 236, 80, 60),
    SpecialtyFigures("Pediatrics", "PD", 210, 15, 0.45, 0.25, 1.60, 244, 60, 50),
    SpecialtyFigures("Psychiatry", "PS", 320, 8, 0.40, 0.30, 1.10, 245, 120, 30),
    SpecialtyFigures("Neurology", "NE", 170, 7, 0.55, 0.20, 1.30, 248, 90, 40),
    SpecialtyFigures(
        "Pathology-Anatomic and Clinical", "PA", 145, 4, 0.60, 0.15, 0.85, 243, 60, 55
    ),
    SpecialtyFigures("Surgery-General", "GS", 340, 5, 0.45, 0.25, 0.30, 254, 120, 25),
    SpecialtyFigures("Emergency Medicine", "EM", 290, 10, 0.35, 0.35, 0.08, 247, 40, 45),
    SpecialtyFigures("Obstetrics and Gynecology", "OB", 300, 5, 0.45, 0.25, 0.20, 249, 90, 30),
    SpecialtyFigures("Anesthesiology", "AN", 170, 12, 0.60, 0.15, 0.25, 252, 80, 35),
    SpecialtyFigures("Radiology-Diagnostic", "DR", 195, 8, 0.60, 0.15, 0.20, 256, 70, 35),
)

# IMG share of residents in Internal Medicine by setting (low, high), from the survey figures.
IM_IMG_SHARE = {"university": (0.22, 0.30), "affiliated": (0.35, 0.55), "community": (0.55, 0.70)}
# Share of IMG residents who are US citizens (US IMGs) rather than non-US IMGs.
US_IMG_FRACTION = 0.25

# Invented place names: a syllable pair that is not a real hospital's name, always "Fictional".
PLACE_STARTS = (
    "Amber", "Bay", "Birch", "Brook", "Cedar", "Clover", "Copper", "Crane", "Elder", "Fern",
    "Glen", "Granite", "Harbor", "Heron", "Iron", "Juniper", "Kestrel", "Lark", "Linden", "Maple",
    "Marsh", "Meadow", "Mill", "North", "Oak", "Orchard", "Pine", "Quarry", "Raven", "Ridge",
    "Rowan", "Sage", "Silver", "Sparrow", "Stone", "Thistle", "Tide", "Violet", "Willow", "Wren",
)  # fmt: skip
PLACE_ENDS = (
    "view", "brook", "field", "haven", "ridge", "ford", "crest", "dale", "mere", "stead",
    "wick", "hollow", "moor", "port", "vale", "gate", "shore", "wood", "bend", "fall",
)  # fmt: skip
KINDS = {
    "university": ("University Hospital", "University Medical Center"),
    "affiliated": ("Medical Center", "Regional Medical Center"),
    "community": ("Community Hospital", "General Hospital", "Regional Hospital"),
}
# States with rough weights (more programs where more people live).
STATE_WEIGHTS = {
    "NY": 10, "CA": 9, "TX": 8, "PA": 7, "FL": 7, "IL": 6, "OH": 6, "MI": 5, "NJ": 4, "MA": 4,
    "GA": 3, "NC": 3, "VA": 3, "MD": 3, "TN": 3, "MO": 3, "WI": 2, "MN": 2, "IN": 2, "CT": 2,
    "LA": 2, "KY": 2, "AL": 2, "SC": 2, "AZ": 2, "CO": 2, "WA": 2, "OK": 1, "IA": 1, "KS": 1,
    "AR": 1, "MS": 1, "NE": 1, "UT": 1, "NV": 1, "NM": 1, "OR": 1, "WV": 1, "RI": 1, "DC": 1,
}  # fmt: skip
