"""The server's start-up: every view imported, and what start-up made kept out of the garbage
collector's full passes (it lives as long as the process)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from matchwise.site.startup import settle


@pytest.fixture
def unfrozen() -> Iterator[None]:
    yield
    gc.unfreeze()


@pytest.mark.usefixtures("unfrozen")
def test_it_freezes_what_start_up_made() -> None:
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    settle()
    assert gc.get_freeze_count() > 10_000
