"""The check that a message is about this person, not anyone: table-tested on real-ish texts.

The evaluation set in evaluation.toml is kept apart from these tables (see
test_check_about_them_on_the_evaluation_set.py)."""

from __future__ import annotations

import pytest

from matchwise.outreach import checks, message_parts, specifics
from matchwise.outreach.checks import Check, Draft, Severity
from matchwise.outreach.kinds import MessageKind
from tests.outreach import messages


def about_them(draft: Draft) -> list[checks.Finding]:
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
    assert about_them(Draft(kind, body)) == []


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
def test_it_blocks_messages_that_name_nothing_beyond_the_greeting(
    kind: MessageKind, body: str
) -> None:
    [finding] = about_them(Draft(kind, body))
    assert finding.severity is Severity.BLOCK
    assert finding.rule == "about-them"
    assert "could go to anyone" in finding.message
    assert "paper or talk" in finding.message  # says what to add


GENERIC_BUT_NAMES_THINGS = (
    "Dear Dr. Varga,\n\nI have long admired your work and would love to work with you. I "
    "graduated from Ain Shams University in 2022 and I am preparing for Step 3. Could we "
    "speak on Zoom next week?\n\nBest,\nMina"
)


def test_it_only_advises_when_the_message_could_go_to_anyone_but_names_something() -> None:
    [finding] = about_them(Draft(MessageKind.COLD_EMAIL, GENERIC_BUT_NAMES_THINGS))
    assert finding.severity is Severity.ADVICE
    assert "could go to anyone" in finding.message
    assert "“admired your work”" in finding.message  # quotes the praise that fits anyone
    assert (
        checks.has_blocking(checks.check(Draft(MessageKind.COLD_EMAIL, GENERIC_BUT_NAMES_THINGS)))
        is False
    )


def test_it_blocks_while_blanks_remain_even_when_something_is_named() -> None:
    body = "Dear Dr. Varga,\n\n[Their paper or talk]. I trained in Cairo in 2022.\n\nBest,\nMina"
    [finding] = about_them(Draft(MessageKind.COLD_EMAIL, body))
    assert finding.severity is Severity.BLOCK


@pytest.mark.parametrize(
    ("body", "specific"),
    [
        # Blocked before though specific: publications with venue, year and topic; talks;
        # grand rounds; a new role; a LinkedIn note naming a chapter meeting.
        (
            "I read your 2025 JAMA Internal Medicine paper on 30-day heart-failure readmissions "
            "at Ohio safety-net hospitals.",
            True,
        ),
        ("I enjoyed your recent NEJM piece on tapering opioids after surgery.", True),
        ("Your grand rounds talk last Tuesday on sepsis bundles changed my practice.", True),
        ("Congratulations on your new role as program director at Riverside Health.", True),
        (
            "Dr. Ames, I heard your talk at the Ohio ACP chapter meeting on readmissions and "
            "would like to connect. Priya",
            True,
        ),
        # Passed before though generic: praise, a wish to work together, a call on Zoom.
        (
            "I have long admired your work and would love to work with you. Could we speak on "
            "Zoom?",
            False,
        ),
        # Their work, with a real subject.
        ("I read your paper on anticoagulation after TAVR with interest.", True),
        ("Your recent talk about sepsis bundles in rural hospitals was excellent.", True),
        ('I enjoyed "Frailty scores and outcomes after hip fracture" very much.', True),
        ("Your program offers a global health track that fits my plans.", True),
        ("Your department's stroke clinic, which runs a weekly telestroke review, drew me.", True),
        ("I noticed your team published on sodium targets in cirrhosis last year.", True),
        ("Your podcast episode last spring about why you stopped daily labs was clear.", True),
        ("A short note after my email about your delirium paper.", True),
        ("I would like to help with your sepsis registry.", True),
        # Their work, but nothing about what it is.
        ("I admire your work in the field of medicine.", False),
        ("I am impressed by your research in internal medicine.", False),
        ("Your program has an excellent reputation for teaching.", False),
        ("I know your team, which is great, does important work.", False),
        ("I read several of your publications and found them insightful.", False),
        ("I hope to learn from your excellent and welcoming team.", False),
        ("Your recent inspiring paper is a model for all of us.", False),
        # A moment you shared, said with what it was about.
        ("It was good to meet you when we spoke after morning report.", True),
        ("As you suggested, I wrote up the case for the chapter meeting.", True),
        ("During my rotation on your service I learned to present concisely.", True),
        ("Thank you for your time after your poster on falls after discharge.", True),
        ("Our conversation about night-float handoffs stayed with me.", True),
        # A moment with nothing said of it.
        ("Thank you for your time after the poster session yesterday.", False),
        ("I learned a lot from our conversation and hope to stay in touch.", False),
        ("Your advice was very helpful and I will keep it in mind.", False),
        ("I look forward to working with you.", False),
        # An apostrophe is not a quoted title.
        ("I'm keen to learn and I'd be grateful for any advice you can offer.", False),
        # Praise and a field are not about them: any doctor could receive these.
        ("I have been following your work with great interest for years.", False),
        ("I am writing because of your research in cardiology.", False),
        ("Your research on cardiology has inspired me since medical school.", False),
        ("Your work with patients is inspiring and I admire your dedication.", False),
        ("I admire your IMG-friendly program and your Internal Medicine department.", False),
        ("It was lovely to meet you at the conference last week.", False),
        ("Your esteemed Department of Medicine is known for excellence.", False),
        # Particulars about yourself, or in what you ask, are not about them.
        ("I graduated from Aga Khan University in 2021 and admire your research.", False),
        ("As an IMG from Brazil, I believe your team is the right place for me.", False),
        ("Would you have twenty minutes on Zoom next Tuesday?", False),
        ("I passed USMLE Step 2 CK in March and I hope to hear from you.", False),
        # Something particular of theirs, or of a meeting: a name, an acronym, a number.
        ("It was great to meet you at ACP 2026 in Boston on Saturday.", True),
        ("I loved your ASCO poster, especially the ferritin trigger.", True),
        ("I would be glad to help with chart review for your CAR-T cohort.", True),
        ("Your 2023 registry changed how our unit screens for falls.", True),
        ("Thank you for speaking with me after Grand Rounds at Mercy.", True),
        ("Working on your heart failure clinic since March taught me a lot.", True),
        ("I read about the PRISM trial you are leading across four sites.", True),
    ],
)
def test_it_judges_the_text_alone(body: str, specific: bool) -> None:
    assert specifics.is_specific(body) is specific


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("Dear Dr. Ortiz,\n\nI admire your work.\n\nBest,\nKwame Mensah", False),
        ("Hello Doctor, please accept my request. Regards, Mona", False),
        ("Dear Dr. Ortiz, I trained in Accra and admire your work. Kwame", True),
        ("Greetings from Lagos! I would like to connect.", True),
        ("Dear Dr. Ortiz, I passed Step 2 with 251.", True),
        ("Dear Dr. Ortiz, I read your paper on falls after discharge.", True),
    ],
)
def test_it_tells_whether_a_message_names_anything_beyond_greeting_and_sign_off(
    body: str, names: bool
) -> None:
    assert specifics.names_anything(body) is names


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
        "Dear Dr. Haddad, it was a pleasure to meet the team in the exhibit hall. I have "
        "been reading about delirium since, and I applied for an elective at Lakeside General "
        "Hospital. ACP was busy."
    )
    generic = "Dear Dr. Haddad, I am interested in internal medicine research opportunities."
    assert specifics.is_specific(body if specific else generic, details) is specific


def test_it_does_not_count_your_own_details_as_theirs() -> None:
    body = "Dear Dr. Park, I am a physician from Nigeria interested in cardiology."
    note_about_meeting = ["She asked about training in Nigeria"]
    assert specifics.is_specific(body, note_about_meeting)
    assert not specifics.is_specific(body, note_about_meeting, own=["Nigeria"])


@pytest.mark.parametrize(
    ("body", "text", "names"),
    [
        (
            "Dear Dr. Ortiz,\n\nThank you!\nI read your paper on falls.\n\nBest,\nKwame Mensah\n",
            "Thank you!\nI read your paper on falls.",
            {"Ortiz", "Kwame", "Mensah"},
        ),
        ("Hi Dr. Shah, your post on POCUS was clear. Sana", "your post on POCUS was clear.", None),
        (
            "Greetings from Lagos! Let's connect. Emeka",
            "Greetings from Lagos! Let's connect.",
            None,
        ),
        (
            "Dear Doctor, I came across your profile. Regards, Mona",
            "I came across your profile.",
            None,
        ),
    ],
)
def test_it_reads_between_the_greeting_and_the_sign_off(
    body: str, text: str, names: set[str] | None
) -> None:
    parts = message_parts.split(body)
    assert parts.text.strip() == text
    if names is not None:
        assert parts.names == names
