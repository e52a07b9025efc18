"""`matchwise rotation` and `matchwise result`: one call each, one-line errors naming the option."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from matchwise.cli import main
from matchwise.network.choices import MentorRole
from matchwise.network.models import Contact, MentorAssignment
from matchwise.rotations.models import MatchResult, Rotation, RotationMember, RotationTask
from tests.rotations.conftest import days

pytestmark = pytest.mark.django_db


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_it_adds_lists_and_shows_a_rotation(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys,
        "rotation", "add", "--institution", "Lakeside General", "--service", "Cardiology",
        "--from", days(-10).isoformat(), "--to", days(17).isoformat(),
    )  # fmt: skip
    assert status == 0 and "Added rotation" in out
    rotation = Rotation.objects.get()
    assert (rotation.attending_target, rotation.resident_target) == (2, 3)
    status, out, _ = run(capsys, "rotation", "list")
    assert f"{rotation.pk}: Observership: Cardiology at Lakeside General" in out
    status, out, _ = run(capsys, "rotation", "show", str(rotation.pk), "--json")
    shown = json.loads(out)
    assert shown["phase"] == "running" and shown["feedback"]["state"] in {"due", "overdue"}


def test_it_records_people_and_promises(
    capsys: pytest.CaptureFixture[str],
    make_rotation: Callable[..., Rotation],
    make_contact: Callable[..., Contact],
) -> None:
    rotation, lena = make_rotation(), make_contact("Lena Park")
    status, _, _ = run(
        capsys, "rotation", "meet", str(rotation.pk), "--contact", str(lena.pk),
        "--role", "attending", "--saw-work",
    )  # fmt: skip
    assert status == 0 and RotationMember.objects.get().saw_work
    status, out, _ = run(
        capsys, "rotation", "task", str(rotation.pk), "--contact", str(lena.pk),
        "--due", days(2).isoformat(), "send the sepsis article",
    )  # fmt: skip
    assert status == 0 and RotationTask.objects.get().follow_up.due_on == days(2)
    status, out, _ = run(capsys, "rotation", "show", str(rotation.pk))
    assert "Lena Park (Attending (or supervisor)): 0 exchanges, not yet" in out
    assert f"promise: send the sepsis article, due {days(2)}" in out


@pytest.mark.parametrize(
    ("argv", "error"),
    [
        (
            ["rotation", "add", "--institution", "X", "--from", "2026-03-05", "--to", "2026-03-01"],
            "matchwise: --to: The rotation cannot end before it starts.",
        ),
        (
            ["rotation", "add", "--institution", "X", "--from", "2026-03-05", "--to",
             "2026-03-09", "--attendings", "40"],
            "matchwise: --attendings: Choose between 0 and 10.",
        ),
        (["rotation", "show", "99"], "matchwise: no rotation with id 99"),
        (["result", "record", "--season", "2027", "--matched", " "], "--matched: Say where"),
        (["result", "record", "--season", "1990", "--not-matched"], "--season: Ensure"),
        (["result", "people"], "matchwise: no Match result recorded"),
    ],
)  # fmt: skip
def test_it_refuses_bad_input_in_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], error: str
) -> None:
    status, _, err = run(capsys, *argv)
    assert status == 1 and err.count("\n") == 1
    assert err.startswith(error if error.startswith("matchwise: ") else f"matchwise: {error}")
    assert not Rotation.objects.exists() and not MatchResult.objects.exists()


def test_it_records_a_result_and_lists_who_helped(
    capsys: pytest.CaptureFixture[str], make_contact: Callable[..., Contact]
) -> None:
    mentor = make_contact("Kwame Osei", honorific="Dr.")
    MentorAssignment.objects.create(contact=mentor, role=MentorRole.CAREER)
    status, out, _ = run(capsys, "result", "record", "--season", "2027", "--not-matched")
    assert status == 0 and "did not match" in out
    status, out, _ = run(capsys, "result", "people", "--json")
    assert json.loads(out) == [
        {
            "contact_id": mentor.pk,
            "name": "Dr. Kwame Osei",
            "reasons": ["mentor"],
            "template": "match-not-matched-mentor",
            "sent_on": None,
        }
    ]
