"""Fixtures for the export tests."""

from __future__ import annotations

import pytest

from tests.network.exporting.dataset import Dataset, build_dataset


@pytest.fixture
def dataset(db: None) -> Dataset:
    return build_dataset()
