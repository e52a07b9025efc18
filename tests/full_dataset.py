"""Rows in every model a backup holds, from each app's own test dataset."""

from __future__ import annotations

from tests.network.exporting.dataset import build_dataset
from tests.outreach.dataset import build_outreach_dataset
from tests.programs.dataset import build_programs_dataset
from tests.rotations.dataset import build_rotations_dataset
from tests.season.dataset import build_season_dataset


def build_everything() -> None:
    build_dataset()
    build_programs_dataset()
    build_outreach_dataset()
    build_rotations_dataset()
    build_season_dataset()
