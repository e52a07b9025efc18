"""Does a message say something that belongs to this one person?

The rule: a message is personal when it names something particular to them or to a moment you
shared — something that would be false, or make no sense, in a message to someone else. A field
("your research in cardiology") or praise ("I have followed your work with great interest")
never does. In practice, at least one of:
- a detail we hold about them or about how you met (their institution, the conference, the topic
  of your last talk, a mentor's advice) — the `specifics` passed in;
- a piece of their work marked by a particular: a name, an acronym or a number ("your ASCO
  poster", "your CAR-T cohort", "your 2024 paper");
- a piece of their work with its subject: "your paper on delirium screening", "your program
  offers a rural track" (a subject is more than a field or words of praise);
- a quoted title: "…" of three words or more;
- a meeting with them named by a particular: "meeting you at ACP 2026 in Boston on Saturday";
- a moment only the two of you share: "when we spoke", "you suggested", "during my rotation".

No Django import; table-tested in tests/outreach/test_check_specific_to_the_person.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

WORK = (
    r"paper|article|publication|study|trial|cohort|dataset|review|case report|case series"
    r"|abstract|poster|talk|lecture|presentation|session|keynote|workshop|webinar|podcast|post"
    r"|thread|book|chapter|editorial|research|work|project|lab|laboratory|group|team|clinic"
    r"|program|programme|initiative|registry|grant|guideline|protocol|service|unit|department"
    r"|fellowship|residency|track|course|curriculum|score|tool|model|app"
)
# What introduces the subject of a piece of work. "in" and "with" do not: "your research in
# cardiology" names a field, "your work with great interest" nothing.
LINK = (
    r"on|about|of|into|comparing|looking at|showing|exploring|examining|titled|called"
    r"|(?:(?:which|that)\s+)?(?:offers|runs|has|focuses on|is known for|published|studied|led"
    r"|built|developed|presented|described|reported|wrote|uses|tests|tracks|found)"
)
# "your [up to three words] <work> <link> <what it is about: captured>"
THEIR_WORK = re.compile(
    rf"\byour\s+(?:[\w'’-]+\s+){{0,3}}?(?:{WORK})(?:'s|’s)?,?\s+(?:{LINK})\s+"
    rf"((?:[\w'’-]+[\s,]*){{1,5}})",
    re.IGNORECASE,
)
# "your [words] <work>": the words before the work, to look for a particular among them.
MARKED_WORK = re.compile(rf"\byour\s+((?:[\w'’-]+\s+){{1,3}}?)(?:{WORK})\b", re.IGNORECASE)
# Meeting them, and what follows: "to meet you at ACP 2026 in Boston".
MEETING = re.compile(
    r"\b(?:meet(?:ing)?|met|see(?:ing)?|saw|hear(?:ing)?|heard|speak(?:ing)?|spoke|talk(?:ing|ed)?"
    r"|chat(?:ting|ted)?)\s+(?:with\s+|to\s+)?(?:you|me)\b((?:[\s,]+[\w'’-]+){1,7})",
    re.IGNORECASE,
)
# Double quotes only: a single quote is far more often an apostrophe.
QUOTED_TITLE = re.compile(r"[\"“]\s*\w[\w'’]*(?:[\s,:;-]+[\w'’]+){2,}[\s.?!]*[\"”]")
SHARED_MOMENT = re.compile(
    r"\b(?:when|since|after|where)\s+we\s+(?:met|spoke|talked|chatted|worked)"
    r"|\bwe\s+(?:met|spoke|talked|chatted)\s+(?:at|during|after|on|last|in|about)\b"
    r"|\bour\s+(?:conversation|chat|discussion|meeting|call|talk)\b"
    r"|\byou\s+(?:mentioned|suggested|recommended|advised|told\s+me|pointed\s+out|shared)\b"
    r"|\bas\s+you\s+(?:said|suggested|recommended|advised)\b"
    r"|\b(?:work(?:ed|ing)?|rotat(?:ed|ing)|present(?:ed|ing)|round(?:ed|ing))\s+(?:with|alongside"
    r"|under)\s+you\b"
    r"|\b(?:work(?:ed|ing)?|rotat(?:ed|ing)|volunteer(?:ed|ing)?)\s+(?:on|in|at|with)\s+your\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:team|service|clinic|unit|ward|lab|group|project|floor)\b"
    r"|\b(?:during|on|from|throughout)\s+my\s+(?:rotation|observership|externship|elective"
    r"|clerkship|time\s+(?:on|in|at|with)\s+your)\b"
    r"|\bwhat\s+you\s+(?:said|told\s+me|shared|mentioned|showed)\b"
    r"|\b(?:at|after|during)\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:talk|session|lecture"
    r"|poster|presentation|workshop|panel|reception|grand\s+rounds|clinic|morning\s+report)\b",
    re.IGNORECASE,
)
# Words too common in this kind of message to show it was written for one person.
_GENERIC_WORDS = """
   a an the this that these those my your our their his her its of in on at to for from with
   and or but about into as by is are was were be been it them they you we i me us medicine
   medical field fields area areas healthcare health care patient patients clinical residency
   residencies program programs programme training research work hospital hospitals specialty
   specialties physician physicians doctor doctors student students img imgs graduate graduates
   international career careers education topic topics subject subjects general internal
   science sciences practice experience opportunity opportunities interest interests
   interesting great good important many various different other some all every recent recently
   current new works team teams group groups department usa america american country world
   people talk talks paper papers study studies project projects conference meeting session
   sessions today yesterday week weeks month months year years decade decades talked spoke
   discussed after before during
   discussion conversation chat rounds environment support supportive excellent strong
   reputation learning teaching diverse diversity welcoming friendly commitment excellence
   approach approaches contribution contributions does doing done have having will would could
   should very really also just like such more most much well hard always lot lots which what
   there here when then than into onto upon
"""
# A field or specialty names what they work in, not what is theirs.
_FIELDS = """
   cardiology oncology hematology neurology nephrology gastroenterology hepatology pulmonology
   pulmonary endocrinology rheumatology dermatology psychiatry pediatrics paediatrics surgery
   surgical radiology pathology anesthesiology anaesthesia obstetrics gynecology gynaecology
   urology ophthalmology otolaryngology orthopedics orthopaedics geriatrics immunology
   infectious diseases disease emergency family critical neuroscience epidemiology
   cardiovascular primary hospitalist
"""
GENERIC = frozenset(_GENERIC_WORDS.split()) | frozenset(_FIELDS.split())
# Acronyms every applicant writes, which point at no one: "as an IMG", "my CV", "US training".
_COMMON_ACRONYMS = (
    "img imgs us usa uk md do mbbs phd mph cv eras nrmp usmle lor lors usce pgy ecfmg icu ed er"
)
COMMON_ACRONYMS = frozenset(_COMMON_ACRONYMS.split())
_DETERMINERS = "a an the this that these those its their his her how what"
DETERMINERS = frozenset(_DETERMINERS.split())
TOKEN = re.compile(r"[A-Za-z0-9][\w'’-]*")
WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")
MIN_WORD_LENGTH = 4  # shorter telling words (an acronym such as ACP) count when whole
MIN_DETAIL_LENGTH = 3


def significant_words(text: str) -> set[str]:
    return {
        word
        for word in WORD.findall(text.casefold())
        if len(word) >= MIN_WORD_LENGTH and word not in GENERIC and not word.isdigit()
    }


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def names_a_detail(body: str, specifics: Iterable[str], own: Iterable[str] = ()) -> bool:
    """A detail we hold appears in the text by one of its telling words (an institution,
    or a topic such as 'her delirium screening project' → 'delirium', 'screening').
    Words of `own` (your profile) do not count: your own country in a note about the
    meeting says nothing about them."""
    text = _normal(body)
    words = significant_words(body)
    for text_of_yours in own:
        words -= significant_words(text_of_yours)
    for detail in specifics:
        telling = significant_words(detail)
        if telling & words:
            return True
        # A single short name (ACP) has no telling word of four letters; it counts when it
        # stands whole in the text. A detail of common words only tells nothing.
        short_name = _normal(detail)
        if (
            not telling
            and " " not in short_name
            and len(short_name) >= MIN_DETAIL_LENGTH
            and short_name not in GENERIC
            and re.search(rf"(?<!\w){re.escape(short_name)}(?!\w)", text)
        ):
            return True
    return False


def particular(text: str) -> bool:
    """Does the text (a few words inside a sentence) name something particular: a number, an
    acronym (ASCO, CAR-T) or a capitalised name (Boston, Saturday)? Fields and acronyms that
    every applicant uses do not count."""
    for token in TOKEN.findall(text):
        if any(particular(part) for part in token.split("-")[1:] if "-" in token):
            return True
        word = re.sub(r"['’]s$", "", token.split("-")[0])
        if not word:
            continue
        folded = word.casefold()
        if any(c.isdigit() for c in word):
            return True
        if folded in COMMON_ACRONYMS or folded in GENERIC or word == "I":
            continue
        if sum(c.isupper() for c in word) >= 2 or word[:1].isupper():
            return True
    return False


def subject_of(words: str) -> str:
    """The head of what a piece of work is about: its first two words before any punctuation,
    after an article ("on cardiology has inspired me" → "cardiology has")."""
    head = re.split(r"[,;:.!?]", words, maxsplit=1)[0].split()
    while head and head[0].casefold() in DETERMINERS:
        head = head[1:]
    return " ".join(head[:2])


def points_at_their_work(body: str) -> bool:
    return any(
        significant_words(subject_of(match.group(1))) for match in THEIR_WORK.finditer(body)
    ) or any(particular(match.group(1)) for match in MARKED_WORK.finditer(body))


def names_where_you_met(body: str) -> bool:
    return any(particular(match.group(1)) for match in MEETING.finditer(body))


def is_specific(body: str, specifics: Iterable[str] = (), own: Iterable[str] = ()) -> bool:
    return (
        names_a_detail(body, specifics, own)
        or points_at_their_work(body)
        or names_where_you_met(body)
        or bool(QUOTED_TITLE.search(body))
        or bool(SHARED_MOMENT.search(body))
    )
