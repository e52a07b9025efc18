"""Which LCA filings show that an employer sponsors H-1B residents and fellows.

A filing counts when all four hold (docs/catalogue-sources.md says the same in words, and a
test checks the tables there against these rules):

1. its status is Certified. "Certified - Withdrawn" does not count: the employer took the
   filing back, often before anyone started, so it shows an intention at most; Denied and
   Withdrawn never count;
2. its visa class is H-1B (not H-1B1 Chile or Singapore, not E-3 Australian);
3. its SOC code is a physician's or surgeon's: 29-1060 to 29-1069 (SOC 2010, used until
   fiscal 2020) or 29-1210 to 29-1229 and 29-1240 to 29-1249 (SOC 2018); 29-129x, other
   practitioners such as dental hygienists, does not count;
4. its job title names a trainee: resident, residency, PGY with a year, house officer or house
   staff, intern, fellow; but not a title that only looks like one (resident manager,
   residential counselor, non-resident, postdoctoral fellow).
"""

from __future__ import annotations

import re
from datetime import date

COUNTED_STATUS = "certified"
COUNTED_VISA = "h1b"
PHYSICIAN_SOC = re.compile(r"29-?(106\d|12[12]\d|124\d)")
TRAINEE_TITLE = re.compile(
    r"\b(residents?|residency|pgy\s*-?\s*\d|house\s*(officer|staff)|interns?|fellows?)\b",
    re.IGNORECASE,
)
NOT_A_TRAINEE = re.compile(
    r"\bresident\s+(managers?|counsel+ors?|assistants?|advis[eo]rs?|directors?|services|aides?)\b"
    r"|\bresidential\b|\bnon[\s-]*residents?\b|\bpost[\s-]*doc",
    re.IGNORECASE,
)
LETTERS_AND_DIGITS = re.compile(r"[^a-z0-9]+")


def plain(text: str) -> str:
    """Lower case, letters and digits only: 'Certified - Withdrawn' -> 'certifiedwithdrawn'."""
    return LETTERS_AND_DIGITS.sub("", text.lower())


def counted_status(status: str) -> bool:
    return plain(status) == COUNTED_STATUS


def counted_visa(visa_class: str) -> bool:
    return plain(visa_class) == COUNTED_VISA


def physician_soc(code: str) -> bool:
    """'29-1228.00', '29-1228' or '291228' (with or without the decimals)."""
    return PHYSICIAN_SOC.match(code.strip().lstrip("=").strip('"')) is not None


def trainee_title(title: str) -> bool:
    return TRAINEE_TITLE.search(title) is not None and NOT_A_TRAINEE.search(title) is None


def counts(status: str, visa_class: str, soc_code: str, job_title: str) -> bool:
    """Whether one filing shows H-1B sponsorship of a resident or fellow (all four rules)."""
    return (
        counted_status(status)
        and counted_visa(visa_class)
        and physician_soc(soc_code)
        and trainee_title(job_title)
    )


def fiscal_year(day: date) -> int:
    """The US federal fiscal year a date falls in: it starts on 1 October."""
    return day.year + 1 if day.month >= 10 else day.year
