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
from matchwise.outreach.models import MessageTemplate

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


@pytest.mark.skipif(not PLAYBOOK.exists(), reason="the playbook is not next to the repository")
def test_it_is_written_in_our_own_words() -> None:
    def words(text: str) -> list[str]:
        return re.findall(r"[a-z0-9']+", text.lower())

    theirs = words(PLAYBOOK.read_text(encoding="utf-8"))
    runs = {" ".join(theirs[i : i + 7]) for i in range(len(theirs) - 6)}
    for template in shipped.LIBRARY:
        ours = words(template["subject"] + " " + template["body"])
        shared = [" ".join(ours[i : i + 7]) for i in range(len(ours) - 6)]
        assert not [run for run in shared if run in runs], template["slug"]


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
