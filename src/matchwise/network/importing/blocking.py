"""Which names are worth comparing at all: blocking for near-linear duplicate finding.

Two names only meet the similarity threshold (`similarity.NAME_THRESHOLD`, a `ratio` of 90 on
the sorted words) when they differ by about one edit per word. Such an edit leaves at least one
'shape' of each word untouched: its first three letters, its last three, or its first and last
letter. So every pair of words of a name (in any order; any two of its first six words) gives a
key per combination of shapes, and a one-word name a key per shape. Only names that share a key
are compared. Recall against comparing every pair is measured on a labelled set of names in
tests/network/importing/test_find_close_names_by_blocks.py and printed by bench/duplicates.py.

The comparison itself stays in rapidfuzz's compiled code: small blocks are paired with numpy
and scored in one `cpdist` call; a large block is scored as one `cdist` matrix.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import permutations

import numpy as np
from numpy.typing import NDArray
from rapidfuzz import fuzz, process

# A long word can carry a match alone when the rest of the name is short: it is a block too.
LONG_WORD = 8
SHORT_REST = 6
MIDDLE_WORD = 5
WORDS_PAIRED = 6  # a name's first six words (sorted) are paired; longer names are rare
SMALL_BLOCK = 32  # blocks up to this size are paired with numpy, larger ones scored as a matrix
PAIR_CHUNK = 500_000  # candidate pairs scored at once
Scored = dict[tuple[int, int], float]


@lru_cache(maxsize=65_536)
def shapes(word: str) -> tuple[str, ...]:
    """First three letters, last three, and for a word of up to five letters (where one edit
    can touch both) the first and last letter: one edit leaves one of them."""
    ends = (f"<{word[:3]}", f">{word[-3:]}")
    return (*ends, f"^{word[0]}{word[-1]}") if len(word) <= MIDDLE_WORD else ends


def block_keys(key: str) -> set[str]:
    """The blocks a name key (see `similarity.name_key`) falls into."""
    words = key.split()[:WORDS_PAIRED]
    if len(words) == 1:
        return set(shapes(words[0]))
    length = sum(map(len, words))
    keys = {f"={word}" for word in words if len(word) >= max(LONG_WORD, length - SHORT_REST)}
    for one, other in permutations(words, 2):
        keys.update(f"{one[0]}{shape}" for shape in shapes(other))
    return keys


def close_pairs(
    keys: Sequence[str],
    asked: NDArray[np.bool_],
    answers: NDArray[np.bool_],
    threshold: float,
    scorer: Callable[..., float] = fuzz.ratio,
) -> Scored:
    """(asked key, answering key) → score, for every pair in a common block scoring at least
    `threshold`; a key asked and answering pairs with itself (at 100)."""
    members, sizes = _blocks(keys)
    found: Scored = {(i, i): 100.0 for i in np.flatnonzero(asked & answers).tolist()}
    small_a: list[NDArray[np.int64]] = []
    small_b: list[NDArray[np.int64]] = []
    start = 0
    order = np.argsort(sizes, kind="stable")
    offsets = np.concatenate(([0], np.cumsum(sizes)))
    for size in np.unique(sizes).tolist():
        count = int(np.count_nonzero(sizes == size))
        chosen = order[start : start + count]
        start += count
        if size < 2:
            continue
        if size <= SMALL_BLOCK:
            rows = members[offsets[chosen][:, None] + np.arange(size)]
            small_a.append(np.repeat(rows, size, axis=1).ravel())
            small_b.append(np.tile(rows, (1, size)).ravel())
            continue
        for block in chosen.tolist():
            _score_block(
                keys,
                members[offsets[block] : offsets[block + 1]],
                asked,
                answers,
                threshold,
                scorer,
                found,
            )
    if small_a:
        _score_pairs(
            keys,
            np.concatenate(small_a),
            np.concatenate(small_b),
            asked,
            answers,
            threshold,
            scorer,
            found,
        )
    return found


def _blocks(keys: Sequence[str]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Key indexes grouped by block (`members`, block after block) and each block's size."""
    block_of: dict[str, int] = {}
    entry_block: list[int] = []
    entry_key: list[int] = []
    for index, key in enumerate(keys):
        for block in block_keys(key):
            entry_block.append(block_of.setdefault(block, len(block_of)))
            entry_key.append(index)
    blocks = np.asarray(entry_block, dtype=np.int64)
    order = np.argsort(blocks, kind="stable")
    members = np.asarray(entry_key, dtype=np.int64)[order]
    sizes = np.bincount(blocks, minlength=len(block_of)).astype(np.int64)
    return members, sizes


def _score_pairs(
    keys: Sequence[str],
    a: NDArray[np.int64],
    b: NDArray[np.int64],
    asked: NDArray[np.bool_],
    answers: NDArray[np.bool_],
    threshold: float,
    scorer: Callable[..., float],
    found: Scored,
) -> None:
    keep = (a != b) & asked[a] & answers[b]
    a, b = a[keep], b[keep]
    # A ratio of `threshold` allows lengths to differ by that share of both lengths at most.
    lengths = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    spread = np.abs(lengths[a] - lengths[b]) * 100
    keep = spread <= (100 - threshold) * (lengths[a] + lengths[b])
    codes = np.sort(a[keep] * len(keys) + b[keep])
    codes = codes[np.concatenate(([True], codes[1:] != codes[:-1]))] if len(codes) else codes
    for start in range(0, len(codes), PAIR_CHUNK):
        chunk = codes[start : start + PAIR_CHUNK]
        mine, theirs = np.divmod(chunk, len(keys))
        scores = process.cpdist(
            [keys[i] for i in mine.tolist()],
            [keys[i] for i in theirs.tolist()],
            scorer=scorer,
            score_cutoff=threshold,
            dtype=np.uint8,
            workers=-1,
        )
        hits = np.flatnonzero(scores)
        for i, j, score in zip(
            mine[hits].tolist(), theirs[hits].tolist(), scores[hits].tolist(), strict=True
        ):
            found[(i, j)] = float(score)


def _score_block(
    keys: Sequence[str],
    block: NDArray[np.int64],
    asked: NDArray[np.bool_],
    answers: NDArray[np.bool_],
    threshold: float,
    scorer: Callable[..., float],
    found: Scored,
) -> None:
    mine, theirs = block[asked[block]], block[answers[block]]
    if not len(mine) or not len(theirs):
        return
    scores = process.cdist(
        [keys[i] for i in mine.tolist()],
        [keys[i] for i in theirs.tolist()],
        scorer=scorer,
        score_cutoff=threshold,
        dtype=np.uint8,
        workers=-1,
    )
    for q, r in zip(*np.nonzero(scores), strict=True):
        i, j = int(mine[q]), int(theirs[r])
        if i != j:
            found[(i, j)] = float(scores[q, r])
