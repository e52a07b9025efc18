"""Applications made through the service, as the pages and commands make them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from matchwise.season import services
from matchwise.season.models import Application
from matchwise.season.programs import ProgramFacts

APPLIED_ON = date(2026, 9, 24)


@pytest.fixture
def make_application(db: None) -> Callable[..., Application]:
    counter = iter(range(1, 10_000))

    def make(name: str = "Lakeside Internal Medicine", **fields: Any) -> Application:
        values: dict[str, Any] = {
            "program_id": f"P{next(counter):04d}",
            "institution": "Lakeside General Hospital",
            "state": "OH",
        } | fields
        zone = values.pop("time_zone", "")
        fees = values.pop("fees_usd", 11)
        applied_on = values.pop("applied_on", APPLIED_ON)
        facts = ProgramFacts(name=name, **values)
        return services.add_application(facts, services.Submission(applied_on, fees, zone))

    return make
