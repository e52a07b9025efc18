"""One specialty's Match, simulated from its structure alone.

The market is scaled to SIMULATED_APPLICANTS applicants (more where non-US IMGs are a small share,
so that about SIMULATED_IMGS of them are simulated), keeping its proportions (positions per
applicant, IMG share):
- applicants are non-US IMGs, with Step 2 CK drawn from the given mean and SD, and everyone
  else ("others"), whose scores have the same mean and an SD of OTHERS_STEP2_SD;
- positions are spread over programs of about PROGRAM_SIZE seats (sizes skewed as in
  synthetic.py); each applicant applies to APPLICATIONS programs, drawn by the programs' appeal;
- a program values an applicant at score_weight × (Step 2 CK − 240) / 10 − img_penalty (for a
  non-US IMG) + noise of its own (SD 1); it interviews only applicants valued above `threshold`,
  the best INTERVIEWS_PER_POSITION per seat, and ranks them by that value;
- applicants rank the programs that interviewed them in the order they applied; then the Match.
Only img_penalty, threshold and score_weight are fitted (model.py); everything else above is
fixed beforehand. The random numbers depend on the specialty's name and the run only, so two
parameter values are compared on the same draws (common random numbers).
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass

import numpy as np

from matchwise.market.deferred_acceptance import matched_entries
from matchwise.market.inputs import SpecialtyMarket
from matchwise.market.instance import Market
from matchwise.market.synthetic import AliasTable, _distinct_draws, program_capacities

SIMULATED_APPLICANTS = 1500  # at least; more where IMGs are few, up to MOST_APPLICANTS
SIMULATED_IMGS = 200
MOST_APPLICANTS = 6000
PROGRAM_SIZE = 6
APPLICATIONS = 20
INTERVIEWS_PER_POSITION = 8
OTHERS_STEP2_SD = 15.0
STEP2_MEAN_UNKNOWN = 245.0
STEP2_SD_UNKNOWN = 14.0


@dataclass(frozen=True)
class MarketParameters:
    """The few global parameters, the same for every specialty."""

    img_penalty: float
    threshold: float
    score_weight: float


@dataclass(frozen=True)
class SimulatedMatch:
    img_rate: float  # share of non-US IMG applicants matched
    others_rate: float  # share of all other applicants matched
    filled: float  # share of positions filled


def simulated_size(market: SpecialtyMarket) -> int:
    """Applicants simulated: enough for SIMULATED_IMGS non-US IMGs, within the bounds."""
    wanted = math.ceil(SIMULATED_IMGS / market.img_share)
    return min(MOST_APPLICANTS, max(SIMULATED_APPLICANTS, wanted))


def seed_for(specialty: str, run: int) -> int:
    return zlib.crc32(specialty.encode("utf-8")) * 1000 + run


def simulate(
    market: SpecialtyMarket,
    parameters: MarketParameters,
    run: int = 0,
    others_offset: float = 0.0,
) -> SimulatedMatch:
    """One simulated Match; others_offset moves the others' mean Step 2 CK (a variant, 0 ships)."""
    rng = np.random.default_rng(seed_for(market.specialty, run))
    n = simulated_size(market)
    scale = n / market.all_applicants
    n_img = min(n, max(1, round(market.img_applicants * scale)))
    positions = max(1, round(market.positions * scale))
    programs = max(1, round(positions / PROGRAM_SIZE))
    capacity = program_capacities(rng, programs, positions)
    mean = market.img_step2_mean if market.img_step2_mean is not None else STEP2_MEAN_UNKNOWN
    sd = market.img_step2_sd if market.img_step2_sd is not None else STEP2_SD_UNKNOWN
    draws = rng.standard_normal(n)
    img = np.arange(n) < n_img
    score = mean + np.where(img, 0.0, others_offset) + np.where(img, sd, OTHERS_STEP2_SD) * draws
    length = min(APPLICATIONS, programs)
    table = AliasTable.build(np.exp(rng.standard_normal(programs)))
    candidates = _distinct_draws(rng, table, n, length)
    keep = (candidates >= 0) & (np.cumsum(candidates >= 0, axis=1) <= length)
    lengths = keep.sum(axis=1)
    choices = candidates[keep].astype(np.int64)
    applicant = np.repeat(np.arange(n), lengths)
    value = (
        parameters.score_weight * (score[applicant] - 240.0) / 10.0
        - parameters.img_penalty * img[applicant]
        + rng.standard_normal(len(choices))
    )
    interviewed = (value > parameters.threshold) & _among_best(
        choices, value, INTERVIEWS_PER_POSITION * capacity
    )
    offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    priority = np.where(interviewed, -value, np.inf)
    entries = matched_entries(Market(capacity, offsets, choices, priority))
    matched = entries >= 0
    return SimulatedMatch(
        float(matched[img].mean()),
        float(matched[~img].mean()) if n_img < n else 0.0,
        float(matched.sum() / positions),
    )


def _among_best(choices: np.ndarray, value: np.ndarray, slots: np.ndarray) -> np.ndarray:
    """Per entry: whether it is among the best slots[program] entries its program received."""
    order = np.lexsort((-value, choices))
    program = choices[order]
    first = np.searchsorted(program, np.arange(len(slots)))
    place = np.empty(len(order), dtype=np.int64)
    place[order] = np.arange(len(order)) - first[program]
    return np.asarray(place < slots[choices])
