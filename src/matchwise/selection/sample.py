"""A deterministic catalogue of fictional programs, so a newcomer can see the whole flow.

Every program is invented ("Fictional ... (sample)") and carries SAMPLE_LABEL as its source.
Attributes are drawn around the aggregate figures in sample_figures; some are left unknown on
purpose, as in real catalogues.
"""

from dataclasses import dataclass
from datetime import date
from typing import TypeVar

import numpy as np

from matchwise.selection.catalogue import Program, ScoreBox
from matchwise.selection.sample_figures import (
    IM_IMG_SHARE,
    KINDS,
    PLACE_ENDS,
    PLACE_STARTS,
    SPECIALTIES,
    STATE_WEIGHTS,
    US_IMG_FRACTION,
    SpecialtyFigures,
)
from matchwise.selection.sample_label import SAMPLE_LABEL
from matchwise.selection.vocabulary import Setting

__all__ = ["SAMPLE_AS_OF", "SAMPLE_LABEL", "sample_catalogue"]

SAMPLE_AS_OF = date(2025, 9, 1)
_SETTING_OF = {
    "university": Setting.UNIVERSITY,
    "affiliated": Setting.COMMUNITY_AFFILIATED,
    "community": Setting.COMMUNITY,
}
_SCORE_DROP = {"university": 0.0, "affiliated": 4.0, "community": 7.0}  # invited scores by setting


@dataclass(frozen=True)
class _Institution:
    name: str
    city: str
    state: str
    kind: str


def _institutions(rng: np.random.Generator, count: int) -> list[_Institution]:
    states = list(STATE_WEIGHTS)
    weights = np.array(list(STATE_WEIGHTS.values()), dtype=np.float64)
    places = [s + e for s in PLACE_STARTS for e in PLACE_ENDS]
    chosen = rng.permutation(len(places))[:count]
    kinds = rng.choice(["university", "affiliated", "community"], size=count, p=[0.3, 0.3, 0.4])
    out = []
    for index, kind in zip(chosen, kinds, strict=True):
        place = places[int(index)]
        label = KINDS[str(kind)][int(rng.integers(len(KINDS[str(kind)])))]
        state = states[int(rng.choice(len(states), p=weights / weights.sum()))]
        out.append(
            _Institution(
                f"Fictional {place} {label} (sample)", f"{place} (fictional)", state, str(kind)
            )
        )
    return out


T = TypeVar("T")


def _maybe(rng: np.random.Generator, value: T, unknown_share: float) -> T | None:
    return None if rng.random() < unknown_share else value


def _box(rng: np.random.Generator, median: float) -> ScoreBox:
    median = round(median + rng.normal(0, 3))
    return ScoreBox(median - 22.0, median - 9.0, float(median), median + 9.0, median + 18.0)


def _program(
    rng: np.random.Generator, figures: SpecialtyFigures, number: int, home: _Institution
) -> Program:
    low, high = IM_IMG_SHARE[home.kind]
    img_share = min(0.95, rng.uniform(low, high) * figures.img_openness * rng.lognormal(0, 0.25))
    positions = max(
        1, int(rng.poisson(figures.positions * (1.3 if home.kind == "university" else 0.9)))
    )
    applicants = max(
        positions, int(positions * figures.applicants_per_position * rng.lognormal(0, 0.3))
    )
    invited = min(applicants, int(positions * rng.uniform(9, 14)))
    # Non-US IMG interview rates rise with the IMG share; some programs invite none at all.
    non_us = 0.0 if rng.random() < (1 - img_share) ** 3 else 3.5 * img_share * rng.lognormal(0, 0.6)
    md = min(
        95.0, figures.md_rate * rng.lognormal(0, 0.3) * (1.2 if home.kind == "university" else 1.0)
    )
    median = figures.step2_median - _SCORE_DROP[home.kind]
    friendly = img_share >= 0.1
    return Program(
        program_id=f"SAMPLE-{figures.code}-{number:04d}",
        name=f"{home.name} — {figures.name}",
        institution=home.name,
        specialty=figures.name,
        track="Categorical",
        city=home.city,
        state=home.state,
        setting=_maybe(rng, _SETTING_OF[home.kind], 0.05),
        positions=positions,
        filled=positions - int(rng.random() < 0.08),
        applicants=applicants,
        invited=invited,
        interview_rate_us_md=round(md, 1),
        interview_rate_us_do=round(md * rng.uniform(0.6, 0.9), 1),
        interview_rate_us_img=_maybe(rng, round(min(50.0, 1 + 1.5 * non_us), 1), 0.1),
        interview_rate_non_us_img=_maybe(rng, round(min(25.0, non_us), 1), 0.1),
        step2_invited=_maybe(rng, _box(rng, median), 0.1),
        step2_img_invited=_box(rng, median + 3) if friendly and rng.random() < 0.8 else None,
        residents_non_us_img_pct=round(100 * img_share * (1 - US_IMG_FRACTION), 1),
        residents_us_img_pct=round(100 * img_share * US_IMG_FRACTION, 1),
        visa_j1=_maybe(rng, bool(rng.random() < 0.15 + 0.8 * img_share), 0.1),
        visa_h1b=_maybe(rng, bool(rng.random() < 0.05 + 0.4 * img_share), 0.15),
        yog_max_years=[None, 3, 5, 10][int(rng.choice(4, p=[0.3, 0.15, 0.35, 0.2]))],
        max_attempts=[None, 1, 2, 3][int(rng.choice(4, p=[0.4, 0.2, 0.3, 0.1]))],
        usce_required_months=[None, 0, 3, 6][int(rng.choice(4, p=[0.35, 0.35, 0.2, 0.1]))]
        if friendly
        else None,
        prior_gme_required=[False, None, True][int(rng.choice(3, p=[0.89, 0.1, 0.01]))],
        source=SAMPLE_LABEL,
        as_of=SAMPLE_AS_OF,
    )


def sample_catalogue(seed: int = 2026) -> list[Program]:
    """The fictional catalogue; the same seed always gives the same programs."""
    rng = np.random.default_rng(seed)
    institutions = _institutions(rng, len(PLACE_STARTS) * len(PLACE_ENDS))
    by_kind = {k: [i for i in institutions if i.kind == k] for k in KINDS}
    programs = []
    for figures in SPECIALTIES:
        shares = [figures.university_share, 1 - figures.university_share - figures.community_share]
        shares.append(figures.community_share)
        counts = rng.multinomial(figures.programs, shares)
        homes: list[_Institution] = []
        for kind, count in zip(KINDS, counts, strict=True):
            pool = by_kind[kind]
            # One program per institution and specialty, as long as the pool lasts.
            picks = rng.permutation(len(pool))
            homes += [pool[int(picks[i % len(pool)])] for i in range(int(count))]
        for number, home in enumerate(homes, start=1):
            programs.append(_program(rng, figures, number, home))
    return programs
