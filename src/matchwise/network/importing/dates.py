"""Reading the dates people and programs write: ISO, US month/day/year, month names, Excel cells."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta

NUMERIC = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$")
ISO_WITH_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?Z?$")
NAMED_FORMATS = ("%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y", "%d %b %y", "%d %B %y")
# Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in). Only serials that land
# between 1950 and 2100 are taken as dates, so a stray number is not read as a day in 1905.
EXCEL_EPOCH = date(1899, 12, 30)
EXCEL_SERIALS = range(18264, 73051)


def read_date(value: object, *, day_first: bool = False) -> date:
    """The date in a cell or field; raises ValueError saying what could not be read.

    Numeric dates with the year last are month/day/year, as in the US, unless `day_first`.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if int(value) in EXCEL_SERIALS:
            return EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueError(f"{value!r} is not a date")
    text = str(value).strip()
    with_time = ISO_WITH_TIME.match(text)
    if with_time:
        text = with_time.group(1)
    numeric = NUMERIC.match(text)
    try:
        if numeric:
            return _numeric_date(*numeric.groups(), day_first=day_first)
        return _named_date(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date") from None


def prefers_day_first(texts: Iterable[object]) -> bool:
    """True when these numeric dates (a sheet's, say) can only be day/month/year.

    A file is read one way throughout: if some date has a first number above 12 and none has a
    second number above 12, all of them are day-first (as most of the world writes dates).
    """
    first_over_12 = second_over_12 = False
    for text in texts:
        numeric = NUMERIC.match(str(text).strip()) if isinstance(text, str) else None
        if numeric is None or len(numeric.group(1)) == 4:
            continue
        first_over_12 = first_over_12 or int(numeric.group(1)) > 12
        second_over_12 = second_over_12 or int(numeric.group(2)) > 12
    return first_over_12 and not second_over_12


def _numeric_date(first: str, second: str, third: str, *, day_first: bool) -> date:
    if len(first) == 4:
        return date(int(first), int(second), int(third))
    if len(third) not in (2, 4):
        raise ValueError(third)
    year = int(third) if len(third) == 4 else _century(int(third))
    month, day = (second, first) if day_first else (first, second)
    return date(year, int(month), int(day))


def _century(two_digits: int) -> int:
    # The same pivot as strptime's %y: 69–99 are the 1900s, 00–68 the 2000s.
    return 1900 + two_digits if two_digits >= 69 else 2000 + two_digits


def _named_date(text: str) -> date:
    cleaned = re.sub(r"[,\-]", " ", text)
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"\bsept\b", "sep", cleaned, flags=re.IGNORECASE)
    cleaned = " ".join(cleaned.split())
    for pattern in NAMED_FORMATS:
        try:
            return datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)
