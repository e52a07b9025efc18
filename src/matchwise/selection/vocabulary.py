"""The small closed vocabularies shared by the catalogue, the profile and the model."""

from enum import StrEnum


class ApplicantType(StrEnum):
    US_MD = "us_md"
    US_DO = "us_do"
    US_IMG = "us_img"
    NON_US_IMG = "non_us_img"

    @property
    def is_img(self) -> bool:
        return self in (ApplicantType.US_IMG, ApplicantType.NON_US_IMG)

    @property
    def label(self) -> str:
        return {
            ApplicantType.US_MD: "US MD graduates",
            ApplicantType.US_DO: "US DO graduates",
            ApplicantType.US_IMG: "US IMGs",
            ApplicantType.NON_US_IMG: "non-US IMGs",
        }[self]


class Visa(StrEnum):
    NONE = "none"
    J1 = "j1"
    H1B = "h1b"


class Setting(StrEnum):
    UNIVERSITY = "university"
    COMMUNITY_AFFILIATED = "community_university_affiliated"
    COMMUNITY = "community"


class SettingPreference(StrEnum):
    ANY = "any"
    UNIVERSITY = "university"
    COMMUNITY = "community"

    def accepts(self, setting: Setting) -> bool:
        # A university-affiliated community program counts as community: that is how it trains.
        if self is SettingPreference.ANY:
            return True
        if self is SettingPreference.UNIVERSITY:
            return setting is Setting.UNIVERSITY
        return setting is not Setting.UNIVERSITY
