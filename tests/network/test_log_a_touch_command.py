"""`matchwise touch`: log a touch from the command line, through the service the contact's page
and `POST /api/contacts/{contact_id}/interactions` use; the follow-up rules apply, and a bad
value is refused in one line naming its option, with nothing written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from matchwise.cli import main
from matchwise.network import clock
from matchwise.network.choices import Direction
from matchwise.network.models import Contact, Interaction

pytestmark = pytest.mark.django_db


def test_it_logs_a_touch_and_plans_the_follow_up(
    capsys: pytest.CaptureFixture[str], make_contact: Callable[..., Contact]
) -> None:
    lena = make_contact("Lena Park")
    argv = ["touch", str(lena.pk), "--channel", "conference", "--topic", "Poster session"]
    assert main(argv) == 0
    follow_up_on = clock.today() + timedelta(days=2)
    assert capsys.readouterr().out == (
        f"Logged a touch with Lena Park on {clock.today()}; follow up by {follow_up_on}.\n"
    )
    touch = Interaction.objects.get(contact=lena)
    assert (touch.topic, touch.direction) == ("Poster session", Direction.OUTBOUND)
    assert lena.follow_ups.get().due_on == follow_up_on


def test_it_logs_what_they_sent(
    capsys: pytest.CaptureFixture[str], make_contact: Callable[..., Contact]
) -> None:
    lena = make_contact("Lena Park")
    yesterday = clock.today() - timedelta(days=1)
    argv = ["touch", str(lena.pk), "--channel", "email", "--topic", "Her reply", "--inbound",
            "--on", yesterday.isoformat(), "--notes", "Offered a call"]  # fmt: skip
    assert main(argv) == 0
    touch = Interaction.objects.get(contact=lena)
    assert (touch.occurred_on, touch.direction, touch.notes) == (
        yesterday,
        Direction.INBOUND,
        "Offered a call",
    )
    lena.refresh_from_db()
    assert lena.last_contacted == yesterday


@pytest.mark.parametrize(
    ("extra", "error"),
    [
        (["--topic", "  "], "matchwise: --topic: say what you talked about in 1 to 200 characters"),
        (["--topic", "x" * 201], "--topic: say what you talked about in 1 to 200 characters"),
        (["--topic", "Hello", "--on", "2999-01-01"], "--on: This date is in the future"),
    ],
)
def test_it_refuses_bad_input_in_one_line(
    capsys: pytest.CaptureFixture[str],
    make_contact: Callable[..., Contact],
    extra: list[str],
    error: str,
) -> None:
    lena = make_contact("Lena Park")
    assert main(["touch", str(lena.pk), "--channel", "email", *extra]) == 1
    assert error in capsys.readouterr().err
    assert not Interaction.objects.exists()


def test_it_refuses_a_contact_it_does_not_hold(
    capsys: pytest.CaptureFixture[str], make_contact: Callable[..., Contact]
) -> None:
    lena = make_contact("Lena Park")
    argv = ["touch", str(lena.pk + 1), "--channel", "email", "--topic", "Hello"]
    assert main(argv) == 1
    assert f"no contact with id {lena.pk + 1}" in capsys.readouterr().err
    assert not Interaction.objects.exists()
