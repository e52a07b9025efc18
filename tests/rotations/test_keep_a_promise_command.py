"""`matchwise rotation done`: a promise made on a rotation is marked kept, as on the rotation's
page and through `POST /api/rotation-tasks/{task_id}/done`, by the same service."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from matchwise.cli import main
from matchwise.network.choices import FollowUpState
from matchwise.network.models import Contact
from matchwise.rotations import services
from matchwise.rotations.models import Rotation, RotationTask
from matchwise.rotations.vocabulary import MemberRole
from tests.rotations.conftest import days

pytestmark = pytest.mark.django_db


@pytest.fixture
def promise(
    make_rotation: Callable[..., Rotation], make_contact: Callable[..., Contact]
) -> RotationTask:
    rotation, lena = make_rotation(), make_contact("Lena Park")
    services.add_member(rotation, lena, MemberRole.ATTENDING)
    return services.add_task(rotation, lena, "send the sepsis article", days(2))


def test_it_marks_a_promise_kept(capsys: pytest.CaptureFixture[str], promise: RotationTask) -> None:
    assert main(["rotation", "show", str(promise.rotation_id)]) == 0
    assert f"[id {promise.pk}]" in capsys.readouterr().out
    assert main(["rotation", "done", str(promise.pk)]) == 0
    assert "Kept: send the sepsis article (Lena Park)." in capsys.readouterr().out
    promise.follow_up.refresh_from_db()
    assert promise.follow_up.state == FollowUpState.DONE
    assert main(["rotation", "show", str(promise.rotation_id)]) == 0
    assert "promise:" not in capsys.readouterr().out


def test_it_refuses_a_promise_it_does_not_hold(
    capsys: pytest.CaptureFixture[str], promise: RotationTask
) -> None:
    assert main(["rotation", "done", str(promise.pk + 1)]) == 1
    assert capsys.readouterr().err == (
        f"matchwise: no promise with id {promise.pk + 1} (see `matchwise rotation show`)\n"
    )
    promise.follow_up.refresh_from_db()
    assert promise.follow_up.state == FollowUpState.OPEN
