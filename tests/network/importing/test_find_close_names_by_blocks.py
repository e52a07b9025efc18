"""Blocked name comparison finds what comparing every pair finds, on a labelled set."""

from __future__ import annotations

import numpy as np
import pytest

from matchwise.network.importing.blocking import block_keys, close_pairs
from matchwise.network.importing.similarity import NAME_THRESHOLD, close_names, name_key
from tests.network.importing.labelled_names import close_names_exhaustive, labelled_names

RECALL = 0.99  # of the pairs comparing every pair finds


def pairs(close: dict[int, list[tuple[int, float]]]) -> set[tuple[int, int, float]]:
    return {(other, row, score) for row, found in close.items() for other, score in found}


def test_it_finds_what_comparing_every_pair_finds() -> None:
    names, misspelt = labelled_names(3_000)
    rows = [(name, index % 5 == 0) for index, name in enumerate(names)]
    _, blocked = close_names(rows, [], list(range(len(rows))))
    every = close_names_exhaustive(rows, [], list(range(len(rows))))

    found, reference = pairs(blocked), pairs(every)
    assert found <= reference, "never a pair that comparing every pair would not find"
    assert len(found) >= RECALL * len(reference)
    found_misspelt = {(a, b) for a, b, _ in found} & misspelt
    reference_misspelt = {(a, b) for a, b, _ in reference} & misspelt
    assert len(found_misspelt) >= RECALL * len(reference_misspelt)


def test_it_keeps_the_order_of_candidates() -> None:
    names, _ = labelled_names(1_500, seed=5)
    rows = [(name, False) for name in names]
    _, blocked = close_names(rows, [], list(range(len(rows))))
    every = close_names_exhaustive(rows, [], list(range(len(rows))))
    for row, found in blocked.items():
        assert found == [pair for pair in every[row] if pair in found]


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [
        ("Jon Smith", "John Smith"),
        ("Wül Sindtek", "Wlü Sindtek"),  # a transposition in a short word
        ("V Braikroshfurt", "Vu Braikroshfurt"),  # an initial and more of the name
        ("Pei Grokrokeshkaim", "Pém Grokrokeshkaim"),  # a long word carries the match
        ("Sain Grokeik", "Sainmo Grokeik"),
        ("Smith, John", "Dr. John A. Smith"),
    ],
)
def test_it_puts_close_names_in_a_common_block(mine: str, theirs: str) -> None:
    assert block_keys(name_key(mine)) & block_keys(name_key(theirs))


def test_it_scores_each_pair_once_and_a_key_with_itself() -> None:
    keys = ["john smith", "jon smith", "mary jones"]
    asked = np.array([True, False, True])
    answers = np.array([True, True, True])

    found = close_pairs(keys, asked, answers, NAME_THRESHOLD)

    assert found == {(0, 0): 100.0, (0, 1): 95.0, (2, 2): 100.0}
