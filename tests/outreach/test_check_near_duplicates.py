"""The same message to many people with only the name changed is caught."""

from __future__ import annotations

from matchwise.outreach import checks
from matchwise.outreach.checks import Check, Draft, Severity
from matchwise.outreach.duplicates import SentText, nearest
from matchwise.outreach.kinds import MessageKind
from tests.outreach import messages

SENT = [
    SentText("Dr. Lena Park", messages.GOOD_COLD_EMAIL.replace("Dr. Haddad", "Dr. Park")),
    SentText("Dr. Ben Cole", messages.GOOD_FOLLOW_UP),
]


def test_it_catches_a_copy_with_another_name() -> None:
    match = nearest(messages.GOOD_COLD_EMAIL, SENT)
    assert match is not None
    assert match.recipient == "Dr. Lena Park"
    assert match.similarity >= 95


def test_it_blocks_the_copy_and_says_what_to_change() -> None:
    draft = Draft(MessageKind.COLD_EMAIL, messages.GOOD_COLD_EMAIL, sent=SENT)
    [finding] = [f for f in checks.check(draft) if f.check is Check.NEAR_DUPLICATE]
    assert finding.severity is Severity.BLOCK
    assert "the message you sent to Dr. Lena Park" in finding.message
    assert "rewrite the part about them" in finding.message


def test_it_lets_two_messages_from_one_template_through_when_each_is_personal() -> None:
    first = """Dear Dr. Park,

I recently read your paper on anticoagulation after TAVR in patients over 80, and the way you
handled frailty as a covariate was clearer than anything I had read on it.

I trained in Nigeria and I am now a research assistant on a cardiology registry.

Would there be a project in your group where I could help with data collection?

Kind regards,
Amara Okafor
"""
    second = """Dear Dr. Cole,

I recently read your paper on outpatient management of pulmonary embolism in rural clinics;
the decision to follow patients by phone at day three was a clever design choice.

I trained in Nigeria and I am now a research assistant on a cardiology registry.

Would there be a project in your group where I could help with data collection?

Kind regards,
Amara Okafor
"""
    assert nearest(second, [SentText("Dr. Lena Park", first)]) is None


def test_it_only_advises_on_match_news_that_went_to_many() -> None:
    news = messages.GOOD_UPDATE
    draft = Draft(
        MessageKind.UPDATE, news, sent=[SentText("Dr. Ng", news.replace("Baptiste", "Ng"))]
    )
    [finding] = [f for f in checks.check(draft) if f.check is Check.NEAR_DUPLICATE]
    assert finding.severity is Severity.ADVICE


def test_it_ignores_very_short_texts_and_an_empty_history() -> None:
    assert nearest("Thank you!", [SentText("A", "Thank you!")]) is None
    assert nearest(messages.GOOD_FOLLOW_UP, []) is None
