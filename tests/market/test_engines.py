"""The numba engine is an accelerator, not a requirement: without it the Match still runs."""

from __future__ import annotations

import numpy as np
import pytest

from matchwise.market import engine_numba
from matchwise.market.deferred_acceptance import (
    engine_available,
    installed_engines,
    matched_entries,
    solve,
)
from matchwise.market.synthetic import program_capacities, random_market


@pytest.fixture
def without_numba(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_numba, "_compiled", [None])


def test_it_falls_back_to_plain_python_without_numba(without_numba: None) -> None:
    rng = np.random.default_rng(8)
    market = random_market(rng, 1_500, program_capacities(rng, 150, 1_200))
    assert installed_engines() == ["python"] and not engine_available("numba")
    assert (solve(market, "auto").program == solve(market, "python").program).all()
    with pytest.raises(RuntimeError, match="numba is not installed"):
        matched_entries(market, "numba")


def test_it_gives_the_same_entries_with_either_engine() -> None:
    if not engine_available("numba"):
        pytest.skip("numba is not installed here")
    for seed in range(5):
        rng = np.random.default_rng(seed)
        market = random_market(rng, 3_000, program_capacities(rng, 300, 2_500))
        fast, plain = matched_entries(market, "numba"), matched_entries(market, "python")
        assert fast.tolist() == plain.tolist()


def test_it_runs_the_numba_kernel_uncompiled_too() -> None:
    """The kernel's source is plain Python over arrays: checked here without numba's help."""
    for seed in range(3):
        rng = np.random.default_rng(seed)
        market = random_market(rng, 300, program_capacities(rng, 40, 250))
        uncompiled = engine_numba.deferred_acceptance_arrays(
            market.capacity, market.offsets, market.choices, market.priority
        )
        assert uncompiled.tolist() == matched_entries(market, "python").tolist()


def test_it_reports_the_choice_each_applicant_matched_at() -> None:
    rng = np.random.default_rng(9)
    market = random_market(rng, 2_000, program_capacities(rng, 100, 1_500))
    result = solve(market)
    for a in np.flatnonzero(result.program >= 0)[:200]:
        assert market.rank_list(int(a))[result.choice[a]] == result.program[a]
    assert (result.choice[result.program < 0] == -1).all()
    assert result.filled.sum() == result.matched
