"""A SOAP list made through the services, as the pages and commands make it."""

from __future__ import annotations

from datetime import UTC, date, datetime

from matchwise.season import soap
from matchwise.season.models import SoapProgram
from matchwise.season.unfilled_rows import read_unfilled

TODAY = date(2027, 3, 15)
NOW = datetime(2027, 3, 17, 14, 0, tzinfo=UTC)


def listed(*lines: str) -> list[SoapProgram]:
    return soap.import_unfilled(read_unfilled("\n".join(lines), "pasted"), "pasted", TODAY)


def many(count: int) -> list[SoapProgram]:
    return listed(*(f"{1000000 + n}A1 Program {n}" for n in range(count)))
