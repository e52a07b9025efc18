"""The reasons behind a chance read as English: counts agree with their nouns, and nothing
reads "0 publication(s)"."""

import pytest

from matchwise.selection.effects import experience_effect, letters_effect, research_words
from matchwise.selection.exclusions import attempts_allowed

from .conftest import make_profile


@pytest.mark.parametrize(
    ("publications", "presentations", "words"),
    [
        (0, 0, "no publications or presentations yet"),
        (1, 0, "1 publication"),
        (0, 1, "1 presentation"),
        (2, 0, "2 publications"),
        (2, 1, "2 publications and 1 presentation"),
        (1, 3, "1 publication and 3 presentations"),
    ],
)
def test_it_counts_research_in_words(publications: int, presentations: int, words: str) -> None:
    assert research_words(publications, presentations) == words


@pytest.mark.parametrize(
    ("letters", "words"),
    [(0, "no letters from US physicians yet"), (1, "1 letter from"), (3, "3 letters from")],
)
def test_it_counts_letters_in_words(letters: int, words: str) -> None:
    assert words in str(letters_effect(make_profile(us_letters=letters)).reason)


@pytest.mark.parametrize(("months", "words"), [(1, "1 month of"), (6, "6 months of")])
def test_it_counts_months_in_words(months: int, words: str) -> None:
    assert words in str(experience_effect(make_profile(usce_months=months)).reason)


@pytest.mark.parametrize(
    ("most", "words"),
    [(1, "only a first attempt"), (2, "at most 2 attempts"), (3, "at most 3 attempts")],
)
def test_it_says_an_attempt_limit_in_words(most: int, words: str) -> None:
    assert attempts_allowed(most) == words
