"""The SOAP note: a short message to someone you know at a program you applied to in SOAP, asking
whether they would put in a word with the program director. It is in the library, fills in the
program's name from the page, the API and the command line, and passes the checks when sent to
someone you know (and is stopped, as any early ask is, when sent to a stranger)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.test import Client

from matchwise.cli import main
from matchwise.network.choices import Channel, Direction
from matchwise.network.models import Contact, Interaction
from matchwise.outreach import compose, placeholders
from matchwise.outreach.findings import Check
from matchwise.outreach.models import ApplicantIdentity, MessageTemplate

pytestmark = pytest.mark.django_db
SLUG = "soap-a-word"
PROGRAM = "Riverside Family Medicine"
HOSPITAL = "Riverside Teaching Hospital"


@pytest.fixture
def known(
    make_contact: Callable[..., Contact], log: Callable[..., Interaction], me: ApplicantIdentity
) -> Contact:
    """Someone met on a rotation there and spoken with since (three real exchanges)."""
    lena = make_contact("Lena Park", honorific="Dr.", institution=HOSPITAL, phone="+1 555 0100")
    today = date.today()
    log(lena, today - timedelta(days=90), Channel.IN_PERSON, Direction.INBOUND, topic="Rounds")
    log(
        lena,
        today - timedelta(days=60),
        Channel.EMAIL,
        Direction.INBOUND,
        topic="The discharge audit",
    )
    log(lena, today - timedelta(days=20), Channel.CALL, topic="The audit of discharge delays")
    return lena


def test_it_is_in_the_library(client: Client, library: Callable[[str], MessageTemplate]) -> None:
    note = library(SLUG)
    assert note.builtin and placeholders.unknown(note.subject + note.body) == []
    assert SLUG in [t["slug"] for t in client.get("/api/templates").json()]
    assert note.name in client.get("/playbook/templates/").content.decode()


def test_it_fills_in_the_program_and_passes_the_checks(
    known: Contact, library: Callable[[str], MessageTemplate]
) -> None:
    context = compose.context_for(known, program=PROGRAM)
    filled = compose.compose(library(SLUG), context)
    text = f"{filled.subject}\n{filled.body}"
    assert PROGRAM in filled.subject and PROGRAM in filled.body and HOSPITAL in filled.body
    assert "Dr. Park" in filled.body and "the audit of discharge delays" in filled.body
    assert placeholders.left_open(text) == []
    findings = compose.check_message(
        filled.kind, filled.body, subject=filled.subject, context=context
    )
    assert findings == []


def test_it_is_stopped_as_an_early_ask_to_a_stranger(
    make_contact: Callable[..., Contact],
    log: Callable[..., Interaction],
    me: ApplicantIdentity,
    library: Callable[[str], MessageTemplate],
) -> None:
    stranger = make_contact("Sam Reyes", institution=HOSPITAL)
    log(stranger, date.today() - timedelta(days=3), Channel.EMAIL, topic="Their residents' clinic")
    context = compose.context_for(stranger, program=PROGRAM)
    filled = compose.compose(library(SLUG), context)
    findings = compose.check_message(filled.kind, filled.body, context=context)
    assert [f.check for f in findings if f.blocking] == [Check.EARLY_ASK]


def test_it_leaves_the_program_blank_when_none_is_named(
    known: Contact, library: Callable[[str], MessageTemplate]
) -> None:
    filled = compose.compose(library(SLUG), compose.context_for(known))
    assert "{program.name}" in filled.body


def test_it_names_the_program_through_the_api_and_the_command_line(
    client: Client,
    known: Contact,
    library: Callable[[str], MessageTemplate],
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = {"contact_id": known.pk, "template": SLUG, "program": PROGRAM}
    answer = client.post("/api/compose", json.dumps(data), content_type="application/json")
    assert answer.status_code == 200
    assert PROGRAM in answer.json()["body"] and answer.json()["findings"] == []
    args = ["compose", "--contact", str(known.pk), "--template", SLUG, "--program", PROGRAM]
    assert main([*args, "--check"]) == 0
    assert f"applied to {PROGRAM}" in capsys.readouterr().out
