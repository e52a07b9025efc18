"""The order of a list when chances tie, and which tracks are backups rather than the list.

Chances within TIE (0.1 percentage point) of each other count as equal: the catalogue cannot
tell those programs apart, so they are ordered by the applicant's stated preferences, then by
how much the catalogue says about them, then by their fill history (programs that left positions
unmatched in more of their Match years first; see fill_history.py), then by name — never
silently by file order.
"""

from collections.abc import Sequence
from itertools import pairwise

from matchwise.selection.catalogue import Program
from matchwise.selection.chances import Chance
from matchwise.selection.fill_history import unfilled_share
from matchwise.selection.preferences import program_utility
from matchwise.selection.profile import Profile
from matchwise.selection.vocabulary import Visa

TIE = 0.001
BACKUPS_SHOWN = 10


def is_backup(program: Program) -> bool:
    """Preliminary and transitional-year tracks: a year of training, not a residency."""
    track = (program.track or "").lower()
    return "preliminary" in track or "transitional" in program.specialty.lower()


def evidence_count(profile: Profile, program: Program) -> int:
    """How many of the things that tell programs apart the catalogue holds for this one."""
    known = [
        program.positions is not None and program.filled is not None,
        program.residents_non_us_img_pct is not None or program.residents_us_img_pct is not None,
        profile.visa is Visa.NONE
        or (program.visa_j1 if profile.visa is Visa.J1 else program.visa_h1b) is not None,
        program.interview_rate_pct(profile.applicant_type) is not None,
    ]
    return sum(known)


def order_key(
    profile: Profile, program: Program, chance: Chance, favourites: Sequence[str]
) -> tuple[object, ...]:
    favourite = favourites.index(program.program_id) if program.program_id in favourites else None
    return (
        0 if favourite is not None else 1,
        favourite or 0,
        -round(chance.p / TIE),
        -program_utility(profile, program),
        -evidence_count(profile, program),
        -unfilled_share(program),
        program.name,
        program.program_id,
    )


def selection_key(
    profile: Profile, program: Program, chance: Chance, favourites: Sequence[str]
) -> tuple[object, ...]:
    """The order programs are taken in when the list is built: favourites, then the higher
    chance, however small the difference; the tie-breaks of `order_key` only for chances that
    are equal. Taking a program with half the chance because it ties within TIE would lower
    P(match) (the list's order on the page still follows `order_key`)."""
    key = order_key(profile, program, chance, favourites)
    return (*key[:2], -round(chance.p, 12), *key[3:])


def tied_flags(chances: Sequence[float]) -> list[bool]:
    """For each chance (in the order given), whether another lies within TIE of it."""
    order = sorted(range(len(chances)), key=lambda i: chances[i])
    flags = [False] * len(chances)
    for a, b in pairwise(order):
        if chances[b] - chances[a] <= TIE:
            flags[a] = flags[b] = True
    return flags
