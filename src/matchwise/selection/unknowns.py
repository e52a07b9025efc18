"""Which unknown attributes of a program enter an applicant's chance there.

Read off the rules themselves: a program that states nothing is put through the hard rules
(exclusions.py), and every rule that finds its policy unknown names it; the interview rate for
the applicant's type is the program evidence (evidence.py). So the list cannot drift from the
rules it describes.
"""

from datetime import date

from matchwise.selection.catalogue import Program
from matchwise.selection.exclusions import check_gates
from matchwise.selection.profile import Profile
from matchwise.selection.vocabulary import ApplicantType

POLICY_ATTRIBUTES = {
    "j1": "visa_j1",
    "h1b": "visa_h1b",
    "graduation": "yog_max_years",
    "attempts": "max_attempts",
    "usce": "usce_required_months",
    "setting": "setting",
}
RATE_ATTRIBUTES = {
    ApplicantType.US_MD: "interview_rate_us_md",
    ApplicantType.US_DO: "interview_rate_us_do",
    ApplicantType.US_IMG: "interview_rate_us_img",
    ApplicantType.NON_US_IMG: "interview_rate_non_us_img",
}


def attributes_that_matter(profile: Profile) -> tuple[str, ...]:
    """The attributes whose being unknown changes this applicant's chance, rules first."""
    blank = Program("-", "-", profile.specialties[0] if profile.specialties else "-", "-",
                    date(2000, 1, 1))  # fmt: skip
    found = [
        POLICY_ATTRIBUTES[gate.policy]
        for gate in check_gates(profile, blank)
        if gate.unknown and gate.policy in POLICY_ATTRIBUTES
    ]
    return (*found, RATE_ATTRIBUTES[profile.applicant_type])
