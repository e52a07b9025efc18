"""Program selection: catalogue, profile, chances, fees and the list optimiser. No Django here.

The web and command-line layers call build_shortlist() with a Profile, a list of Programs and
the applicant's NetworkTies; everything else here serves that call or reads its inputs.
"""

from matchwise.selection.catalogue import CatalogueError, Program, RowProblem, ScoreBox
from matchwise.selection.catalogue_csv import (
    catalogue_csv_text,
    catalogue_json_records,
    parse_catalogue_csv,
    parse_catalogue_json,
    read_catalogue,
)
from matchwise.selection.catalogue_import import (
    parse_acgme_listing,
    parse_nrmp_program_list,
    parse_program_records,
)
from matchwise.selection.fees import FeeSchedule, fee_schedule, seasons
from matchwise.selection.geography import zip_coordinates
from matchwise.selection.model import MatchModel, shipped_model
from matchwise.selection.outcomes import read_outcomes
from matchwise.selection.profile import Profile, ProfileError, load_profile, profile_from_mapping
from matchwise.selection.sample import SAMPLE_LABEL, sample_catalogue
from matchwise.selection.shortlist import DEFAULT_STOP_BELOW, build_shortlist
from matchwise.selection.shortlist_result import Objective, Shortlist
from matchwise.selection.ties import NetworkTies

__all__ = [
    "DEFAULT_STOP_BELOW",
    "SAMPLE_LABEL",
    "CatalogueError",
    "FeeSchedule",
    "MatchModel",
    "NetworkTies",
    "Objective",
    "Profile",
    "ProfileError",
    "Program",
    "RowProblem",
    "ScoreBox",
    "Shortlist",
    "build_shortlist",
    "catalogue_csv_text",
    "catalogue_json_records",
    "fee_schedule",
    "load_profile",
    "parse_acgme_listing",
    "parse_catalogue_csv",
    "parse_catalogue_json",
    "parse_nrmp_program_list",
    "parse_program_records",
    "profile_from_mapping",
    "read_catalogue",
    "read_outcomes",
    "sample_catalogue",
    "seasons",
    "shipped_model",
    "zip_coordinates",
]
