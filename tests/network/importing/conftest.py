"""The fixture files of the import tests, read by name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixture_bytes() -> Callable[[str], bytes]:
    """Read a file of `fixtures/` as the upload page or the CLI would hand it over."""

    def read(name: str) -> bytes:
        return (FIXTURES / name).read_bytes()

    return read
