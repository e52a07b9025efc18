"""Does a message say something that belongs to this one person?

A message counts as personal when it does at least one of:
- names a detail we hold about them or about how you met (their institution, the conference,
  the topic of your last talk, a mentor's advice) — the `specifics` passed in;
- points at a piece of their work with a real subject: "your 2024 paper on delirium screening",
  "your talk about sepsis bundles" (but not "your work in medicine");
- quotes a title: "…" of three words or more;
- refers to a shared moment: "when we spoke", "you suggested", "during my rotation".

No Django import; table-tested in tests/outreach/test_specific_to_the_person.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

WORK = (
    r"paper|article|publication|study|trial|review|case report|abstract|poster|talk|lecture"
    r"|presentation|session|keynote|workshop|webinar|podcast|post|book|chapter|editorial"
    r"|research|work|project|lab|laboratory|group|team|clinic|program|programme|initiative"
    r"|registry|grant|guideline|service|unit|department|fellowship|residency"
)
LINK = (
    r"on|about|of|in|at|into|with|for|from|comparing|looking at|showing|exploring|examining"
    r"|titled|called|offers|runs|has|focuses on|is known for|where|which|that"
    r"|published|studied|led|built|developed|presented|described|reported|wrote"
)
# "your [up to three words] <work> <link> <what it is about: captured>"
THEIR_WORK = re.compile(
    rf"\byour\s+(?:[\w'’-]+\s+){{0,3}}?(?:{WORK})(?:'s|’s)?,?\s+(?:{LINK})\s+"
    rf"((?:[\w'’-]+[\s,]*){{1,5}})",
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
   sessions today yesterday week month year talked spoke discussed after before during
   discussion conversation chat rounds environment support supportive excellent strong
   reputation learning teaching diverse diversity welcoming friendly commitment excellence
   approach approaches contribution contributions does doing done have having will would could
   should very really also just like such more most much well hard always lot lots which what
   there here when then than into onto upon
"""
GENERIC = frozenset(_GENERIC_WORDS.split())
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


def points_at_their_work(body: str) -> bool:
    return any(significant_words(match.group(1)) for match in THEIR_WORK.finditer(body))


def is_specific(body: str, specifics: Iterable[str] = (), own: Iterable[str] = ()) -> bool:
    return (
        names_a_detail(body, specifics, own)
        or points_at_their_work(body)
        or bool(QUOTED_TITLE.search(body))
        or bool(SHARED_MOMENT.search(body))
    )
