"""What a couple's rank list may hold (no Django import).

A couple ranks ordered pairs: a program for you and one for your partner, either of which may
be "no match" (that partner goes unmatched while the other takes the program), never both.
Each pair appears once (by program code, as NRMP reads it). Your side names one of your
applications: by its program id, with its catalogue where two of your applications share that id
(`program_ids` finds it). It must be a program you interviewed at, as on a single rank list,
unless you force it with a reason (an interview that went unrecorded); your partner's side must
be one of the programs recorded for your partner.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from matchwise.season.rank_rules import Candidate
from matchwise.season.status_rules import REASON_LENGTH, is_interviewed

NO_MATCH = "none"  # how a "no match" side is written on the command line and in a form
MOST_PAIRS = 999


@dataclass(frozen=True)
class PairChoice:
    """One pair as given: your program's id and your partner's, None for "no match"."""

    mine: str | None
    partner: str | None
    reason: str = ""  # forces a program of yours you have not interviewed at (yet)
    # The catalogue of your program ("" for one typed in by hand); None: the id is enough,
    # as it is unless two of your applications share it.
    catalogue: str | None = None

    @property
    def key(self) -> tuple[str | None, str | None]:
        return (self.mine, self.partner)


def side(text: str) -> str | None:
    """A side as typed: NO_MATCH, "-" or nothing is "no match", anything else a program id."""
    text = text.strip()
    return None if text.casefold() in ("", "-", NO_MATCH) else text


def pair_problems(
    pairs: Sequence[PairChoice],
    mine: Sequence[Candidate | str | None],
    partner_programs: Mapping[str, str],
    partner_name: str,
) -> list[str]:
    """Every reason these pairs cannot be the couple's list, in the order given (pairs are
    numbered from 1); empty when they can. `mine[i]` is the application pair i names on your
    side, or why it names none (a sentence), None for "no match"; `partner_programs` maps id →
    name."""
    assert len(mine) == len(pairs), "one side of yours for each pair"
    problems: list[str] = []
    if len(pairs) > MOST_PAIRS:
        return [f"{len(pairs)} pairs: a couple's list holds at most {MOST_PAIRS}."]
    seen: dict[tuple[str | None, str | None], int] = {}
    for number, pair in enumerate(pairs, start=1):
        where = f"Pair {number}"
        if pair.mine is None and pair.partner is None:
            problems.append(
                f"{where} is “no match” on both sides; leave it off: that is where the Match "
                "leaves you both when no pair above works."
            )
            continue
        if pair.key in seen:
            problems.append(f"{where} repeats pair {seen[pair.key]}; rank each pair once.")
            continue
        seen[pair.key] = number
        problems.extend(f"{where}: {p}" for p in _my_side(pair, mine[number - 1]))
        if pair.partner is not None and pair.partner not in partner_programs:
            problems.append(
                f"{where}: {pair.partner} is not one of {partner_name}'s programs; add it first."
            )
    return problems


def _my_side(pair: PairChoice, candidate: Candidate | str | None) -> list[str]:
    reason = pair.reason.strip()
    if len(reason) > REASON_LENGTH:
        return [f"keep the reason under {REASON_LENGTH} characters."]
    if pair.mine is None:
        return []
    if not isinstance(candidate, Candidate):
        return [candidate or f"{pair.mine} is not one of your applications."]
    if not is_interviewed(candidate.status) and not reason:
        return [
            f"{candidate.name} ({pair.mine}) is “{candidate.status.label}”: only programs you "
            "interviewed at can be ranked; give a reason to rank it anyway."
        ]
    return []
