"""The P(match) optimiser against an independent MILP solver (HiGHS) on 600 programs.

Maximising 1 - prod(1 - c_i) is maximising sum(-log(1 - c_i) x_i): linear in binary x, with
the per-specialty fee tiers written as linear constraints (the 2026 schedule is convex).
"""

import numpy as np
import pytest

from matchwise.selection.fees import fee_schedule
from matchwise.selection.optimiser import maximise_p_match, weights

highspy = pytest.importorskip("highspy")


def solve_with_highs(
    contribution: np.ndarray, groups: np.ndarray, budget: int, max_n: int | None
) -> float:
    w = weights(contribution)
    n, m = len(w), int(groups.max()) + 1
    inf = highspy.kHighsInf
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("mip_rel_gap", 1e-9)
    # Columns: x_0..x_{n-1} (take program i), then y_s >= 0 (programs past the 30th in specialty s).
    h.addVars(n + m, np.zeros(n + m), np.concatenate([np.ones(n), np.full(m, inf)]))
    h.changeColsIntegrality(
        n, np.arange(n, dtype=np.int32), np.array([highspy.HighsVarType.kInteger] * n)
    )
    h.changeColsCost(n, np.arange(n, dtype=np.int32), w)
    for s in range(m):  # y_s >= count_s - 30
        members = np.flatnonzero(groups == s).astype(np.int32)
        index = np.concatenate([members, [n + s]]).astype(np.int32)
        h.addRow(-inf, 30.0, len(index), index, np.concatenate([np.ones(len(members)), [-1.0]]))
    # 2026 fees: $11 a program, $19 more for each past the 30th in its specialty.
    index = np.arange(n + m, dtype=np.int32)
    h.addRow(
        -inf, float(budget), n + m, index, np.concatenate([np.full(n, 11.0), np.full(m, 19.0)])
    )
    if max_n is not None:
        h.addRow(-inf, float(max_n), n, np.arange(n, dtype=np.int32), np.ones(n))
    h.changeObjectiveSense(highspy.ObjSense.kMaximize)
    h.run()
    assert h.getModelStatus() == highspy.HighsModelStatus.kOptimal
    return float(-np.expm1(-h.getInfo().objective_function_value))


@pytest.mark.parametrize(
    ("seed", "specialties", "budget", "max_n"),
    [(1, 1, 900, None), (2, 3, 1500, None), (3, 3, 1500, 60), (4, 4, 2500, 120), (5, 2, 400, None)],
)
def test_it_matches_an_independent_solver_on_600_programs(
    seed: int, specialties: int, budget: int, max_n: int | None
) -> None:
    rng = np.random.default_rng(seed)
    contribution = rng.beta(0.6, 8, 600)
    groups = rng.integers(0, specialties, 600)
    found = maximise_p_match(contribution, groups, fee_schedule(2026), budget, max_n)
    assert found.cost_usd <= budget
    assert found.value == pytest.approx(
        solve_with_highs(contribution, groups, budget, max_n), abs=1e-9
    )
