"""What each program is worth to the applicant, for the expected-utility objective.

One rule, used by every caller: a base of 1 (every program on the list is worth matching at),
plus a bonus for a home or preferred state, for the preferred setting, and for the programs the
applicant names as favourites, the first named worth the most.
"""

from collections.abc import Sequence

from matchwise.selection.catalogue import Program
from matchwise.selection.profile import Profile
from matchwise.selection.vocabulary import SettingPreference

BASE = 1.0
STATE_BONUS = 0.5
SETTING_BONUS = 0.25
FAVOURITE_BONUS = 1.0  # any favourite
FAVOURITE_ORDER_BONUS = 0.5  # the first of k favourites gets all of it, the last 1/k of it


def program_utility(profile: Profile, program: Program, favourites: Sequence[str] = ()) -> float:
    """The utility of matching at `program`; `favourites` are program ids, best first."""
    value = BASE
    if program.state is not None and (
        program.state == profile.home_state or program.state in profile.preferred_states
    ):
        value += STATE_BONUS
    wanted = profile.setting_preference
    if (
        wanted is not SettingPreference.ANY
        and program.setting is not None
        and wanted.accepts(program.setting)
    ):
        value += SETTING_BONUS
    if program.program_id in favourites:
        k = len(favourites)
        place = favourites.index(program.program_id)
        value += FAVOURITE_BONUS + FAVOURITE_ORDER_BONUS * (k - place) / k
    return value
