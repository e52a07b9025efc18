"""Made-up names with known duplicates, and the exhaustive comparison, for measuring recall.

`labelled_names` writes people's names the ways files misspell them (a letter dropped, doubled,
swapped or changed, a middle initial, a title, 'Last, First', an accent lost), so that the
blocked comparison of `similarity` can be checked against comparing every pair.
"""

from __future__ import annotations

import random
from collections import defaultdict

import numpy as np
from rapidfuzz import fuzz, process

from matchwise.network.importing.similarity import NAME_THRESHOLD, Close, Named, name_key

ONSETS = ["", "b", "ch", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "sh", "t"]
ONSETS += ["v", "w", "y", "z", "br", "kr", "st", "tr", "gr", "th"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ia", "ou", "é", "ü"]
CODAS = ["", "", "n", "r", "l", "s", "m", "k", "nd", "rt", "sh", "tz"]
FIRST_COUNT, LAST_COUNT = 400, 5000


def _word(rng: random.Random, syllables: int) -> str:
    parts = [rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables)]
    return "".join(parts).capitalize()


def _misspell(rng: random.Random, name: str) -> str:
    words = name.split()
    at = rng.randrange(len(words))
    word = words[at]
    i = rng.randrange(1, len(word)) if len(word) > 1 else 0
    kind = rng.randrange(8)
    if kind == 0:
        word = word[:i] + word[i + 1 :]
    elif kind == 1:
        word = word[:i] + word[i] + word[i:]
    elif kind == 2 and i + 1 < len(word):
        word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    elif kind == 3:
        word = word[:i] + rng.choice("aeiourstn") + word[i + 1 :]
    elif kind == 4:
        return f"{words[0]} {rng.choice('ABCDEFGHJKLMN')}. {' '.join(words[1:])}"
    elif kind == 5:
        return f"Dr. {name}, MD"
    elif kind == 6:
        return f"{words[-1]}, {' '.join(words[:-1])}"
    else:
        word = word.replace("é", "e").replace("ü", "u")
    words[at] = word
    return " ".join(words)


def labelled_names(count: int, seed: int = 12) -> tuple[list[str], set[tuple[int, int]]]:
    """`count` names, about one in eight a misspelling of an earlier one; and those pairs."""
    rng = random.Random(seed)
    firsts = [_word(rng, rng.choice((1, 2, 2, 3))) for _ in range(FIRST_COUNT)]
    lasts = [_word(rng, rng.choice((2, 2, 3, 3, 4))) for _ in range(LAST_COUNT)]
    first_weights = [1 / (rank + 5) for rank in range(FIRST_COUNT)]  # a few names are common
    last_weights = [1 / (rank + 1) ** 0.7 for rank in range(LAST_COUNT)]
    names: list[str] = []
    pairs: set[tuple[int, int]] = set()
    for index in range(count):
        if names and rng.random() < 0.125:
            original = rng.randrange(len(names))
            names.append(_misspell(rng, names[original]))
            pairs.add((original, index))
            continue
        first = rng.choices(firsts, first_weights)[0]
        last = rng.choices(lasts, last_weights)[0]
        names.append(f"{first} {last}")
    return names, pairs


def close_names_exhaustive(rows: list[Named], known: list[Named], asking: list[int]) -> Close:
    """Every row in `asking` against every earlier row, all pairs compared (the old way)."""
    row_keys = [(name_key(name), has) for name, has in rows]
    queries = [(row, *row_keys[row]) for row in asking]
    close_rows: Close = {}
    for row, pairs in _all_pairs(queries, row_keys).items():
        earlier = [(other, score) for other, score in pairs if other < row]
        if earlier:
            close_rows[row] = earlier
    return close_rows


def _all_pairs(queries: list[tuple[int, str, bool]], pool: list[Named]) -> Close:
    found: Close = {}
    for with_profile in (True, False):
        asking: dict[str, list[int]] = defaultdict(list)
        for row, key, has_profile in queries:
            if key and has_profile == with_profile:
                asking[key].append(row)
        answering: dict[str, list[int]] = defaultdict(list)
        for index, (key, has_profile) in enumerate(pool):
            if key and not (with_profile and has_profile):
                answering[key].append(index)
        if not asking or not answering:
            continue
        asked, answers = list(asking), list(answering)
        for start in range(0, len(asked), 2000):
            chunk = asked[start : start + 2000]
            scores = process.cdist(
                chunk, answers, scorer=fuzz.ratio, score_cutoff=NAME_THRESHOLD, dtype=np.uint8
            )
            for q, a in zip(*np.nonzero(scores), strict=True):
                for row in asking[chunk[q]]:
                    found.setdefault(row, []).extend(
                        (other, float(scores[q, a])) for other in answering[answers[a]]
                    )
    return found
