"""One specialty's Match simulated from its structure: repeatable, moved by what should move it."""

from __future__ import annotations

import dataclasses

from matchwise.market.inputs import SpecialtyMarket
from matchwise.market.runs import simulate_runs
from matchwise.market.simulation import MarketParameters, simulate

MARKET = SpecialtyMarket("Made-up Medicine", 800, 1000, 300, 240.0, 14.0)
PARAMETERS = MarketParameters(img_penalty=2.0, threshold=-3.0, score_weight=1.5)


def test_it_gives_the_same_match_for_the_same_name_and_run() -> None:
    assert simulate(MARKET, PARAMETERS) == simulate(MARKET, PARAMETERS)
    assert simulate(MARKET, PARAMETERS, run=1) != simulate(MARKET, PARAMETERS, run=2)


def test_it_matches_fewer_imgs_when_programs_prefer_others_more() -> None:
    mild = simulate(MARKET, dataclasses.replace(PARAMETERS, img_penalty=0.5))
    harsh = simulate(MARKET, dataclasses.replace(PARAMETERS, img_penalty=3.0))
    assert harsh.img_rate < mild.img_rate
    assert harsh.others_rate >= mild.others_rate


def test_it_matches_more_imgs_where_positions_are_plentiful() -> None:
    scarce = simulate(MARKET, PARAMETERS)
    plenty = simulate(dataclasses.replace(MARKET, positions=1400), PARAMETERS)
    assert plenty.img_rate > scarce.img_rate
    assert 0 < scarce.filled <= 1


def test_it_summarises_many_runs_per_applicant_type() -> None:
    seen: list[int] = []
    img, others = simulate_runs(MARKET, PARAMETERS, 5, lambda done, total: seen.append(done))
    assert seen == [1, 2, 3, 4, 5]
    assert (img.applicant_type, others.applicant_type) == ("non-US IMG", "others")
    for spread in (img, others):
        assert 0 <= spread.p10 <= spread.p50 <= spread.p90 <= 1
    assert img.mean < others.mean


def test_it_matches_fewer_imgs_when_the_others_score_higher() -> None:
    level = simulate(MARKET, PARAMETERS)
    assert simulate(MARKET, PARAMETERS, others_offset=0.0) == level
    ahead = simulate(MARKET, PARAMETERS, others_offset=15.0)
    assert ahead.img_rate < level.img_rate and ahead.others_rate > level.others_rate
