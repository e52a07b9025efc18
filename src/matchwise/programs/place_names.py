"""Hospital and institution names as sources write them, brought to one form (no Django).

Sources abbreviate ("Univ", "Med Ctr", "Hosp", "St.", "Hlth Sys", "Reg", "Mem") and NRMP adds
the state to a name ("Bayfront Med Ctr-FL"). `place_key` lower-cases the words (as
`institutions.institution_key` does), spells out the known abbreviations, drops company
suffixes, and takes off a trailing state code, which `state_in_name` returns.
"""

from __future__ import annotations

import re

from matchwise.programs.institutions import GENERIC, institution_key
from matchwise.selection.states import state_code

ABBREVIATIONS: dict[str, str] = {
    "u": "university", "univ": "university", "uni": "university",
    "med": "medical", "medl": "medical", "ctr": "center", "cntr": "center", "ctrs": "centers",
    "hosp": "hospital", "hosps": "hospitals", "hlth": "health", "hlthcare": "healthcare",
    "sys": "system", "syst": "system", "reg": "regional", "regl": "regional",
    "mem": "memorial", "meml": "memorial", "st": "saint", "ste": "sainte", "mt": "mount",
    "ft": "fort", "pt": "point", "gen": "general", "comm": "community", "cmty": "community",
    "cnty": "county", "natl": "national", "inst": "institute", "sch": "school",
    "coll": "college", "grad": "graduate", "educ": "education", "chld": "childrens",
    "childrens": "childrens", "children": "childrens", "dept": "department",
    "svcs": "services", "svc": "service", "assn": "association", "assoc": "association",
    "fdn": "foundation", "fndn": "foundation", "com": "college medicine",
    "som": "school medicine", "ctl": "central", "cent": "central", "hts": "heights",
}  # fmt: skip
# Words that say what kind of company files, not which place it is.
COMPANY = frozenset({"inc", "llc", "llp", "corp", "corporation", "co", "pa", "pc", "ltd", "dba"})
_STATE_SUFFIX = re.compile(r"[-–,/ ]\s*([A-Za-z]{2})\s*$")


def state_in_name(name: str) -> str:
    """The state a name ends with ("Bayfront Med Ctr-FL" -> "FL"), or ''."""
    found = _STATE_SUFFIX.search(name.strip())
    if found is None or found.group(1) != found.group(1).upper():
        return ""
    return state_code(found.group(1)) or ""


def place_key(name: str) -> str:
    """Lower-case words, abbreviations spelt out, no company suffix or trailing state."""
    text = name.strip()
    if state_in_name(text):
        text = text[: _STATE_SUFFIX.search(text).start()]  # type: ignore[union-attr]
    words: list[str] = []
    for word in institution_key(text).split():
        if word in COMPANY:
            continue
        words.extend(ABBREVIATIONS.get(word, word).split())
    return " ".join(words)


def city_key(city: str) -> str:
    return place_key(city)


def distinctive(key: str) -> set[str]:
    """The words of a key that name this place rather than any hospital."""
    return set(key.split()) - GENERIC - {"childrens", "association", "foundation", "department"}
