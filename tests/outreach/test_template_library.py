"""A fresh install has the template library; later upgrades never write over an edit."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.outreach import library as shipped
from matchwise.outreach import placeholders
from matchwise.outreach.kinds import MessageKind
from matchwise.outreach.models import ApplicantIdentity, MessageTemplate
from matchwise.outreach.views.mentors import ROLE_HINTS

pytestmark = pytest.mark.django_db
PLAYBOOK = Path(__file__).parents[3] / "shared" / "seed" / "networking-guide.txt"


def test_it_ships_a_template_for_every_kind_of_message() -> None:
    kinds = set(MessageTemplate.objects.values_list("kind", flat=True))
    assert kinds == {str(kind) for kind in MessageKind}
    slugs = set(MessageTemplate.objects.values_list("slug", flat=True))
    assert {
        "follow-up-conference",
        "follow-up-rotation",
        "match-matched",
        "match-not-matched",
    } <= slugs
    assert MessageTemplate.objects.filter(builtin=True).count() == len(shipped.LIBRARY)


def test_it_uses_only_known_placeholders() -> None:
    for template in MessageTemplate.objects.all():
        assert placeholders.unknown(template.subject + template.body) == [], template.slug


def test_it_never_writes_over_an_edit_or_brings_back_a_deleted_template() -> None:
    edited = MessageTemplate.objects.get(slug="thank-you")
    edited.body = "My own words, {contact.salutation}."
    edited.save()
    MessageTemplate.objects.filter(slug="linkedin-note").delete()
    # A later upgrade adds only the templates it ships, by name.
    assert shipped.add_missing(MessageTemplate, ["thank-you", "a-new-one"]) == 0
    edited.refresh_from_db()
    assert edited.body == "My own words, {contact.salutation}."
    assert not MessageTemplate.objects.filter(slug="linkedin-note").exists()
    # Putting the library back (after erasing everything) restores only what is missing.
    assert shipped.add_missing(MessageTemplate) == 1
    edited.refresh_from_db()
    assert edited.body == "My own words, {contact.salutation}."


def test_it_keeps_the_linkedin_note_within_the_limit_once_filled(
    library: Callable[[str], MessageTemplate],
) -> None:
    note = library("linkedin-note").body
    values = {name: "x" * 14 for name in placeholders.KNOWN}
    filled = placeholders.render(note, values)
    filled = re.sub(r"\[[^\]]*\]", "y" * 60, filled)  # a one-line compliment of their work
    assert len(filled) <= 300


# Words that carry no content of their own; what is left of a sentence is what it says.
_STOP_WORDS = """
    a an the and or but of in on at to for from with by as is are was were be been it its
    this that these those i i'm i'd i've me my you your we our they them their he she his her
    have has had do does did will would could should can may might not no so if than then there
    here what which who whom when where how about into over also just very really any some all
    more most such am e g"""
STOP_WORDS = frozenset(_STOP_WORDS.split())
_NUMBERS = "one two three four five ten fifteen twenty thirty fifty hundred few"
NUMBERS = frozenset(_NUMBERS.split())
SHARED_RUN = 4  # words in a row, common words included
SHARED_CONTENT = 4  # content words of one sentence found in one sentence of the playbook


def words(text: str) -> list[str]:
    """Lower-cased words; a `{placeholder}` or `[sentence to write]` becomes a gap, numbers `#`."""
    text = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " _ ", text.replace("’", "'").lower())
    return [
        "#" if word.isdigit() or word in NUMBERS else word
        for word in re.findall(r"[a-z0-9_']+", text)
    ]


def sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.?!;:])\s+|\n+|[—–]", text) if part.strip()]


def content(sentence: str) -> set[str]:
    """Content words cut to four letters, so 'collected' and 'collection' meet."""
    return {w[:4] for w in words(sentence) if w not in STOP_WORDS and len(w) > 2 and w != "_"}


def too_close(ours: str, theirs: str) -> list[str]:
    """Why `ours` reads as a paraphrase of `theirs`: a run of four words in the same order, or
    a sentence whose content words (four or more, and at least half of them) all come from one
    sentence of theirs — the same sentence with a few words swapped."""
    their_words = words(theirs)
    runs = {
        tuple(their_words[i : i + SHARED_RUN]) for i in range(len(their_words) - SHARED_RUN + 1)
    }
    our_words = words(ours)
    found = [
        " ".join(run)
        for i in range(len(our_words) - SHARED_RUN + 1)
        if "_" not in (run := tuple(our_words[i : i + SHARED_RUN])) and run in runs
    ]
    their_sentences = [content(sentence) for sentence in sentences(theirs)]
    for sentence in sentences(ours):
        mine = content(sentence)
        for other in their_sentences:
            shared = mine & other
            if len(shared) >= SHARED_CONTENT + 1 or (
                len(shared) >= SHARED_CONTENT and len(shared) * 2 >= len(mine)
            ):
                found.append(f"{sentence.strip()!r} ~ {sorted(shared)}")
    return found


def our_texts() -> dict[str, str]:
    """Every text a user reads that could have come from the playbook: the templates, the
    mentor role hints and the help texts of your profile."""
    texts = {t["slug"]: t["subject"] + "\n" + t["body"] for t in shipped.LIBRARY}
    texts |= {f"role hint {role}": hint for role, hint in ROLE_HINTS.items()}
    texts |= {
        f"help text {field.name}": str(field.help_text)
        for field in ApplicantIdentity._meta.fields
        if field.help_text
    }
    return texts


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        # Invented source sentences, each beside a lazy rewording of it.
        (
            "Last week I studied your review of [topic] and was impressed by [one result].",
            "Yesterday I studied your review on [subject] and was impressed by its method.",
        ),
        (
            "Should your unit want support with audits, chart abstraction or posters, count me in.",
            "If your unit ever wants support with audits, chart abstraction, or posters, "
            "please count me in.",
        ),
        (
            "I would love to keep learning from your clinic.",
            "I hope to keep learning from your clinic.",
        ),
        (
            "Surgeons whose trials match your own research questions.",
            "Surgeons running trials that match your research questions.",
        ),
        (
            "e.g. built a dashboard for 300 sepsis admissions",
            "Built dashboard for 250 sepsis admissions; presented at grand rounds",
        ),
    ],
)
def test_it_catches_a_close_paraphrase(ours: str, theirs: str) -> None:
    assert too_close(ours, theirs)


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ("Thank you for the time you gave me at ACP.", "Thank you for your time."),
        (
            "Could you support my application with a strong letter?",
            "It would mean a great deal if you could vouch for me in a detailed letter.",
        ),
    ],
)
def test_it_lets_ordinary_phrases_through(ours: str, theirs: str) -> None:
    assert too_close(ours, theirs) == []


@pytest.mark.skipif(not PLAYBOOK.exists(), reason="the playbook is not next to the repository")
def test_it_is_written_in_our_own_words() -> None:
    playbook = PLAYBOOK.read_text(encoding="utf-8")
    close = {
        name: found for name, text in our_texts().items() if (found := too_close(text, playbook))
    }
    assert close == {}


def test_it_marks_every_sentence_to_write_so_the_checks_catch_it() -> None:
    for template in shipped.LIBRARY:
        text = template["subject"] + "\n" + template["body"]
        assert len(placeholders.left_open(placeholders.render(text, {}))) >= text.count("[")
        blanks = [gap for gap in placeholders.left_open(text) if gap.startswith("[")]
        assert len(blanks) == text.count("["), template["slug"]


def test_it_puts_the_library_back_from_the_page(client: Client) -> None:
    MessageTemplate.objects.all().delete()  # as "delete everything" does
    page = client.get(reverse("outreach:templates")).content.decode()
    assert f"Put back {len(shipped.LIBRARY)} templates" in page
    client.post(reverse("outreach:restore_library"))
    assert MessageTemplate.objects.count() == len(shipped.LIBRARY)
    assert "Put back" not in client.get(reverse("outreach:templates")).content.decode()
