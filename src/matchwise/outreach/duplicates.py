"""Near-duplicates: the same message sent to many people with only the name changed.

Texts are compared with rapidfuzz's `ratio` (an edit-distance similarity, 0–100) after folding
case and spacing. At SIMILARITY_THRESHOLD (90) a message whose greeting and name alone differ
is caught, while two messages that share a template but each carry a paragraph of their own
stay apart. No Django import.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

SIMILARITY_THRESHOLD = 90
# Very short texts ("Thank you!") are alike by nature; comparing them says nothing.
MIN_LENGTH = 40


@dataclass(frozen=True)
class SentText:
    recipient: str
    text: str


@dataclass(frozen=True)
class NearDuplicate:
    recipient: str
    similarity: int


def fold(text: str) -> str:
    return " ".join(text.casefold().split())


def nearest(text: str, sent: Sequence[SentText]) -> NearDuplicate | None:
    """The sent message most like `text`, if it is at least SIMILARITY_THRESHOLD alike."""
    query = fold(text)
    if len(query) < MIN_LENGTH or not sent:
        return None
    found = process.extractOne(
        query,
        [fold(item.text) for item in sent],
        scorer=fuzz.ratio,
        score_cutoff=SIMILARITY_THRESHOLD,
    )
    if found is None:
        return None
    _, score, index = found
    return NearDuplicate(sent[index].recipient, int(score))
