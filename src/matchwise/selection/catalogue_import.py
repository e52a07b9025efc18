"""Readers for published layouts other than ours: NRMP program list, ACGME listing,
per-program records. Each keeps what the layout knows and leaves the rest unknown."""

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from matchwise.selection.catalogue import CatalogueError, Program, RowProblem, ScoreBox
from matchwise.selection.catalogue_limits import (
    MAX_NUMBER_DIGITS,
    check_program_count,
    dict_rows,
    load_json,
    program_problems,
    shown,
    stop_when_too_many,
)
from matchwise.selection.states import state_code
from matchwise.selection.vocabulary import Setting

# ACGME listings include programs that no longer train residents.
_CLOSED_STATUSES = frozenset(
    {"Voluntary Withdrawal", "Expedited Withdrawal", "Accreditation Withdrawn"}
)


def _reporter(
    into: list[RowProblem], file: str, line: int, unit: str = "line"
) -> Callable[[str, str], None]:
    def problem(column: str, message: str) -> None:
        into.append(RowProblem(file, line, column, message, unit))

    return problem


def _collect(
    rows: Iterable[tuple[int, dict[str, str]]],
    file: str,
    build: Callable[[dict[str, str], Callable[[str, str], None]], Program | None],
) -> list[Program]:
    problems: list[RowProblem] = []
    programs: list[Program] = []
    seen: dict[str, Program] = {}
    for line, row in rows:
        stop_when_too_many(problems, file, line)
        row_problems: list[RowProblem] = []
        problem = _reporter(row_problems, file, line)
        program = build(row, problem)
        for column, message in program_problems(program) if program is not None else ():
            problem(column, message)
        if program is not None and program.program_id in seen:
            # Published lists sometimes print a row twice: harmless when identical.
            if seen[program.program_id] == program:
                continue
            problem("program_id", f"repeats id {program.program_id} with different details")
        problems.extend(row_problems)
        if program is not None and not row_problems:
            seen[program.program_id] = program
            programs.append(program)
    if problems:
        raise CatalogueError(problems)
    return programs


def parse_nrmp_program_list(text: str, file: str, *, as_of: date, source: str) -> list[Program]:
    """NRMP program list: code, names, specialty, track and state; nothing else is known."""
    needed = (
        "nrmp_program_code",
        "program_name",
        "institution_name",
        "specialty",
        "track_type",
        "state",
    )

    def build(row: dict[str, str], problem: Callable[[str, str], None]) -> Program | None:
        code, specialty = row["nrmp_program_code"].strip(), row["specialty"].strip()
        if not code:
            problem("nrmp_program_code", "required, but empty")
        if not specialty:
            problem("specialty", "required, but empty")
        if not code or not specialty:
            return None
        # A state guessed across a boundary may be wrong: better unknown than wrong.
        uncertain = "uncertain" in row.get("state_source", "")
        institution = row["institution_name"].strip() or None
        return Program(
            program_id=code,
            name=f"{institution} — {row['program_name'].strip()}"
            if institution
            else row["program_name"].strip(),
            institution=institution,
            specialty=specialty,
            track=row["track_type"].strip() or None,
            state=None if uncertain else state_code(row["state"]),
            source=source,
            as_of=as_of,
        )

    return _collect(dict_rows(text, file, needed), file, build)


def parse_acgme_listing(
    text: str, file: str, *, specialty: str, as_of: date, source: str
) -> list[Program]:
    """ACGME public listing of one specialty: identity and location only."""
    needed = ("program_code", "program_name", "sponsoring_institution_name", "city", "state", "zip")

    def build(row: dict[str, str], problem: Callable[[str, str], None]) -> Program | None:
        if row.get("accreditation_status", "").strip() in _CLOSED_STATUSES:
            return None
        code = row["program_code"].strip()
        if not code:
            problem("program_code", "required, but empty")
            return None
        state = state_code(row["state"]) if row["state"].strip() else None
        if row["state"].strip() and state is None:
            problem("state", f"unknown state {shown(row['state'])}")
        zip_code = row["zip"].strip()[:5]
        return Program(
            program_id=code,
            name=row["program_name"].strip(),
            institution=row["sponsoring_institution_name"].strip() or None,
            specialty=specialty,
            city=row["city"].strip() or None,
            state=state,
            zip=zip_code.zfill(5) if zip_code.isdigit() else None,
            source=source,
            as_of=as_of,
        )

    return _collect(dict_rows(text, file, needed), file, build)


_SETTINGS = {
    "university-based": Setting.UNIVERSITY,
    "community-based university affiliated": Setting.COMMUNITY_AFFILIATED,
    "community-based": Setting.COMMUNITY,
}


_RATES = "interview_rate_pct_by_type"
_RESIDENTS = "resident_student_type_pct"


def _flag(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("yes", "no"):
        return value.strip().lower() == "yes"
    return None


def _int(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and len(value) <= MAX_NUMBER_DIGITS:
        try:
            return int(value.replace(",", ""))
        except ValueError:
            return None
    return None


def _box(values: object) -> ScoreBox | None:
    if (
        isinstance(values, list)
        and len(values) == 5
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)
        and all(1 <= v <= 300 for v in values)
        and values == sorted(values)
    ):
        return ScoreBox(*(float(v) for v in values))
    return None


def _table(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def _str(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _specialty_from_file(name: str) -> str | None:
    if "(" in name and name.endswith(")"):
        return name[name.index("(") + 1 : -1]
    return {"program_data_im.json": "Internal Medicine"}.get(name)


def _record_program(
    record: Mapping[str, Any], source: str, as_of: date, problem: Callable[[str, str], None]
) -> Program | None:
    specialty = _specialty_from_file(_str(record.get("specialty_file")))
    code = _str(record.get("acgme_code"))
    if not code or specialty is None:
        return None
    training = _table(record.get("training"))
    setting_text = _str(record.get("institutional_setting")) or _str(training.get("setting"))
    outcomes = _table(record.get("match_outcomes_2026"))
    trends = _table(record.get("application_trends_2026"))
    boxes = _table(record.get("step2_ck_invited"))
    img_box = next(
        (_box(v) for k, v in boxes.items() if k.startswith("Non-US IMG") and _box(v)), None
    )
    img_box = img_box or _box(boxes.get("US IMG"))
    visa = _table(record.get("visa_sponsorship"))

    def pct(table: str, key: str) -> float | None:
        """A percentage; a number outside 0-100 is a mistake in the file, never a fact."""
        value = _table(record.get(table)).get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        if not 0 <= value <= 100:
            problem(f"{table}.{key}", f"expected a percentage from 0 to 100, got {shown(value)}")
            return None
        return float(value)

    zip_code = _str(record.get("zip"))
    return Program(
        program_id=code,
        name=_str(record.get("name")) or code,
        specialty=specialty,
        city=_str(record.get("city")) or None,
        state=state_code(_str(record.get("state"))),
        zip=zip_code if len(zip_code) == 5 and zip_code.isdigit() else None,
        setting=_SETTINGS.get(setting_text.strip().lower()),
        positions=_int(outcomes.get("categorical_offered", outcomes.get("positions_offered"))),
        filled=_int(outcomes.get("categorical_filled", outcomes.get("positions_filled"))),
        applicants=_int(trends.get("eras_applicants")),
        invited=_int(trends.get("invited_to_interview")),
        interview_rate_us_md=pct(_RATES, "US MD"),
        interview_rate_us_do=pct(_RATES, "US DO"),
        interview_rate_us_img=pct(_RATES, "US IMG"),
        interview_rate_non_us_img=pct(_RATES, "Non-US IMG"),
        step2_invited=_box(boxes.get("All")),
        step2_img_invited=img_box,
        residents_non_us_img_pct=pct(_RESIDENTS, "Non-US IMG"),
        residents_us_img_pct=pct(_RESIDENTS, "US-IMG"),
        visa_j1=_flag(visa.get("j1")),
        visa_h1b=_flag(visa.get("h1b")),
        source=source,
        as_of=as_of,
    )


def parse_program_records(text: str, file: str, *, as_of: date, source: str) -> list[Program]:
    """Per-program records (a JSON object with a "records" list), one program each.

    A problem names its record by number, from 1, and the field by its key in the record."""
    data = load_json(text, file)
    records = data.get("records") if isinstance(data, dict) else data
    if not isinstance(records, list):
        raise CatalogueError([RowProblem(file, 1, "records", "expected a list of records")])
    check_program_count(len(records), file, 1)
    problems: list[RowProblem] = []
    programs: list[Program] = []
    seen: dict[str, int] = {}
    for index, record in enumerate(records, start=1):
        stop_when_too_many(problems, file, index)
        found: list[RowProblem] = []
        problem = _reporter(found, file, index, unit="record")
        program = (
            _record_program(record, source, as_of, problem) if isinstance(record, dict) else None
        )
        if program is None:
            problem("acgme_code", "needs an ACGME code and a known specialty")
            problems.extend(found)
            continue
        for column, message in program_problems(program):
            problem(column, message)
        if program.program_id in seen:
            problem("acgme_code", f"repeats the ACGME code of record {seen[program.program_id]}")
        seen.setdefault(program.program_id, index)
        problems.extend(found)
        programs.append(program)
    if problems:
        raise CatalogueError(problems)
    return programs
