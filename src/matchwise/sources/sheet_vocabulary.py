"""What a program sheet's headers and values mean: the one table, read by `sheet` and shown in
docs/catalogue-sources.md (a test checks that the page shows `markdown()` as it is).

Headers are compared after `words`: lower case, "J-1" and "H-1B" written "j1" and "h1b", "%"
read as the word "percent", other punctuation dropped. A header is recognised when it is one
of a column's forms, or else when it holds all the words of one of the column's keyword sets
(the first column in table order wins).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Fields that say whom a row is about (SourceRow's own fields).
IDENTITY = (
    "nrmp_code",
    "acgme_id",
    "program_name",
    "institution",
    "city",
    "state",
    "location",  # "Tampa, FL": city and state in one cell
    "specialty",
)
# Readers of values, by kind (see `sheet_values`).
KINDS = (
    "text",
    "state",
    "city, state",
    "yes/no",
    "visa",
    "years",
    "months",
    "attempts",
    "percent",
    "score",
)


@dataclass(frozen=True)
class Column:
    field: str  # a SourceRow field, a catalogue attribute, or "visa" (J-1 and H-1B at once)
    kind: str
    headers: tuple[str, ...]  # as people write them; compared after `words`
    keywords: tuple[tuple[str, ...], ...] = ()


COLUMNS: tuple[Column, ...] = (
    Column(
        "nrmp_code",
        "text",
        ("NRMP code", "NRMP", "NRMP ID", "NRMP #", "Program code", "Program ID"),
        (("nrmp",),),
    ),
    Column("acgme_id", "text", ("ACGME ID", "ACGME", "ACGME code", "ACGME #"), (("acgme",),)),
    Column("program_name", "text", ("Program", "Program name", "Residency program", "Programme")),
    Column(
        "institution",
        "text",
        ("Hospital", "Institution", "Sponsoring institution", "Medical center", "Sponsor"),
        (("hospital",), ("institution",)),
    ),
    Column("city", "text", ("City", "Town"), (("city",),)),
    Column("state", "state", ("State", "ST", "State code"), (("state",),)),
    Column("location", "city, state", ("Location", "City, State", "City/State"), (("location",),)),
    Column("specialty", "text", ("Specialty", "Speciality", "Field"), (("specialty",),)),
    Column(
        "visa_j1",
        "visa",
        ("J1?", "J-1", "J1", "J1 visa", "J-1 sponsor", "Sponsors J1"),
        (("j1",),),
    ),
    Column(
        "visa_h1b",
        "visa",
        ("H1B", "H-1B", "H-1B visa", "H1B?", "H1B sponsor", "Sponsors H1B"),
        (("h1b",),),
    ),
    Column("visa", "visa", ("Visa", "Visas", "Visa sponsorship", "Visa sponsored"), (("visa",),)),
    Column(
        "yog_max_years",
        "years",
        ("YOG cutoff", "YOG", "Years since grad", "Years since graduation", "Graduation cutoff"),
        (("yog",), ("years", "grad"), ("graduation",)),
    ),
    Column(
        "max_attempts",
        "attempts",
        ("Attempts", "Max attempts", "Attempts allowed", "Attempt limit"),
        (("attempt",), ("attempts",)),
    ),
    Column(
        "usce_required_months",
        "months",
        ("USCE req", "USCE", "USCE required", "US clinical experience"),
        (("usce",), ("clinical", "experience")),
    ),
    Column(
        "step2_minimum",
        "score",
        ("Step 2 min", "Step 2 CK cutoff", "Step 2 cutoff", "CK min", "Min Step 2"),
        (("step", "2"), ("step2",), ("ck",)),
    ),
    Column(
        "residents_us_img_pct",
        "percent",
        ("% US IMG", "US IMG %"),
        (("us", "img", "percent"),),
    ),
    Column(
        "residents_non_us_img_pct",
        "percent",
        ("% IMG", "IMG %", "% FMG", "FMG %", "% non-US IMG", "IMG share", "IMGs"),
        (("img", "percent"), ("fmg", "percent"), ("img", "share")),
    ),
    Column(
        "interview_rate_non_us_img",
        "percent",
        ("IMG interview rate", "Interview rate"),
        (("interview", "rate"),),
    ),
    Column(
        "prior_gme_required",
        "yes/no",
        ("Prior GME", "Prior GME required", "Prior residency required"),
        (("prior", "gme"),),
    ),
)
BY_FIELD = {column.field: column for column in COLUMNS}

# Value forms, compared after `words`.
UNKNOWN_FORMS = ("n/a", "na", "?", "unknown", "unk", "not sure", "tbd", "-", "—")
YES_FORMS = ("yes", "y", "✓", "✔", "x", "true", "sponsors", "required")
NO_FORMS = ("no", "n", "✗", "✘", "false", "none", "not required", "no sponsorship")
NO_LIMIT_FORMS = ("no cutoff", "no limit", "any", "none", "no", "not required")


@dataclass(frozen=True)
class Form:
    """Accepted ways of writing one value: shown in the docs and checked by a test (each
    example, read as `column`, gives `facts`; `note`: the text is kept in the notes)."""

    columns: str
    column: str
    examples: tuple[str, ...]
    means: str
    facts: tuple[tuple[str, bool | int | float], ...] = ()
    note: bool = False


J1, H1B = "visa_j1", "visa_h1b"
FORMS: tuple[Form, ...] = (
    Form("every column", J1, ("", *UNKNOWN_FORMS), "not known: no fact (never a no)"),
    Form("J-1, H-1B, yes/no", J1, YES_FORMS, "yes", ((J1, True),)),
    Form("J-1, H-1B, yes/no", J1, NO_FORMS, "no", ((J1, False),)),
    Form(
        "J-1, H-1B, Visa",
        J1,
        ("J1 only", "J-1 only"),
        "J-1 yes, H-1B no",
        ((J1, True), (H1B, False)),
    ),
    Form(
        "J-1, H-1B, Visa",
        J1,
        ("H1B only", "H-1B only"),
        "H-1B yes, J-1 no",
        ((H1B, True), (J1, False)),
    ),
    Form(
        "J-1, H-1B, Visa",
        "visa",
        ("J1, H1B", "J1/H1B", "both"),
        "J-1 yes, H-1B yes",
        ((J1, True), (H1B, True)),
    ),
    Form(
        "J-1, H-1B, Visa",
        "visa",
        ("J1, no H1B", "J-1 (not H-1B)"),
        "yes for the visa named, no for the one denied",
        ((J1, True), (H1B, False)),
    ),
    Form("Visa", "visa", ("J1", "J-1"), "J-1 yes; H-1B not known", ((J1, True),)),
    Form("Visa", "visa", ("H1B", "H-1B"), "H-1B yes; J-1 not known", ((H1B, True),)),
    Form("Visa", "visa", ("no", "none", "no visa"), "J-1 no, H-1B no", ((J1, False), (H1B, False))),
    Form(
        "years",
        "yog_max_years",
        ("5", "5 yrs", "5 years", "≤5 yrs", "<= 5", "within 5 years", "5 or less"),
        "at most 5 years since graduation",
        (("yog_max_years", 5),),
    ),
    Form(
        "years",
        "yog_max_years",
        ("< 5 years", "<5"),
        "at most 4 (fewer than 5 whole years)",
        (("yog_max_years", 4),),
    ),
    Form(
        "years, attempts",
        "yog_max_years",
        NO_LIMIT_FORMS,
        "no fact; the text is kept in the notes",
        note=True,
    ),
    Form(
        "months",
        "usce_required_months",
        ("6", "6 months", "6 mo"),
        "6 months",
        (("usce_required_months", 6),),
    ),
    Form(
        "months",
        "usce_required_months",
        ("1 yr", "1 year", "12 months"),
        "12 months",
        (("usce_required_months", 12),),
    ),
    Form(
        "months",
        "usce_required_months",
        ("no", "none", "not required", "0"),
        "0: none required",
        (("usce_required_months", 0),),
    ),
    Form(
        "months",
        "usce_required_months",
        ("yes", "required", "preferred"),
        "no fact (the months are not said); the text is kept in the notes",
        note=True,
    ),
    Form(
        "attempts",
        "max_attempts",
        ("1", "1 attempt", "first attempt", "first attempt only", "no fails"),
        "1",
        (("max_attempts", 1),),
    ),
    Form("attempts", "max_attempts", ("≤2", "max 2", "2 max"), "2", (("max_attempts", 2),)),
    Form(
        "percent",
        "residents_non_us_img_pct",
        ("40%", "40 %", "40", "~40%", "0.4"),
        "40 (a number above 0 and below 1 is a share)",
        (("residents_non_us_img_pct", 40.0),),
    ),
    Form(
        "score",
        "step2_minimum",
        ("230", "230+", "≥ 230", ">= 230", "min 230", "230 min"),
        "230",
        (("step2_minimum", 230),),
    ),
    Form(
        "score",
        "step2_minimum",
        ("> 229",),
        "230: one more than the number",
        (("step2_minimum", 230),),
    ),
)

DASHED_VISA = re.compile(r"\b([jh])\s*[-‐–.]?\s*1\s*[-‐–.]?\s*(b?)\b", re.IGNORECASE)


def words(text: str) -> str:
    """Text as headers and values are compared: 'H-1B visa?' -> 'h1b visa ?'."""
    lowered = DASHED_VISA.sub(lambda m: f" {m.group(1)}1{m.group(2)} ", text.lower())
    lowered = lowered.replace("%", " percent ").replace("#", " number ")
    return " ".join(re.sub(r"[^\w✓✔✗✘?<>=≤≥~+.—-]+", " ", lowered).split())


def header_words(text: str) -> str:
    """Headers drop their punctuation too: 'J1?' -> 'j1', 'NRMP #' -> 'nrmp number'."""
    return " ".join(re.sub(r"[^\w]+", " ", words(text)).split())


HEADERS = {header_words(h): c.field for c in COLUMNS for h in c.headers}
UNKNOWN = frozenset(words(f) for f in ("", *UNKNOWN_FORMS))
YES = frozenset(words(f) for f in YES_FORMS)
NO = frozenset(words(f) for f in NO_FORMS)
NO_LIMIT = frozenset(words(f) for f in NO_LIMIT_FORMS)


def field_for(header: str) -> str:
    """The field a header names, or '' when it names none."""
    found = header_words(header)
    if found in HEADERS:
        return HEADERS[found]
    present = set(found.split())
    for column in COLUMNS:
        if any(present.issuperset(needed) for needed in column.keywords):
            return column.field
    return ""


def markdown() -> str:
    """The two tables of docs/catalogue-sources.md: headers, then value forms."""
    lines = ["| column | read as | headers recognised | or any header with the words |"]
    lines.append("|---|---|---|---|")
    for column in COLUMNS:
        headers = ", ".join(f"`{h}`" for h in column.headers)
        keys = "; ".join(" + ".join(f"`{w}`" for w in needed) for needed in column.keywords)
        lines.append(f"| `{column.field}` | {column.kind} | {headers} | {keys or '—'} |")
    lines += ["", "| columns | written as | means |", "|---|---|---|"]
    for form in FORMS:
        written = ", ".join(f"`{e}`" if e else "empty" for e in form.examples)
        lines.append(f"| {form.columns} | {written} | {form.means} |")
    return "\n".join(lines) + "\n"
