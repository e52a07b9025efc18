"""`matchwise compose` and `matchwise check`."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from matchwise.cli import main
from matchwise.network.models import Contact
from matchwise.outreach import compose
from matchwise.outreach.kinds import MessageKind
from matchwise.outreach.models import ApplicantIdentity
from tests.outreach import messages

pytestmark = pytest.mark.django_db


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "message.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("kind", "text", "status", "said"),
    [
        ("cold-email", messages.GOOD_COLD_EMAIL, 0, "Checks passed"),
        (
            "cold-email",
            messages.GENERIC_COLD_EMAIL,
            1,
            "fix [about-them]: Nothing here is about them",
        ),
        ("follow-up", messages.EARLY_LETTER_FOLLOW_UP, 1, "fix [early-ask]: Asks for a letter"),
        (
            "linkedin-note",
            messages.GOOD_LINKEDIN_NOTE + " " + "x" * 90,
            1,
            "fix [length]: 308 characters",
        ),
        (
            "letter-request",
            messages.GOOD_LETTER_REQUEST.replace("strong ", ""),
            0,
            "consider [strong-letter]:",
        ),
    ],
)
def test_it_checks_a_file_and_exits_non_zero_on_a_blocking_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, text: str, status: int, said: str
) -> None:
    assert main(["check", write(tmp_path, text), "--kind", kind]) == status
    assert said in capsys.readouterr().out


ADVICE_ONLY = (
    "Dear Dr. Varga,\n\nI have long admired your work. I graduated from Ain Shams University "
    "in 2022 and I am preparing for Step 3.\n\nBest,\nMina\n"
)


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (messages.GOOD_COLD_EMAIL, 0, []),
        (ADVICE_ONLY, 0, [("about-them", "advice")]),
        (
            messages.GENERIC_COLD_EMAIL + "\nCould you write me a letter of recommendation?",
            1,
            [("about-them", "block"), ("early-ask", "block")],
        ),
    ],
)
def test_it_prints_the_findings_as_json_on_request(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    text: str,
    status: int,
    expected: list[tuple[str, str]],
) -> None:
    assert main(["check", write(tmp_path, text), "--kind", "cold-email", "--json"]) == status
    findings = json.loads(capsys.readouterr().out)
    assert [(f["rule"], f["severity"]) for f in findings] == expected
    assert all(set(f) == {"rule", "severity", "message"} and f["message"] for f in findings)


def test_it_reads_the_subject_line_and_checks_it_for_blanks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = f"Subject: About your [paper]\n\n{messages.GOOD_COLD_EMAIL}"
    assert main(["check", write(tmp_path, text), "--kind", "cold-email"]) == 1
    assert "Still blank: [paper]" in capsys.readouterr().out


def test_it_compares_a_file_with_the_messages_already_sent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make_contact: Callable[..., Contact]
) -> None:
    park = make_contact("Lena Park", honorific="Dr.")
    compose.mark_sent(park, MessageKind.COLD_EMAIL, "x", messages.GOOD_COLD_EMAIL)
    assert main(["check", write(tmp_path, messages.GOOD_COLD_EMAIL), "--kind", "cold-email"]) == 1
    assert "the message you sent to Dr. Lena Park" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "error"),
    [
        (["check", "/nonexistent/m.txt", "--kind", "update"], "cannot read /nonexistent/m.txt"),
        (["compose", "--contact", "999", "--template", "thank-you"], "no contact with id 999"),
    ],
)
def test_it_fails_with_a_one_line_reason(
    argv: list[str], error: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert error in err and err.count("\n") == 1


def test_it_refuses_an_unknown_kind(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["check", write(tmp_path, "x"), "--kind", "telegram"])
    assert exit_.value.code == 2


def test_it_composes_for_a_contact_and_checks_on_request(
    capsys: pytest.CaptureFixture[str], make_contact: Callable[..., Contact], me: ApplicantIdentity
) -> None:
    park = make_contact("Lena Park", honorific="Dr.")
    assert main(["compose", "--contact", str(park.pk), "--template", "thank-you"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Subject: Thank you\n\nDear Dr. Park,")
    assert main(["compose", "--contact", str(park.pk), "--template", "thank-you", "--check"]) == 1
    assert "fix [blanks]: Still blank: [what they did" in capsys.readouterr().out
    assert main(["compose", "--contact", str(park.pk), "--template", "nope"]) == 1
    assert "there are: " in capsys.readouterr().err
