"""How alike two names or institutions are, in bulk: the fuzzy half of duplicate finding.

Names are compared with rapidfuzz's `token_sort_ratio` after dropping titles, degrees, accents
and punctuation: at NAME_THRESHOLD (90) 'Jon Smith' meets 'John Smith' (95) while 'John Smith'
and 'Joan Smyth' (80) stay apart. Institutions are compared with `token_set_ratio` at
INSTITUTION_THRESHOLD (80): 'Riverside Medical Center' meets 'Riverside Medical Center,
Springfield' (100) and 'Riverside Med Ctr' (83), not 'Lakeshore Health' (35).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz

from matchwise.network.importing.blocking import close_pairs

NAME_THRESHOLD = 90
INSTITUTION_THRESHOLD = 80
# Titles and degrees people put around names; they say nothing about who it is.
NAME_NOISE = frozenset(
    {"dr", "prof", "professor", "mr", "mrs", "ms", "md", "mbbs", "mbchb", "phd", "mph", "msc"}
    | {"facp", "frcp", "mrcp", "frcs", "dnb"}
)


def name_key(name: str) -> str:
    """'Dr. José  Pérez-Luna, MD' → 'jose luna perez': for comparing names, not for showing."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.sub(r"[^0-9a-z]+", " ", plain).split() if w not in NAME_NOISE]
    return " ".join(sorted(words))


def identity_key(name: str, institution: str) -> str:
    """Name and institution as written, ignoring only case and spacing."""
    return "\n".join(" ".join(part.casefold().split()) for part in (name, institution))


@lru_cache(maxsize=4096)
def institution_key(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


def similar_institutions(mine: str, theirs: str) -> bool:
    """Similar, or unknown on either side (which does not tell two people apart)."""
    a, b = institution_key(mine), institution_key(theirs)
    return not (a and b) or fuzz.token_set_ratio(a, b) >= INSTITUTION_THRESHOLD


Named = tuple[str, bool]  # a name, and whether the person has a LinkedIn profile
Close = dict[int, list[tuple[int, float]]]


def close_names(rows: list[Named], known: list[Named], asking: list[int]) -> tuple[Close, Close]:
    """For each row index in `asking`: the stored contacts (indexes into `known`) and the
    earlier rows of the file whose names score at least NAME_THRESHOLD."""
    row_keys = [(name_key(name), has_profile) for name, has_profile in rows]
    queries = [(row, *row_keys[row]) for row in asking]
    known_keys = [(name_key(name), has) for name, has in known]
    close_known, close_all = _close_pairs(queries, [known_keys, row_keys])
    close_rows: Close = {}
    for row, pairs in close_all.items():
        earlier = [(other, score) for other, score in pairs if other < row]
        if earlier:
            close_rows[row] = earlier
    return close_known, close_rows


def _close_pairs(queries: list[tuple[int, str, bool]], pools: list[list[Named]]) -> list[Close]:
    """Close names between queries (row, name key, has a profile) and each pool.

    Two people who both have a LinkedIn profile are never compared: different profiles are
    different people, and the same profile was already a match. That keeps a LinkedIn export
    from comparing every connection with every other. Equal name keys are scored once, and the
    words were sorted in `name_key`, so plain `ratio` here is `token_sort_ratio`. Only names
    that share a block (see `blocking`) are compared, which keeps the work near-linear; the
    pools are blocked together, once. In each pool's answer, the names come in the order of
    their first row, as a full comparison would give them.
    """
    found: list[Close] = [{} for _ in pools]
    for with_profile in (True, False):
        asking: dict[str, list[int]] = defaultdict(list)
        for row, key, has_profile in queries:
            if key and has_profile == with_profile:
                asking[key].append(row)
        answering: list[dict[str, list[int]]] = []
        for pool in pools:
            answers: dict[str, list[int]] = defaultdict(list)
            for index, (key, has_profile) in enumerate(pool):
                if key and not (with_profile and has_profile):
                    answers[key].append(index)
            answering.append(answers)
        if not asking or not any(answering):
            continue
        answer_keys = dict.fromkeys(key for answers in answering for key in answers)
        keys = list(answer_keys) + [key for key in asking if key not in answer_keys]
        is_answer = np.arange(len(keys)) < len(answer_keys)
        is_asked = np.fromiter((key in asking for key in keys), dtype=np.bool_, count=len(keys))
        close: dict[int, list[tuple[int, float]]] = defaultdict(list)
        for (mine, theirs), score in close_pairs(keys, is_asked, is_answer, NAME_THRESHOLD).items():
            close[mine].append((theirs, score))
        for answers, result in zip(answering, found, strict=True):
            order = {key: position for position, key in enumerate(answers)}
            for mine, pairs in close.items():
                ranked = sorted(
                    (order[key], key, score)
                    for key, score in ((keys[theirs], score) for theirs, score in pairs)
                    if key in order
                )
                for _, key, score in ranked:
                    for row in asking[keys[mine]]:
                        result.setdefault(row, []).extend((other, score) for other in answers[key])
    return found
