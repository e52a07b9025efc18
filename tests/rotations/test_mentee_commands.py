"""`matchwise mentee list|add|stop`: the Giving back page's service, one-line refusals."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from matchwise.cli import main
from matchwise.network import clock
from matchwise.network.choices import Role
from matchwise.network.models import Contact
from matchwise.rotations.models import Mentee

pytestmark = pytest.mark.django_db


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_it_adds_lists_and_stops_a_mentee(
    capsys: pytest.CaptureFixture[str], make_contact: Callable[..., Contact]
) -> None:
    junior = make_contact("Tunde Bello", role=Role.IMG_PEER)
    status, out, _ = run(capsys, "mentee", "list")
    assert status == 0 and "Nobody you mentor yet" in out
    status, out, _ = run(
        capsys, "mentee", "add", "--contact", str(junior.pk), "--since", "2027-04-01",
        "--notes", "Final-year student",
    )  # fmt: skip
    added = Mentee.objects.get()
    assert status == 0 and out == f"Mentee {added.pk}: Tunde Bello, since 2027-04-01.\n"
    assert (added.contact, str(added.since), added.notes) == (
        junior,
        "2027-04-01",
        "Final-year student",
    )

    status, out, _ = run(capsys, "mentee", "list", "--json")
    listed = json.loads(out)
    assert status == 0 and len(listed) == 1
    junior.refresh_from_db()
    assert junior.keep_in_touch_on is not None and junior.keep_in_touch_by is not None
    assert listed[0] == {
        "id": added.pk,
        "contact_id": junior.pk,
        "name": "Tunde Bello",
        "since": "2027-04-01",
        "notes": "Final-year student",
        "keep_in_touch_on": junior.keep_in_touch_on.isoformat(),
        "keep_in_touch_by": junior.keep_in_touch_by.isoformat(),
        "status": "fine",
    }
    status, out, _ = run(capsys, "mentee", "list")
    assert out.startswith(f"{added.pk}: Tunde Bello (contact {junior.pk}), since 2027-04-01")

    status, out, _ = run(capsys, "mentee", "stop", str(added.pk))
    assert status == 0 and "No longer mentoring Tunde Bello" in out
    assert not Mentee.objects.exists() and Contact.objects.filter(pk=junior.pk).exists()


def test_it_starts_today_when_no_date_is_given(
    capsys: pytest.CaptureFixture[str], make_contact: Callable[..., Contact]
) -> None:
    junior = make_contact("Tunde Bello")
    status, _, _ = run(capsys, "mentee", "add", "--contact", str(junior.pk))
    assert status == 0 and Mentee.objects.get().since == clock.today()


@pytest.mark.parametrize(
    ("argv", "error"),
    [
        (["mentee", "add", "--contact", "999"], "--contact: no contact with id 999"),
        (["mentee", "add", "--contact", "0"], "--contact: no contact with id 0"),
        (["mentee", "add", "--contact", str(2**70)], f"--contact: no contact with id {2**70}"),
        (["mentee", "stop", "999"], "ID: no mentee with id 999"),
    ],
)
def test_it_refuses_what_names_nothing_in_one_line(
    capsys: pytest.CaptureFixture[str],
    make_contact: Callable[..., Contact],
    argv: list[str],
    error: str,
) -> None:
    make_contact("Tunde Bello")
    status, _, err = run(capsys, *argv)
    assert (status, err) == (1, f"matchwise: {error}\n")
    assert not Mentee.objects.exists()


def test_it_refuses_a_contact_already_mentored_and_keeps_the_first(
    capsys: pytest.CaptureFixture[str], make_contact: Callable[..., Contact]
) -> None:
    junior = make_contact("Tunde Bello")
    run(capsys, "mentee", "add", "--contact", str(junior.pk), "--notes", "first")
    status, _, err = run(capsys, "mentee", "add", "--contact", str(junior.pk), "--notes", "again")
    assert status == 1
    assert err == f"matchwise: --contact: you already mentor Tunde Bello (contact {junior.pk})\n"
    assert [m.notes for m in Mentee.objects.all()] == ["first"]
