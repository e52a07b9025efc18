"""Your introduction: a one-sentence identity, a short spoken pitch, and how long it takes.

Speaking time is estimated from the word count at a relaxed 130 to a brisk 160 words a minute;
the pitch should land between 30 and 45 seconds at the middle pace (145 words a minute), that is
73 to 108 words. No Django import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SLOW_WPM = 130
FAST_WPM = 160
TYPICAL_WPM = (SLOW_WPM + FAST_WPM) / 2
SHORTEST_SECONDS = 30
LONGEST_SECONDS = 45
WORD = re.compile(r"[\w][\w'’.-]*")


@dataclass(frozen=True)
class PitchFields:
    name: str = ""
    country: str = ""
    status: str = ""
    specialty: str = ""
    interest: str = ""
    experience: str = ""
    seeking: str = ""


def has_answers(fields: PitchFields) -> bool:
    """Whether there is anything to build from (a sentence of no answer says nothing of you)."""
    return any(_clause(value) for value in vars(fields).values())


def _clause(text: str) -> str:
    """A field as it goes mid-sentence: trimmed, without a closing full stop."""
    return " ".join(text.split()).rstrip(".;, ")


def identity_sentence(fields: PitchFields) -> str:
    """One sentence that says who you are, for the top of an email or a form."""
    country, status = _clause(fields.country), _clause(fields.status)
    specialty, interest = _clause(fields.specialty), _clause(fields.interest)
    experience, seeking = _clause(fields.experience), _clause(fields.seeking)
    parts = ["I am a physician"]
    if country:
        parts.append(f" who trained in {country}")
    if status:
        parts.append(f", now {status}")
    if specialty:
        parts.append(f", preparing to apply in {specialty}")
        if interest:
            parts.append(f" with a focus on {interest}")
    elif interest:
        parts.append(f", with a focus on {interest}")
    if experience:
        parts.append(f"; so far I have {experience}")
    if seeking:
        parts.append(f", and I am looking for {seeking}")
    return "".join(parts) + "."


def pitch_text(fields: PitchFields) -> str:
    """A spoken introduction built from the same fields; the user reworks it freely."""
    sentences = []
    if fields.name:
        sentences.append(f"Hello, I'm {_clause(fields.name)}.")
    where = f" in {_clause(fields.country)}" if fields.country else ""
    now = f", and right now I'm {_clause(fields.status)}" if fields.status else ""
    sentences.append(f"I did my medical training{where}{now}.")
    if fields.specialty:
        focus = (
            f", and {_clause(fields.interest)} is what excites me most" if fields.interest else ""
        )
        sentences.append(f"I'm applying in {_clause(fields.specialty)}{focus}.")
    elif fields.interest:
        sentences.append(f"What excites me most is {_clause(fields.interest)}.")
    if fields.experience:
        sentences.append(f"So far I have {_clause(fields.experience)}.")
    if fields.seeking:
        sentences.append(f"What I'd love to find next is {_clause(fields.seeking)}.")
    # End on an opening for the listener: a pitch is the start of a conversation.
    sentences.append("I'd really value any advice you have for someone at my stage.")
    return " ".join(sentences)


@dataclass(frozen=True)
class SpeakingTime:
    words: int

    @property
    def seconds(self) -> int:
        """At the middle pace."""
        return round(self.words * 60 / TYPICAL_WPM)

    @property
    def fastest(self) -> int:
        return round(self.words * 60 / FAST_WPM)

    @property
    def slowest(self) -> int:
        return round(self.words * 60 / SLOW_WPM)

    @property
    def exact_seconds(self) -> float:
        return self.words * 60 / TYPICAL_WPM

    @property
    def warning(self) -> str:
        """'' when it fits 30–45 seconds at the middle pace, else what to do."""
        if self.words == 0:
            return "Write your pitch, or build one from your answers above."
        if self.exact_seconds < SHORTEST_SECONDS:
            return (
                f"About {self.seconds} seconds: a little short. Add what you have done or what "
                "you hope to find, so the listener has something to ask about."
            )
        if self.exact_seconds > LONGEST_SECONDS:
            return (
                f"About {self.seconds} seconds: too long to say in one go. Cut it to "
                f"{LONGEST_SECONDS} seconds or less (about {self.max_words} words)."
            )
        return ""

    @property
    def max_words(self) -> int:
        return int(LONGEST_SECONDS * TYPICAL_WPM / 60)

    @property
    def summary(self) -> str:
        return (
            f"{self.words} words: about {self.seconds} seconds "
            f"({self.fastest}–{self.slowest} s at {SLOW_WPM}–{FAST_WPM} words a minute)"
        )


def speaking_time(text: str) -> SpeakingTime:
    return SpeakingTime(len(WORD.findall(text)))
