"""The pitch: built from your answers, timed at 130–160 words a minute, 30–45 s wanted."""

from __future__ import annotations

import pytest

from matchwise.outreach import pitch
from matchwise.outreach.pitch import PitchFields

FIELDS = PitchFields(
    name="Dr. Amara Okafor",
    country="Nigeria",
    status="completing an observership in Chicago",
    specialty="internal medicine",
    interest="heart failure care",
    experience="collected data for a 200-patient heart failure registry",
    seeking="a research mentor and a chance to join a QI project",
)


@pytest.mark.parametrize(
    ("words", "seconds", "fastest", "slowest", "warned"),
    [
        (0, 0, 0, 0, "Write your pitch"),
        (50, 21, 19, 23, "a little short"),
        (72, 30, 27, 33, "a little short"),  # 29.8 s at the middle pace
        (73, 30, 27, 34, ""),  # 30.2 s
        (90, 37, 34, 42, ""),
        (108, 45, 40, 50, ""),  # 44.7 s
        (109, 45, 41, 50, "too long"),  # 45.1 s
        (200, 83, 75, 92, "too long"),
    ],
)
def test_it_times_a_pitch_and_warns_outside_30_to_45_seconds(
    words: int, seconds: int, fastest: int, slowest: int, warned: str
) -> None:
    timing = pitch.speaking_time(" ".join(["word"] * words))
    assert (timing.words, timing.seconds, timing.fastest, timing.slowest) == (
        words,
        seconds,
        fastest,
        slowest,
    )
    if warned:
        assert warned in timing.warning
    else:
        assert timing.warning == ""


def test_it_says_how_many_words_to_aim_for_when_too_long() -> None:
    assert "about 108 words" in pitch.speaking_time("word " * 150).warning


def test_it_counts_words_as_spoken() -> None:
    assert pitch.speaking_time("I'm Dr. Okafor — a 2019 graduate, U.S.-bound.").words == 7


def test_it_builds_a_pitch_that_fits_from_complete_answers() -> None:
    text = pitch.pitch_text(FIELDS)
    assert text.startswith("Hello, I'm Dr. Amara Okafor.")
    assert "Nigeria" in text and "heart failure care" in text and "QI project" in text
    assert text.endswith("any advice you have for someone at my stage.")
    timing = pitch.speaking_time(text)
    assert (timing.words, timing.seconds, timing.warning) == (77, 32, "")


def test_it_builds_one_identity_sentence() -> None:
    sentence = pitch.identity_sentence(FIELDS)
    assert sentence == (
        "I am a physician who trained in Nigeria, now completing an observership in Chicago, "
        "preparing to apply in internal medicine with a focus on heart failure care; so far I "
        "have collected data for a 200-patient heart failure registry, and I am looking for a "
        "research mentor and a chance to join a QI project."
    )


@pytest.mark.parametrize(
    ("fields", "sentence"),
    [
        (PitchFields(), "I am a physician."),
        (PitchFields(country="Peru"), "I am a physician who trained in Peru."),
        (
            PitchFields(country="Peru", interest="stroke care."),
            "I am a physician who trained in Peru, with a focus on stroke care.",
        ),
    ],
)
def test_it_leaves_out_what_you_have_not_filled_in(fields: PitchFields, sentence: str) -> None:
    assert pitch.identity_sentence(fields) == sentence
