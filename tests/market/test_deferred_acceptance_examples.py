"""The Match on small instances worked out by hand, with both engines."""

from __future__ import annotations

import pytest

from matchwise.market import MarketError, match_by_name
from matchwise.market.deferred_acceptance import Engine, engine_available

ENGINES: list[Engine] = ["python", "numba", "auto"]

Prefs = dict[str, list[str]]


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> Engine:
    chosen: Engine = request.param
    if not engine_available(chosen):
        pytest.skip("numba is not installed here")
    return chosen


CASES: list[tuple[str, Prefs, Prefs, dict[str, int], dict[str, str | None]]] = [
    (
        "everyone gets their first choice when seats allow",
        {"ana": ["X"], "ben": ["Y"], "cai": ["X"]},
        {"X": ["ana", "cai"], "Y": ["ben"]},
        {"X": 2, "Y": 1},
        {"ana": "X", "ben": "Y", "cai": "X"},
    ),
    (
        "the program keeps the one it ranks higher; the other moves down their list",
        {"ana": ["X", "Y"], "ben": ["X", "Y"]},
        {"X": ["ben", "ana"], "Y": ["ana", "ben"]},
        {"X": 1, "Y": 1},
        {"ana": "Y", "ben": "X"},
    ),
    (
        "a held applicant is let go when someone preferred arrives later",
        {"ana": ["X"], "ben": ["X", "Y"], "cai": ["Y", "X"]},
        {"X": ["cai", "ana", "ben"], "Y": ["ben", "cai"]},
        {"X": 1, "Y": 1},
        {"ana": None, "ben": "Y", "cai": "X"},
    ),
    (
        "no match where the program did not rank the applicant",
        {"ana": ["X", "Y"], "ben": ["X"]},
        {"X": ["ben"], "Y": []},
        {"X": 2, "Y": 1},
        {"ana": None, "ben": "X"},
    ),
    (
        "a program with no seats matches nobody",
        {"ana": ["X", "Y"]},
        {"X": ["ana"], "Y": ["ana"]},
        {"X": 0, "Y": 1},
        {"ana": "Y"},
    ),
    (
        "an empty rank list stays unmatched",
        {"ana": [], "ben": ["X"]},
        {"X": ["ana", "ben"]},
        {"X": 1},
        {"ana": None, "ben": "X"},
    ),
    ("a market with no applicants", {}, {"X": []}, {"X": 1}, {}),
    ("a market with no programs", {"ana": []}, {}, {}, {"ana": None}),
    (
        # Gale and Shapley's cycle: applicant-optimal gives each applicant their first choice,
        # though every program then gets its last choice.
        "applicants, not programs, get their best stable outcome",
        {"ana": ["X", "Y", "Z"], "ben": ["Y", "Z", "X"], "cai": ["Z", "X", "Y"]},
        {"X": ["ben", "cai", "ana"], "Y": ["cai", "ana", "ben"], "Z": ["ana", "ben", "cai"]},
        {"X": 1, "Y": 1, "Z": 1},
        {"ana": "X", "ben": "Y", "cai": "Z"},
    ),
    (
        "a rejection chain through three programs",
        {"ana": ["X", "Y", "Z"], "ben": ["X", "Y"], "cai": ["Y", "Z"], "dev": ["X"]},
        {"X": ["dev", "ana", "ben"], "Y": ["ana", "ben", "cai"], "Z": ["cai", "ana"]},
        {"X": 1, "Y": 1, "Z": 1},
        {"ana": "Y", "ben": None, "cai": "Z", "dev": "X"},
    ),
]


@pytest.mark.parametrize(
    ("applicants", "programs", "capacity", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_it_matches_as_worked_out_by_hand(
    engine: Engine,
    applicants: Prefs,
    programs: Prefs,
    capacity: dict[str, int],
    expected: dict[str, str | None],
) -> None:
    assert match_by_name(applicants, programs, capacity, engine) == expected


@pytest.mark.parametrize(
    ("applicants", "programs", "capacity", "message"),
    [
        ({"ana": ["X"]}, {"X": ["ana"]}, {}, "program 'X' has no capacity"),
        ({"ana": ["X"]}, {"X": ["ana"]}, {"X": 1, "Y": 1}, "capacity given for 'Y'"),
        ({"ana": ["Q"]}, {"X": ["ana"]}, {"X": 1}, "applicant 'ana' ranks 'Q', who is not"),
        ({"ana": ["X"]}, {"X": ["zed"]}, {"X": 1}, "program 'X' ranks 'zed', who is not"),
        ({"ana": ["X", "X"]}, {"X": ["ana"]}, {"X": 1}, "applicant 'ana' ranks 'X' twice"),
        ({"ana": ["X"]}, {"X": ["ana", "ana"]}, {"X": 1}, "program 'X' ranks 'ana' twice"),
        ({"ana": ["X"]}, {"X": ["ana"]}, {"X": -1}, "program 0 has a negative capacity (-1)"),
    ],
)
def test_it_refuses_names_it_cannot_match(
    applicants: Prefs, programs: Prefs, capacity: dict[str, int], message: str
) -> None:
    with pytest.raises(MarketError, match=message.replace("(", r"\(").replace(")", r"\)")):
        match_by_name(applicants, programs, capacity)
