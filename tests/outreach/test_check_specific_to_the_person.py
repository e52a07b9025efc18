"""The check that a message is about this person, not anyone: table-tested on real-ish texts."""

from __future__ import annotations

import pytest

from matchwise.outreach import checks, specifics
from matchwise.outreach.checks import Check, Draft, Severity
from matchwise.outreach.kinds import MessageKind
from tests.outreach import messages


def not_specific(draft: Draft) -> list[checks.Finding]:
    return [f for f in checks.check(draft) if f.check is Check.NOT_SPECIFIC]


@pytest.mark.parametrize(
    ("kind", "body"),
    [
        (MessageKind.COLD_EMAIL, messages.GOOD_COLD_EMAIL),
        (MessageKind.FOLLOW_UP, messages.GOOD_FOLLOW_UP),
        (MessageKind.LINKEDIN_NOTE, messages.GOOD_LINKEDIN_NOTE),
        (MessageKind.LETTER_REQUEST, messages.GOOD_LETTER_REQUEST),
        (MessageKind.UPDATE, messages.GOOD_UPDATE),
    ],
)
def test_it_passes_messages_that_name_something_of_theirs(kind: MessageKind, body: str) -> None:
    assert not_specific(Draft(kind, body)) == []


@pytest.mark.parametrize(
    ("kind", "body"),
    [
        (MessageKind.COLD_EMAIL, messages.GENERIC_COLD_EMAIL),
        (MessageKind.LINKEDIN_NOTE, messages.GENERIC_LINKEDIN_NOTE),
        (
            MessageKind.OBSERVERSHIP_REQUEST,
            "Dear Sir or Madam,\n\nI am writing to request an observership in your department. "
            "I am a hardworking graduate with a great interest in clinical medicine and your "
            "excellent program.\n\nRegards,\nAli",
        ),
        (
            MessageKind.MENTOR_REQUEST,
            "Dear Dr. Quinn, I admire your work in medicine and your commitment to patients. "
            "Would you be my mentor?",
        ),
    ],
)
def test_it_flags_messages_that_could_go_to_anyone(kind: MessageKind, body: str) -> None:
    [finding] = not_specific(Draft(kind, body))
    assert finding.severity is Severity.BLOCKING
    assert "could go to anyone" in finding.message
    assert "paper or talk" in finding.message  # says what to add


@pytest.mark.parametrize(
    ("body", "specific"),
    [
        # Their work, with a real subject.
        ("I read your paper on anticoagulation after TAVR with interest.", True),
        ("Your recent talk about sepsis bundles in rural hospitals was excellent.", True),
        ('I enjoyed "Frailty scores and outcomes after hip fracture" very much.', True),
        ("Your program offers a global health track that fits my plans.", True),
        ("Your department's stroke clinic, which runs a weekly telestroke review, drew me.", True),
        ("I noticed your team published on sodium targets in cirrhosis last year.", True),
        # Their work, but nothing about what it is.
        ("I admire your work in the field of medicine.", False),
        ("I am impressed by your research in internal medicine.", False),
        ("Your program has an excellent reputation for teaching.", False),
        ("I know your team, which is great, does important work.", False),
        # A moment you shared.
        ("It was good to meet you when we spoke after morning report.", True),
        ("As you suggested, I wrote up the case for the chapter meeting.", True),
        ("During my rotation on your service I learned to present concisely.", True),
        ("Thank you for your time after the poster session yesterday.", True),
        # An apostrophe is not a quoted title.
        ("I'm keen to learn and I'd be grateful for any advice you can offer.", False),
        # Praise and a field are not about them: any doctor could receive these.
        ("I have been following your work with great interest for years.", False),
        ("I am writing because of your research in cardiology.", False),
        ("Your research on cardiology has inspired me since medical school.", False),
        ("Your work with patients is inspiring and I admire your dedication.", False),
        ("I admire your IMG-friendly program and your Internal Medicine department.", False),
        ("It was lovely to meet you at the conference last week.", False),
        # Something particular of theirs, or of a meeting: a name, an acronym, a number.
        ("It was great to meet you at ACP 2026 in Boston on Saturday.", True),
        ("I loved your ASCO poster, especially the ferritin trigger.", True),
        ("I would be glad to help with chart review for your CAR-T cohort.", True),
        ("Your 2023 registry changed how our unit screens for falls.", True),
        ("Thank you for speaking with me after Grand Rounds at Mercy.", True),
        ("Working on your heart failure clinic since March taught me a lot.", True),
    ],
)
def test_it_judges_the_text_alone(body: str, specific: bool) -> None:
    assert specifics.is_specific(body) is specific


@pytest.mark.parametrize(
    ("details", "specific"),
    [
        (["Lakeside General Hospital"], True),  # named in the text
        (["ACP"], True),  # a short name counts when whole
        (["Her delirium screening project with the ED nurses"], True),  # by a telling word
        (["Internal medicine research"], False),  # nothing telling in it
        (["Kigali"], False),  # absent from the text
        ([""], False),
    ],
)
def test_it_counts_details_we_hold_about_them(details: list[str], specific: bool) -> None:
    body = (
        "Dear Dr. Haddad, it was a pleasure to meet you at ACP in the exhibit hall. I have "
        "been reading about delirium since, and I applied for an elective at Lakeside General "
        "Hospital."
    )
    generic = "Dear Dr. Haddad, I am interested in internal medicine research opportunities."
    assert specifics.is_specific(body if specific else generic, details) is specific
    if not specific and details != ["Kigali"]:
        assert specifics.is_specific(generic, details) is False


def test_it_does_not_count_your_own_details_as_theirs() -> None:
    body = "Dear Dr. Park, I am a physician from Nigeria interested in cardiology."
    note_about_meeting = ["She asked about training in Nigeria"]
    assert specifics.is_specific(body, note_about_meeting)
    assert not specifics.is_specific(body, note_about_meeting, own=["Nigeria"])
