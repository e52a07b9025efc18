"""How well the "about them" check judges a set of messages labelled by hand. No Django import.

A message labelled `specific` is judged right when the check finds nothing; one labelled
`generic` when the check says something (advice or block). A specific message the check
*blocks* is the worst mistake: it stops a good message. The set lives in
tests/outreach/evaluation.toml; the test suite and bench/outreach.py both score it here.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from matchwise.outreach import checks
from matchwise.outreach.findings import Check, Severity
from matchwise.outreach.kinds import MessageKind

LABELS = ("specific", "generic")


@dataclass(frozen=True)
class Labelled:
    kind: MessageKind
    label: str
    body: str


@dataclass(frozen=True)
class Verdict:
    message: Labelled
    flagged: bool
    blocked: bool

    @property
    def right(self) -> bool:
        return self.flagged is (self.message.label == "generic")


@dataclass(frozen=True)
class Score:
    verdicts: Sequence[Verdict]

    @property
    def right(self) -> int:
        return sum(v.right for v in self.verdicts)

    @property
    def share_right(self) -> float:
        return self.right / len(self.verdicts) if self.verdicts else 0.0

    @property
    def specific_blocked(self) -> list[Labelled]:
        return [v.message for v in self.verdicts if v.message.label == "specific" and v.blocked]

    def by_group(self) -> dict[tuple[MessageKind, str], tuple[int, int]]:
        """(right, total) for each kind and label."""
        right: Counter[tuple[MessageKind, str]] = Counter()
        total: Counter[tuple[MessageKind, str]] = Counter()
        for verdict in self.verdicts:
            key = (verdict.message.kind, verdict.message.label)
            right[key] += verdict.right
            total[key] += 1
        return {key: (right[key], total[key]) for key in sorted(total)}


def load(path: Path) -> list[Labelled]:
    """The `[[message]]` tables of a TOML file; a bad entry stops with its number and field."""
    try:
        entries = tomllib.loads(path.read_text(encoding="utf-8")).get("message", [])
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ValueError(f"{path}: {error}") from error
    messages = []
    for number, entry in enumerate(entries, start=1):
        where = f"{path}, message {number}"
        try:
            kind = MessageKind(entry.get("kind", ""))
        except ValueError:
            raise ValueError(f"{where}: kind {entry.get('kind')!r} is not a kind") from None
        if entry.get("label") not in LABELS:
            raise ValueError(f"{where}: label must be one of {', '.join(LABELS)}")
        if not str(entry.get("body", "")).strip():
            raise ValueError(f"{where}: body is empty")
        messages.append(Labelled(kind, entry["label"], entry["body"].strip()))
    return messages


def judge(message: Labelled) -> Verdict:
    found = [
        f
        for f in checks.check(checks.Draft(message.kind, message.body))
        if f.check is Check.NOT_SPECIFIC
    ]
    return Verdict(message, bool(found), any(f.severity is Severity.BLOCK for f in found))


def score(messages: Iterable[Labelled]) -> Score:
    return Score([judge(message) for message in messages])
