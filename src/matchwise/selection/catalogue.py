"""A program as the selection engine sees it: every attribute may be unknown (None)."""

from dataclasses import dataclass
from datetime import date

from matchwise.selection.vocabulary import ApplicantType, Setting


@dataclass(frozen=True)
class ScoreBox:
    """Step 2 CK of applicants a program invited: lower whisker, quartiles, upper whisker."""

    lower: float
    q1: float
    median: float
    q3: float
    upper: float

    def as_tuple(self) -> tuple[float, float, float, float, float]:
        return (self.lower, self.q1, self.median, self.q3, self.upper)


@dataclass(frozen=True)
class Program:
    """One residency program. None always means "unknown", never "no" or "zero"."""

    program_id: str
    name: str
    specialty: str
    source: str
    as_of: date
    institution: str | None = None
    track: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    setting: Setting | None = None
    positions: int | None = None
    filled: int | None = None
    applicants: int | None = None
    invited: int | None = None
    interview_rate_us_md: float | None = None
    interview_rate_us_do: float | None = None
    interview_rate_us_img: float | None = None
    interview_rate_non_us_img: float | None = None
    step2_invited: ScoreBox | None = None
    step2_img_invited: ScoreBox | None = None
    # The lowest Step 2 CK the program says it considers (a screen, not a box of those invited).
    step2_minimum: float | None = None
    residents_non_us_img_pct: float | None = None
    residents_us_img_pct: float | None = None
    visa_j1: bool | None = None
    visa_h1b: bool | None = None
    yog_max_years: int | None = None
    max_attempts: int | None = None
    usce_required_months: int | None = None
    prior_gme_required: bool | None = None
    # Fill history from NRMP results: Match years with positions offered, those years in which
    # some positions went unmatched, matched over offered across them, and the latest year.
    fill_years_reported: int | None = None
    fill_years_unfilled: int | None = None
    fill_rate: float | None = None
    fill_last_year: int | None = None
    # Where merged values come from, for the reasons: (attribute, "evidence, source and date").
    citations: tuple[tuple[str, str], ...] = ()

    def cited(self, attribute: str) -> str:
        """': 14 LCAs for resident titles, DOL FY2025' when a source is cited, else ''."""
        for name, words in self.citations:
            if name == attribute:
                return f": {words}"
        return ""

    def interview_rate_pct(self, applicant_type: ApplicantType) -> float | None:
        """The published interview rate (0-100) for one applicant type, if known."""
        return {
            ApplicantType.US_MD: self.interview_rate_us_md,
            ApplicantType.US_DO: self.interview_rate_us_do,
            ApplicantType.US_IMG: self.interview_rate_us_img,
            ApplicantType.NON_US_IMG: self.interview_rate_non_us_img,
        }[applicant_type]

    def overall_interview_rate_pct(self) -> float | None:
        """Invited over applicants, when both counts are known."""
        if self.invited is None or not self.applicants:
            return None
        return min(100.0, 100.0 * self.invited / self.applicants)


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong in an input file, precise enough to find and fix it."""

    file: str
    line: int  # 1-based; the record's number where `unit` is "record" (a JSON list)
    column: str
    message: str
    unit: str = "line"

    def __str__(self) -> str:
        if self.unit != "line":
            return f"{self.file}: {self.unit} {self.line}: {self.column}: {self.message}"
        return f"{self.file}:{self.line}: {self.column}: {self.message}"


class CatalogueError(ValueError):
    """Raised with every problem found, so an import can be all-or-nothing."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        shown = "\n".join(str(p) for p in problems[:20])
        more = f"\n... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"{len(problems)} problem(s) in the catalogue:\n{shown}{more}")
